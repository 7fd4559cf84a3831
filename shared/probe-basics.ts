/**
 * The probe's names and the helpers every front needs, without the schemas (zod): the CLI's
 * `probe` and the renderer import these; shared/probe.ts re-exports them beside the schemas.
 */
import type { ProbeResult } from './probe'

/** TLS versions as the probe names them (Node's protocol names), oldest first. */
export const PROBE_TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const

/** One probed TLS version. */
export type ProbeTlsVersion = (typeof PROBE_TLS_VERSIONS)[number]

/**
 * What happened when one version was tried; `untestable` means our own stack cannot offer it, or
 * cannot take in what the server sent back (a certificate chain over its size limit);
 * `smtp-rejected` means the SMTP session ended before any TLS handshake (greeting or EHLO
 * rejected, STARTTLS refused or not offered, a reply too large or not SMTP): TLS was never tried.
 */
export const VERSION_OUTCOMES = [
  'accepted',
  'refused',
  'untestable',
  'timeout',
  'unreachable',
  'smtp-rejected',
] as const

/** The outcome of one version. */
export type VersionOutcome = (typeof VERSION_OUTCOMES)[number]

/** SMTP STARTTLS (ports 25, 587) or TLS from the first byte (port 465, HTTPS and the like). */
export const PROBE_MODES = ['starttls', 'implicit'] as const

/** A probe mode. */
export type ProbeMode = (typeof PROBE_MODES)[number]

/** Why a target is probed: it decides which joint rules apply to its result. */
export const PROBE_ROLES = ['local', 'office365', 'smarthost', 'other'] as const

/** A target role. */
export type ProbeRole = (typeof PROBE_ROLES)[number]

/** `host:port`, with brackets around IPv6 literals, as evidence and messages show a target. */
export function targetLabel(t: { host: string; port: number }): string {
  return t.host.includes(':') ? `[${t.host}]:${t.port}` : `${t.host}:${t.port}`
}

/** True when no version got as far as a TCP connection (versions never tried do not count). */
export function probeUnreachable(r: Pick<ProbeResult, 'versions'>): boolean {
  const results = PROBE_TLS_VERSIONS.map((v) => r.versions[v].result)
  return (
    results.includes('unreachable') &&
    results.every((x) => x === 'unreachable' || x === 'untestable')
  )
}

/** Why the target could not be reached: the error of the first version that tried. */
export function unreachableReason(r: Pick<ProbeResult, 'versions'>): string {
  const tried = PROBE_TLS_VERSIONS.map((v) => r.versions[v]).find((v) => v.result !== 'untestable')
  return tried?.error ?? ''
}
