/** Servers that send a little and then stall: the cases a probe's deadline must end. */
import type net from 'node:net'
import { startRaw, type Running } from './servers'

/** Seconds between two bytes of the slow-drip banner: longer than any timeout the tests use. */
export const DRIP_MS = 4000

/** Answers EHLO with STARTTLS; STARTTLS and MAIL FROM get what the case says. */
function smtp(s: net.Socket, o: { starttls: string; mail: string; thenSilent?: boolean }) {
  s.write('220 stall ESMTP\r\n')
  let upgraded = false
  s.on('data', (d: Buffer) => {
    if (upgraded) return
    const c = d.toString('latin1')
    if (c.startsWith('EHLO')) s.write('250-stall\r\n250 STARTTLS\r\n')
    else if (c.startsWith('STARTTLS')) {
      upgraded = o.thenSilent === true
      s.write(o.starttls)
    } else if (c.startsWith('MAIL')) s.write(o.mail)
    else s.write('250 OK\r\n')
  })
}

/** How each server stalls; none of them ever closes the connection by itself. */
export const STALLS = {
  /** `220` with no line end, then nothing. */
  banner: (s: net.Socket) => s.write('220'),
  /** The banner one byte at a time, a byte every DRIP_MS (the first one at once). */
  drip: (s: net.Socket) => {
    const text = '220 slow ESMTP\r\n'
    let i = 0
    s.write(text.charAt(i++))
    const timer = setInterval(() => i < text.length && s.write(text.charAt(i++)), DRIP_MS)
    s.on('close', () => clearInterval(timer))
  },
  /** A full EHLO with STARTTLS, then half a reply to STARTTLS and nothing more. */
  starttls: (s: net.Socket) => smtp(s, { starttls: '220 Rea', mail: '250 OK\r\n' }),
  /** STARTTLS accepted; the ClientHello is read and never answered. */
  handshake: (s: net.Socket) =>
    smtp(s, { starttls: '220 Ready to start TLS\r\n', mail: '250 OK\r\n', thenSilent: true }),
  /** STARTTLS refused (454); MAIL FROM, on the requirement check, gets half a reply. */
  mail: (s: net.Socket) => smtp(s, { starttls: '454 4.7.0 not now\r\n', mail: '250 2.1' }),
  /** Implicit TLS: the ClientHello is read and never answered. */
  implicit: () => {},
} satisfies Record<string, (s: net.Socket) => void>

/** A stall case by name. */
export type Stall = keyof typeof STALLS

/** Starts one stalling server on 127.0.0.1. */
export function startStall(kind: Stall): Promise<Running> {
  return startRaw(STALLS[kind])
}

/** `work`, or a rejection once `ms` have passed: a test that would hang fails at its bound. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, bound])
  } finally {
    clearTimeout(timer)
  }
}
