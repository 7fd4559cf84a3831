/**
 * Probe targets as the admin types them: the host and the port are text until they are valid, so
 * a cleared port field stays empty (typing 587 gives 587, never 25587) and a bad entry is marked
 * where it is instead of failing the whole run.
 */
import type { ProbeMode, ProbeRole, ProbeTarget } from './probe'

/** The most targets one run probes (the channel schema says the same). */
export const MAX_TARGETS = 8

/** A target being edited: the port as typed. */
export interface TargetDraft {
  host: string
  port: string
  mode: ProbeMode
  role: ProbeRole
}

/** What is wrong with a draft, as a message key suffix (`target.problem.<x>`). */
export type TargetProblem = 'host-empty' | 'host-invalid' | 'port-invalid' | 'too-many'

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i

/**
 * True for a DNS name (letters, digits and hyphens; 253 at most; a trailing dot allowed) that no
 * resolver reads as an address. A name whose last label is a number (999.1.1.1, 1.2.3, 10.1,
 * 0x7f.1) is an IPv4 address to the system's resolver and to the URL standard ("ends in a
 * number"): 1.2.3 would reach 1.2.0.3. Such text is an address or a typo, never a name to look up.
 */
export function isDnsName(host: string): boolean {
  const name = host.endsWith('.') ? host.slice(0, -1) : host
  if (!name || name.length > 253) return false
  const labels = name.split('.')
  if (/^(\d+|0x[0-9a-f]*)$/i.test(labels[labels.length - 1] as string)) return false
  return labels.every((l) => LABEL.test(l))
}

/** True for an IPv4 (four numbers, 0 to 255) or IPv6 literal, or a DNS name (isDnsName). */
export function isHostName(host: string): boolean {
  if (IPV4.test(host)) return true
  if (host.includes(':')) return /^[0-9a-f:.]+$/i.test(host) && host.split(':').length > 2
  return isDnsName(host)
}

/** The port as a number when the text is a whole number from 1 to 65535, else null. */
export function portOf(text: string): number | null {
  if (!/^\s*\d{1,5}\s*$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= 65535 ? n : null
}

/** The problem with one draft (position decides "too many"), or null when it can be probed. */
export function targetProblem(d: TargetDraft, index: number): TargetProblem | null {
  if (!d.host.trim()) return 'host-empty'
  if (!isHostName(d.host.trim())) return 'host-invalid'
  if (portOf(d.port) === null) return 'port-invalid'
  return index >= MAX_TARGETS ? 'too-many' : null
}

/** A draft of a target (port as text). */
export function draftOf(t: ProbeTarget): TargetDraft {
  return { ...t, port: String(t.port) }
}

/** The drafts that can be probed, as targets; the others keep their problem for the screen. */
export function probeTargetsOf(drafts: readonly TargetDraft[]): ProbeTarget[] {
  return drafts.flatMap((d, i) =>
    targetProblem(d, i) ? [] : [{ ...d, host: d.host.trim(), port: portOf(d.port) as number }],
  )
}

/**
 * "host", "host:port", "[v6]" or "[v6]:port" as typed in the Add box; 465 means TLS from the first
 * byte. A bare IPv6 literal has no port.
 */
export function parseHostPort(text: string): TargetDraft {
  const s = text.trim()
  const bareV6 = !s.startsWith('[') && s.split(':').length > 2
  const m = bareV6 ? null : /^\[?(.+?)\]?(?::([^:]*))?$/.exec(s)
  const port = m?.[2] ?? '25'
  return {
    host: m?.[1] ?? s,
    port,
    mode: portOf(port) === 465 ? 'implicit' : 'starttls',
    role: 'smarthost',
  }
}
