import { z } from 'zod'
import { FINDING_IDS, FIX_IDS, SEVERITIES, SOURCE_KINDS } from './ids'
import { probeOutcomeSchema } from './probe'
import { SCHANNEL_STATES, TLS_VERSIONS } from './tls'

/** Version of the diagnosis JSON contract; bump on any breaking change. */
export const DIAGNOSIS_SCHEMA_VERSION = 1

/** A registry value as evidence shows it: numbers for DWORD/QWORD, strings, lists; null = not set. */
export const evidenceDataSchema = z.union([z.number(), z.string(), z.array(z.string()), z.null()])

/** One piece of evidence: which value was read, what it holds, what it should hold. */
export const evidenceSchema = z.object({
  key: z.string(),
  value: z.string(),
  actual: evidenceDataSchema,
  expected: z.string(),
})

/** A finding: what is wrong (or worth knowing), why we think so, and which fixes resolve it. */
export const findingSchema = z.object({
  id: z.enum(FINDING_IDS),
  severity: z.enum(SEVERITIES),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  evidence: z.array(evidenceSchema),
  fixes: z.array(z.enum(FIX_IDS)),
})

const sideSchema = z.object({
  enabled: z.boolean(),
  enabledValue: z.number().nullable(),
  disabledByDefaultValue: z.number().nullable(),
})

/** Configured and effective state of one TLS version. */
export const versionStateSchema = z.object({
  state: z.enum(SCHANNEL_STATES),
  supportedByOs: z.boolean(),
  client: sideSchema,
  server: sideSchema,
})

/** The machine as the registry describes it. */
export const machineSchema = z.object({
  computerName: z.string().nullable(),
  fqdn: z.string().nullable(),
  os: z.object({
    productName: z.string().nullable(),
    build: z.number().nullable(),
    ubr: z.number().nullable(),
    displayVersion: z.string().nullable(),
    family: z.string(),
  }),
  exchange: z
    .object({
      product: z.string(),
      version: z.string(),
      installPath: z.string().nullable(),
      edgeRole: z.boolean(),
    })
    .nullable(),
})

/** The whole diagnosis, as `tlswizard diagnose --json` prints it. */
export const diagnosisSchema = z.object({
  schemaVersion: z.literal(DIAGNOSIS_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  source: z.object({ kind: z.enum(SOURCE_KINDS), adapter: z.string(), location: z.string() }),
  verdict: z.enum(['healthy', 'action-needed']),
  machine: machineSchema,
  schannel: z.object(
    Object.fromEntries(TLS_VERSIONS.map((v) => [v, versionStateSchema])) as Record<
      (typeof TLS_VERSIONS)[number],
      typeof versionStateSchema
    >,
  ),
  findings: z.array(findingSchema),
  /** Live probes, when the diagnosis ran any (diagnose --probe / --domain, or the wizard). */
  probes: z.array(probeOutcomeSchema).optional(),
})

/** One piece of evidence. */
export type Evidence = z.infer<typeof evidenceSchema>
/** One finding. */
export type Finding = z.infer<typeof findingSchema>
/** Configured and effective state of one TLS version. */
export type VersionState = z.infer<typeof versionStateSchema>
/** The machine summary. */
export type MachineSummary = z.infer<typeof machineSchema>
/** A complete diagnosis. */
export type Diagnosis = z.infer<typeof diagnosisSchema>
