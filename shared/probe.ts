/** The live probe contract: what `tlswizard probe --json` prints and the Schannel script returns. */
import { z } from 'zod'
import { isHostName } from './targets'

/** TLS versions as the probe names them (Node's protocol names), oldest first. */
export const PROBE_TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const

/** One probed TLS version. */
export type ProbeTlsVersion = (typeof PROBE_TLS_VERSIONS)[number]

/**
 * What happened when one version was tried; `untestable` means our own stack cannot offer it, or
 * cannot take in what the server sent back (a certificate chain over its size limit).
 */
export const VERSION_OUTCOMES = [
  'accepted',
  'refused',
  'untestable',
  'timeout',
  'unreachable',
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

/** The result of one version. */
export const versionResultSchema = z.object({
  result: z.enum(VERSION_OUTCOMES),
  accepted: z.boolean(),
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  error: z.string().nullable(),
})

/** The server certificate as seen on the best accepted version, and what verification found. */
export const certificateSchema = z.object({
  version: z.enum(PROBE_TLS_VERSIONS),
  subject: z.string().nullable(),
  subjectAltNames: z.array(z.string()),
  issuer: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  fingerprint256: z.string().nullable(),
  selfSigned: z.boolean(),
  expired: z.boolean(),
  trusted: z.boolean(),
  trustError: z.string().nullable(),
  nameMatches: z.boolean(),
  nameError: z.string().nullable(),
})

const versionsShape = Object.fromEntries(
  PROBE_TLS_VERSIONS.map((v) => [v, versionResultSchema]),
) as Record<ProbeTlsVersion, typeof versionResultSchema>

/** A whole probe of one host and port. */
export const probeResultSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  mode: z.enum(PROBE_MODES),
  starttlsOffered: z.boolean().nullable(),
  starttlsRequired: z.boolean().nullable(),
  stack: z.string(),
  versions: z.object(versionsShape),
  certificate: certificateSchema.nullable(),
  transcript: z.array(z.string()),
  durationMs: z.number().nonnegative(),
})

/** A probe made with Windows' own Schannel, which also tries the system default once. */
export const schannelProbeResultSchema = probeResultSchema.extend({
  stack: z.literal('Schannel'),
  systemDefault: versionResultSchema,
})

/** The result of one version. */
export type VersionResult = z.infer<typeof versionResultSchema>
/** A probed certificate. */
export type ProbeCertificate = z.infer<typeof certificateSchema>
/** A whole probe. */
export type ProbeResult = z.infer<typeof probeResultSchema>
/** A Schannel probe. */
export type SchannelProbeResult = z.infer<typeof schannelProbeResultSchema>

/** A host and port to probe, and why. */
export const probeTargetSchema = z.object({
  host: z
    .string()
    .min(1)
    .max(253)
    .refine(isHostName, 'not a host name or an IP address (letters, digits, hyphens and dots)'),
  port: z.number().int().min(1).max(65535),
  mode: z.enum(PROBE_MODES),
  role: z.enum(PROBE_ROLES),
})

/** A host and port to probe, and why. */
export type ProbeTarget = z.infer<typeof probeTargetSchema>

/** `host:port`, with brackets around IPv6 literals, as evidence and messages show a target. */
export function targetLabel(t: { host: string; port: number }): string {
  return t.host.includes(':') ? `[${t.host}]:${t.port}` : `${t.host}:${t.port}`
}

/** True when no version got as far as a TCP connection (versions never tried do not count). */
export function probeUnreachable(r: ProbeResult): boolean {
  const results = PROBE_TLS_VERSIONS.map((v) => r.versions[v].result)
  return (
    results.includes('unreachable') &&
    results.every((x) => x === 'unreachable' || x === 'untestable')
  )
}

/** Why the target could not be reached: the error of the first version that tried. */
export function unreachableReason(r: ProbeResult): string {
  const tried = PROBE_TLS_VERSIONS.map((v) => r.versions[v]).find((v) => v.result !== 'untestable')
  return tried?.error ?? ''
}

/** A probed target with its Node result and, on Windows when asked for, its Schannel result. */
export const probeOutcomeSchema = z.object({
  target: probeTargetSchema,
  result: probeResultSchema,
  schannel: schannelProbeResultSchema.nullable(),
  /** Why there is no Schannel result although one was asked for. */
  schannelError: z.string().nullable(),
})

/** A probed target with its results. */
export type ProbeOutcome = z.infer<typeof probeOutcomeSchema>
