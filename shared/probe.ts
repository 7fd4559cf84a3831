/** The live probe contract: what `tlswizard probe --json` prints and the Schannel script returns. */
import { z } from 'zod'
import {
  PROBE_MODES,
  PROBE_ROLES,
  PROBE_TLS_VERSIONS,
  VERSION_OUTCOMES,
  type ProbeTlsVersion,
} from './probe-basics'
import { isHostName } from './targets'

export {
  PROBE_MODES,
  PROBE_ROLES,
  PROBE_TLS_VERSIONS,
  probeUnreachable,
  targetLabel,
  unreachableReason,
  VERSION_OUTCOMES,
  type ProbeMode,
  type ProbeRole,
  type ProbeTlsVersion,
  type VersionOutcome,
} from './probe-basics'

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

/**
 * What `tlswizard probe --json` prints for two or more targets (one target prints its result
 * alone, as it always did): `probeBatch` is this document's version; the results come in the
 * order the targets were given, each a whole probe result.
 */
export const probeBatchSchema = z.object({
  probeBatch: z.literal(1),
  targets: z.number().int().min(2),
  /** How many targets could not be reached at all (the command then exits 3). */
  unreachable: z.number().int().nonnegative(),
  results: z.array(probeResultSchema),
})

/** Several targets probed by one command. */
export type ProbeBatch = z.infer<typeof probeBatchSchema>
