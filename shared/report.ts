/** The diagnostic report contract: what `--report FILE.json` saves and the wizard opens again. */
import { z } from 'zod'
import { logsResultSchema } from './logs'
import { LANGUAGES } from './i18n/languages'
import {
  coverageSchema,
  EFFECTIVE_STATES,
  evidenceDataSchema,
  findingSchema,
  machineSchema,
  problemSchema,
  VERDICTS,
  versionStateSchema,
} from './diagnosis'
import { applyResultSchema, fixPlanSchema } from './fixes'
import { SOURCE_KINDS } from './ids'
import { probeOutcomeSchema } from './probe'
import { TLS_VERSIONS } from './tls'

/**
 * Version of the report JSON contract; bump on any breaking change. 1: first release.
 * 2: the verdict `inconclusive`, with `coverage` and `problems` as in diagnosis schemaVersion 2.
 * Reports of version 1 still open (reportSchema accepts both; see coverageOfReport).
 */
export const REPORT_SCHEMA_VERSION = 2

/** Marks a JSON file as ours, so a foreign file is recognised before its fields are judged. */
export const REPORT_KIND = 'mailflow-tls-wizard-report'

const verdictSchema = z.enum(VERDICTS)

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

/** Before and after a fix (verify mode): the shape of shared/compare.ts' Comparison. */
export const comparisonSchema = z.object({
  verdict: z.object({ before: verdictSchema, after: verdictSchema }),
  fixed: z.array(findingSchema),
  /** From version 2: gone, but the registry after did not show enough to call them fixed. */
  undecided: z.array(findingSchema).optional(),
  remaining: z.array(findingSchema),
  added: z.array(findingSchema),
  /** From this version: found now, against a diagnosis of older rules (see shared/compare.ts). */
  foundNow: z.array(findingSchema).optional(),
  schannel: z.array(
    z.object({
      version: z.enum(TLS_VERSIONS),
      side: z.enum(['client', 'server']),
      // A boolean in reports of version 1 (see sideState in compare.ts).
      before: z.union([z.enum(EFFECTIVE_STATES), z.boolean()]),
      after: z.union([z.enum(EFFECTIVE_STATES), z.boolean()]),
    }),
  ),
  /** From this version: false when one diagnosis did not name its machine (see compare.ts). */
  machineConfirmed: z.boolean().optional(),
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
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  product: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  /** When the diagnosis itself ran (the report may be rendered later). */
  diagnosedAt: z.string(),
  redacted: z.boolean(),
  /** The language it was written in (absent in reports made before languages): re-rendering uses it. */
  language: z.enum(LANGUAGES).optional(),
  source: z.object({ kind: z.enum(SOURCE_KINDS), adapter: z.string(), location: z.string() }),
  machine: machineSchema,
  symptom: z.object({ id: z.string().nullable(), text: z.string().nullable() }).optional(),
  verdict: verdictSchema,
  /** What the registry showed (from version 2; see coverageOfReport for older reports). */
  coverage: coverageSchema.optional(),
  /** The findings grouped by root cause, worst first (from version 2; see problemsOfReport). */
  problems: z.array(problemSchema).optional(),
  registry: z.object({ schannel: schannelTableSchema, values: z.array(valueReadSchema) }),
  findings: z.array(findingSchema),
  probes: z.array(probeOutcomeSchema),
  logFindings: z.array(logFindingSchema).optional(),
  /** The protocol-log and Schannel-event scan, when the diagnosis had one (logs schemaVersion 1). */
  protocolLogs: logsResultSchema.optional(),
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

export {
  coverageOfReport,
  diagnosisOfReport,
  problemsOfReport,
  verdictOfReport,
} from './report-view'
