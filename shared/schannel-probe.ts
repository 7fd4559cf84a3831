/**
 * What the native Schannel probe (native/schannel-probe, schannel-probe.exe) prints: one JSON
 * object with one attempt per protocol set, read by main/probe/native-schannel.ts.
 */
import { z } from 'zod'
import { PROBE_MODES, VERSION_OUTCOMES } from './probe'

/** The attempts the probe makes, in its order: the system default, then one pinned per version. */
export const SCHANNEL_ATTEMPTS = ['default', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const

/** How far an attempt got: the step that failed, or `done` after a completed handshake. */
export const SCHANNEL_STAGES = ['connect', 'smtp', 'credentials', 'handshake', 'done'] as const

/** An algorithm Schannel reports (an ALG_ID, its CALG_ name when known, and its strength in bits). */
export const schannelAlgorithmSchema = z.object({
  id: z.number().int().nonnegative(),
  name: z.string().nullable(),
  strength: z.number().int().nonnegative(),
})

/** The SSPI call that failed and its status (`SEC_E_*` name when known, hex always). */
export const schannelErrorSchema = z.object({
  function: z.string(),
  name: z.string().nullable(),
  code: z.string().regex(/^0x[0-9A-F]{8}$/),
})

/** One handshake attempt on its own connection. */
export const schannelAttemptSchema = z.object({
  name: z.enum(SCHANNEL_ATTEMPTS),
  /** The SP_PROT_* bits asked for; 0 = the system default. */
  requested: z.number().int().nonnegative(),
  result: z.enum(VERSION_OUTCOMES),
  stage: z.enum(SCHANNEL_STAGES),
  /** SCHANNEL_CRED (every Windows) or SCH_CREDENTIALS (TLS 1.3, Windows Server 2022+). */
  credential: z.enum(['SCHANNEL_CRED', 'SCH_CREDENTIALS']).nullable(),
  ms: z.number().nonnegative(),
  starttlsOffered: z.boolean().nullable(),
  /** Node's names (TLSv1.2); protocolCode is Exchange's (SP_PROT_TLS1_2_CLIENT). */
  protocol: z.string().nullable(),
  protocolCode: z.string().nullable(),
  protocolBits: z.number().int().nonnegative().nullable(),
  cipher: schannelAlgorithmSchema.nullable(),
  hash: schannelAlgorithmSchema.nullable(),
  exchange: schannelAlgorithmSchema.nullable(),
  error: schannelErrorSchema.nullable(),
  detail: z.string().nullable(),
  transcript: z.array(z.string()).max(40),
})

/** The whole output of one run. */
export const nativeSchannelOutputSchema = z.object({
  tool: z.literal('schannel-probe'),
  formatVersion: z.literal(1),
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  mode: z.enum(PROBE_MODES),
  timeoutMs: z.number().int().positive(),
  durationMs: z.number().nonnegative(),
  attempts: z
    .array(schannelAttemptSchema)
    .length(SCHANNEL_ATTEMPTS.length)
    .refine((a) => a.every((x, i) => x.name === SCHANNEL_ATTEMPTS[i]), {
      message: `attempts must be ${SCHANNEL_ATTEMPTS.join(', ')}, in that order`,
    }),
})

/** One attempt. */
export type SchannelAttempt = z.infer<typeof schannelAttemptSchema>
/** One run of the native probe. */
export type NativeSchannelOutput = z.infer<typeof nativeSchannelOutputSchema>
