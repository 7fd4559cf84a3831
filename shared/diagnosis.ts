import { z } from 'zod'
import { evidenceSchema, findingSchema } from './finding-schema'
import {
  DIAGNOSIS_SCHEMA_VERSION,
  FINDING_IDS,
  FIX_IDS,
  SEVERITIES,
  SOURCE_KINDS,
  type FindingId,
  type FixId,
} from './ids'
import { logsResultSchema } from './logs'
import { probeOutcomeSchema } from './probe'
import { SCHANNEL_STATES, TLS_VERSIONS } from './tls'

export { DIAGNOSIS_SCHEMA_VERSION }

export { evidenceDataSchema, evidenceSchema, findingSchema } from './finding-schema'

/** Every finding id a diagnosis can hold (an alias of FINDING_IDS, kept for the engine's imports). */
export const DIAGNOSIS_FINDING_IDS = FINDING_IDS
/** Every fix id a finding can point to (an alias of FIX_IDS). */
export const DIAGNOSIS_FIX_IDS = FIX_IDS
/** A finding id. */
export type DiagnosisFindingId = FindingId
/** A fix id. */
export type DiagnosisFixId = FixId

/**
 * healthy: every question was decided and nothing is wrong. action-needed: at least one error.
 * inconclusive: no error, but the registry did not show enough to decide (coverage.missing).
 */
export const VERDICTS = ['healthy', 'action-needed', 'inconclusive'] as const
/** A verdict. */
export type Verdict = (typeof VERDICTS)[number]

/** What Schannel does on one side: on, off, or unknown (a missing value on an unknown Windows). */
export const EFFECTIVE_STATES = ['on', 'off', 'unknown'] as const

const sideSchema = z.object({
  /** True only when the side is known to be on. */
  enabled: z.boolean(),
  enabledValue: z.number().nullable(),
  disabledByDefaultValue: z.number().nullable(),
  /** Always set from schemaVersion 2; optional so reports saved before still load. */
  effective: z.enum(EFFECTIVE_STATES).optional(),
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
      /** The build's name from the build table (`Exchange 2016 CU23 Dec25SU`); absent in older reports. */
      name: z.string().optional(),
      /** Where the version came from: ExSetup.exe's file version, or the setup key's Msi* values. */
      versionSource: z.enum(['exsetup', 'setup-key']).optional(),
    })
    .nullable(),
})

/** The parts of the evidence a verdict needs; `missing` lists the ones the registry did not show. */
export const COVERAGE_GAPS = [
  'os-build',
  'software',
  'schannel',
  'control-set',
  'cipher-suites',
  'tls12-client',
  'tls12-server',
] as const

/** How mail leaves this server: decides which rules apply (.NET matters where Exchange runs). */
export const MAIL_PATHS = ['exchange', 'smtp-relay', 'none-found', 'unknown'] as const

/** What the registry showed, and how to collect what it did not. */
export const coverageSchema = z.object({
  osBuild: z.boolean(),
  /** HKLM\SOFTWARE was exported (Windows NT\CurrentVersion is there); false is not "no Exchange". */
  software: z.boolean(),
  schannel: z.boolean(),
  /** The control set the SYSTEM values came from (null: none in the registry). */
  controlSet: z.string().nullable(),
  mailPath: z.enum(MAIL_PATHS),
  /** Exchange roles from the setup keys (Mailbox, Edge Transport, ...). */
  exchangeRoles: z.array(z.string()),
  missing: z.array(z.enum(COVERAGE_GAPS)),
  /**
   * Windows' pending-restart markers were shown (false: a restart may be pending, it is not known;
   * the verdict does not wait for them). Absent in diagnoses saved before: shown.
   */
  restartMarkers: z.boolean().optional(),
  /** Commands that collect the missing parts, in order; empty when nothing is missing. */
  collect: z.array(z.string()),
})

/** Stable problem ids: one per root cause. */
export const PROBLEM_IDS = [
  'evidence-incomplete',
  'tls12-off-both',
  'tls12-off-incoming',
  'tls12-off-outgoing',
  'tls12-inconsistent',
  'exchange-too-old',
  'exchange-tls13',
  'legacy-tls-off',
  'exchange-updates',
  'windows-support',
  'cipher-suites',
  'dotnet',
  'winhttp',
  'wire-tls12-refused',
  'wire-tls12-client',
  'starttls-missing',
  'unreachable',
  'smtp-rejected',
  'certificate',
  'control-sets-differ',
  'ignored-entries',
  'schannel-consistency',
  'restart-pending',
  'legacy-tls',
  'control-set-read',
  'health-checker-words',
  'values-not-0-or-1',
  // What the protocol logs and Schannel events show:
  'mail-flow-failing',
  'legacy-tls-peers',
  'logs-evidence',
  'schannel-events',
  // What Windows' own Schannel did on the wire, against the registry and Node's probe:
  'schannel-not-as-registry',
  'probes-disagree',
  'notes',
] as const

/** A problem id. */
export type ProblemId = (typeof PROBLEM_IDS)[number]

/** One root cause: a plain title, its findings, their evidence once, the fixes. */
export const problemSchema = z.object({
  id: z.enum(PROBLEM_IDS),
  severity: z.enum(SEVERITIES),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  findings: z.array(z.enum(DIAGNOSIS_FINDING_IDS)),
  fixes: z.array(z.enum(DIAGNOSIS_FIX_IDS)),
  evidence: z.array(evidenceSchema),
})

/** The whole diagnosis, as `tlswizard diagnose --json` prints it. */
export const diagnosisSchema = z.object({
  schemaVersion: z.literal(DIAGNOSIS_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  source: z.object({ kind: z.enum(SOURCE_KINDS), adapter: z.string(), location: z.string() }),
  verdict: z.enum(VERDICTS),
  machine: machineSchema,
  coverage: coverageSchema,
  schannel: z.object(
    Object.fromEntries(TLS_VERSIONS.map((v) => [v, versionStateSchema])) as Record<
      (typeof TLS_VERSIONS)[number],
      typeof versionStateSchema
    >,
  ),
  /** Worst first; every finding belongs to exactly one problem. */
  problems: z.array(problemSchema),
  findings: z.array(findingSchema),
  /** Live probes, when the diagnosis ran any (diagnose --probe / --domain, or the wizard). */
  probes: z.array(probeOutcomeSchema).optional(),
  /** The protocol-log scan, when logs were found or given (diagnose --logs, or found on the server). */
  logs: logsResultSchema.optional(),
  /**
   * 1 when this is a diagnosis of schemaVersion 1 read back (verify after an update): made by the
   * first release's rules, so its findings are not compared one to one with today's.
   */
  upgradedFrom: z.literal(1).optional(),
})

/** One piece of evidence. */
export type Evidence = z.infer<typeof evidenceSchema>
/** One finding. */
export type Finding = z.infer<typeof findingSchema>
/** One problem. */
export type Problem = z.infer<typeof problemSchema>
/** What the registry showed. */
export type Coverage = z.infer<typeof coverageSchema>
/** A coverage gap. */
export type CoverageGap = (typeof COVERAGE_GAPS)[number]
/** How mail leaves the server. */
export type MailPath = (typeof MAIL_PATHS)[number]
/** Configured and effective state of one TLS version. */
export type VersionState = z.infer<typeof versionStateSchema>
/** What Schannel does on one side. */
export type EffectiveState = (typeof EFFECTIVE_STATES)[number]
/** The machine summary. */
export type MachineSummary = z.infer<typeof machineSchema>
/** A complete diagnosis. */
export type Diagnosis = z.infer<typeof diagnosisSchema>
