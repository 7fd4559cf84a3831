/** Reads SMTP replies from a socket with a bound on time, line length and total bytes. */
import type { Socket } from 'node:net'
import { translate as t } from '../../shared/i18n/translate'
import {
  partialTimeout,
  phaseName,
  phaseTimeout,
  ProbeFailure,
  smtpRejected,
  socketFailure,
  type Phase,
} from './probe-errors'
import { printable, type Transcript } from './transcript'

/** One SMTP reply: its code and the text of each line after the code. */
export interface SmtpReply {
  code: number
  lines: string[]
}

/** Caps that keep a hostile server from making us buffer without end. */
export interface ReadLimits {
  maxLineBytes: number
  maxTotalBytes: number
}

/** The caps the issue asks for: 4 KiB per reply line, 64 KiB in all before TLS starts. */
export const DEFAULT_LIMITS: ReadLimits = { maxLineBytes: 4096, maxTotalBytes: 65536 }

/** The socket events and calls the reader uses (tests may pass a stand-in). */
export type ReaderSocket = Pick<Socket, 'on' | 'off' | 'write' | 'destroy'>

const LINE = /^(\d{3})(?:([ -])(.*))?$/

/**
 * Reply reader for one plain-text SMTP connection. The bytes are taken as a stream: lines that
 * end before a cap is passed are read as usual, then every read fails with that cap.
 */
export class ReplyReader {
  private buffer = ''
  private total = 0
  private readonly pending: string[] = []
  private failure: ProbeFailure | null = null
  private ended = false
  private wake: (() => void) | null = null
  private current: Phase = 'banner'

  constructor(
    private readonly socket: ReaderSocket,
    private readonly host: string,
    private readonly transcript: Transcript,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    /** Told the phase of each read (the overall deadline names it when time runs out). */
    private readonly onPhase: (phase: Phase) => void = () => {},
  ) {
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onEnd)
    socket.on('error', this.onError)
  }

  /** Sends one command line and records it. */
  send(line: string): void {
    this.transcript.client(line)
    this.socket.write(`${line}\r\n`)
  }

  /**
   * The next complete reply, or a ProbeFailure once `ms` have passed or the peer misbehaves. The
   * limit is fixed when the read starts: bytes that arrive never extend it.
   */
  async read(phase: Phase, ms: number): Promise<SmtpReply> {
    this.current = phase
    this.onPhase(phase)
    const end = Date.now() + ms
    const lines: string[] = []
    for (;;) {
      const line = await this.nextLine(phase, end, ms, lines)
      const m = LINE.exec(line)
      if (!m)
        throw smtpRejected(
          phase,
          t('probe.error.notSmtp', { phase: phaseName(phase), text: printable(line) }),
        )
      lines.push(line)
      if (m[2] !== '-') return { code: Number(m[1]), lines: lines.map((l) => l.slice(4)) }
    }
  }

  /** Stops reading so the socket can be handed to TLS. */
  detach(): void {
    this.socket.off('data', this.onData)
    this.socket.off('end', this.onEnd)
    this.socket.off('close', this.onEnd)
    this.socket.off('error', this.onError)
    this.notify()
  }

  private async nextLine(phase: Phase, end: number, ms: number, got: string[]): Promise<string> {
    while (this.pending.length === 0) {
      if (this.failure) throw this.failure
      if (this.ended)
        throw smtpRejected(phase, t('probe.error.closed', { phase: phaseName(phase) }))
      const left = end - Date.now()
      if (left <= 0) {
        // Say what came, so a half-sent reply is not mistaken for silence.
        const text = [...got, this.buffer].join('\n')
        throw text ? partialTimeout(phase, ms, printable(text)) : phaseTimeout(phase, ms)
      }
      await this.sleep(left)
    }
    return this.pending.shift() as string
  }

  /** Waits for the next event on the socket or `ms`, whichever comes first. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        if (this.wake === done) this.wake = null
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.wake = done
    })
  }

  private readonly onData = (chunk: Buffer): void => {
    if (this.failure) return
    // Bytes past the total cap are never looked at.
    const room = this.limits.maxTotalBytes - this.total
    const taken = Math.min(chunk.length, room)
    this.total += taken
    this.take(chunk.toString('latin1', 0, taken))
    if (!this.failure && chunk.length > room) this.fail('tooMuchData', this.limits.maxTotalBytes)
    this.notify()
  }

  /** Splits `text` into lines; stops at the first line over the cap. */
  private take(text: string): void {
    const max = this.limits.maxLineBytes
    let from = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const raw = this.buffer + text.slice(from, nl)
      this.buffer = ''
      from = nl + 1
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      if (line.length > max) return this.fail('lineTooLong', max)
      this.transcript.server(line)
      this.pending.push(line)
    }
    this.buffer += text.slice(from)
    // A CR at the very end may still be the first half of CRLF: it does not count yet.
    if (this.buffer.length - (this.buffer.endsWith('\r') ? 1 : 0) > max)
      this.fail('lineTooLong', max)
  }

  private fail(key: 'lineTooLong' | 'tooMuchData', max: number): void {
    this.failure ??= smtpRejected(
      this.current,
      t(`probe.error.${key}`, { phase: phaseName(this.current), max }),
    )
    this.buffer = ''
    // Nothing more from this peer is worth reading.
    this.socket.destroy()
  }

  private readonly onEnd = (): void => {
    this.ended = true
    this.notify()
  }

  private readonly onError = (e: Error): void => {
    this.failure ??= socketFailure(e, this.current, this.host)
    this.notify()
  }

  private notify(): void {
    this.wake?.()
  }
}
