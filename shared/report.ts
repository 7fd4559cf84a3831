/** The diagnostic report contract: what `--report FILE.json` saves and the wizard opens again. */
import { z } from 'zod'
import {
  evidenceDataSchema,
  findingSchema,
  machineSchema,
  versionStateSchema,
  type Diagnosis,
} from './diagnosis'
import { applyResultSchema, fixPlanSchema } from './fixes'
import { SOURCE_KINDS } from './ids'
import { probeOutcomeSchema } from './probe'
import { TLS_VERSIONS } from './tls'

/** Version of the report JSON contract; bump on any breaking change. */
export const REPORT_SCHEMA_VERSION = 1

/** Marks a JSON file as ours, so a foreign file is recognised before its fields are judged. */
export const REPORT_KIND = 'mailflow-tls-wizard-report'

const verdictSchema = z.enum(['healthy', 'action-needed'])

/** A registry value as it was read (null: not set). */
export const valueReadSchema = z.object({
  key: z.string(),
  value: z.string(),
  actual: evidenceDataSchema,
})

/** One line of a protocol log that matters (logs are scanned by their own engine). */
export const logFindingSchema = z.object({
  id: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative().nullable(),
  at: z.string().nullable(),
  text: z.string(),
  messageKey: z.string().nullable(),
})

/** Whether a restart is pending now, or will be once the fixes are made. */
export const restartStateSchema = z.object({
  pending: z.boolean(),
  neededAfterFixes: z.boolean(),
  schannelChangedAt: z.string().nullable(),
  scheduledFor: z.string().nullable(),
})

/** Before and after a fix (verify mode): the shape of main/checks/compare.ts' Comparison. */
export const comparisonSchema = z.object({
  verdict: z.object({ before: verdictSchema, after: verdictSchema }),
  fixed: z.array(findingSchema),
  remaining: z.array(findingSchema),
  added: z.array(findingSchema),
  schannel: z.array(
    z.object({
      version: z.enum(TLS_VERSIONS),
      side: z.enum(['client', 'server']),
      before: z.boolean(),
      after: z.boolean(),
    }),
  ),
})

const schannelTableSchema = z.object(
  Object.fromEntries(TLS_VERSIONS.map((v) => [v, versionStateSchema])) as Record<
    (typeof TLS_VERSIONS)[number],
    typeof versionStateSchema
  >,
)

/** The whole report. */
export const reportSchema = z.object({
  kind: z.literal(REPORT_KIND),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  product: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  /** When the diagnosis itself ran (the report may be rendered later). */
  diagnosedAt: z.string(),
  redacted: z.boolean(),
  source: z.object({ kind: z.enum(SOURCE_KINDS), adapter: z.string(), location: z.string() }),
  machine: machineSchema,
  symptom: z.object({ id: z.string().nullable(), text: z.string().nullable() }).optional(),
  verdict: verdictSchema,
  registry: z.object({ schannel: schannelTableSchema, values: z.array(valueReadSchema) }),
  findings: z.array(findingSchema),
  probes: z.array(probeOutcomeSchema),
  logFindings: z.array(logFindingSchema).optional(),
  fixes: z
    .object({
      // Reports saved before plans had an id still open.
      plan: fixPlanSchema.extend({ id: fixPlanSchema.shape.id.optional() }).nullable(),
      applied: applyResultSchema.nullable(),
    })
    .optional(),
  restart: restartStateSchema.optional(),
  comparison: comparisonSchema.optional(),
})

/** A registry value as read. */
export type ValueRead = z.infer<typeof valueReadSchema>
/** A protocol-log finding. */
export type LogFinding = z.infer<typeof logFindingSchema>
/** Restart state. */
export type RestartState = z.infer<typeof restartStateSchema>
/** A before/after comparison as the report holds it. */
export type ReportComparison = z.infer<typeof comparisonSchema>
/** A whole report. */
export type Report = z.infer<typeof reportSchema>

/** The diagnosis a report was made from, for screens that show a diagnosis (review mode). */
export function diagnosisOfReport(r: Report): Diagnosis {
  return {
    schemaVersion: 1,
    tool: r.product,
    generatedAt: r.diagnosedAt,
    source: r.source,
    verdict: r.verdict,
    machine: r.machine,
    schannel: r.registry.schannel,
    findings: r.findings,
    ...(r.probes.length ? { probes: r.probes } : {}),
  }
}
