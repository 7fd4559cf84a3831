/** Builds the report model from a diagnosis and whatever else the caller has (fixes, logs, verify). */
import { currentLanguage } from '../../shared/i18n/translate'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import {
  REPORT_KIND,
  REPORT_SCHEMA_VERSION,
  reportSchema,
  type LogFinding,
  type Report,
  type RestartState,
} from '../../shared/report'
import { compareDiagnoses } from '../../shared/compare'
import { valuesRead } from './values-read'

/** What a report may hold beyond the diagnosis; every part is optional. */
export interface ReportExtras {
  /** The symptom the user picked (its id) or pasted (its text). */
  symptom?: { id?: string | null; text?: string | null }
  logFindings?: LogFinding[]
  plan?: FixPlan | null
  applied?: ApplyResult | null
  /** Overrides the restart state derived from the diagnosis and the fixes. */
  restart?: Partial<RestartState>
  /** The diagnosis made before the fix (verify mode): the report then shows before and after. */
  before?: Diagnosis
  now?: Date
}

function restartState(d: Diagnosis, x: ReportExtras): RestartState {
  const changedAt = d.findings
    .find((f) => f.id === 'restart-pending')
    ?.evidence.find((e) => e.value === 'schannelChangedAt')?.actual
  return {
    pending: d.findings.some((f) => f.id === 'restart-pending'),
    neededAfterFixes: Boolean(
      x.plan?.restartNeeded ||
      x.applied?.status === 'applied' ||
      x.applied?.status === 'prepared' ||
      d.findings.some((f) => f.fixes.includes('restart-server')),
    ),
    schannelChangedAt: typeof changedAt === 'string' ? changedAt : null,
    scheduledFor: null,
    ...x.restart,
  }
}

/** The report for `d`; validated, so a bad extra fails here rather than in a saved file. */
export function buildReport(d: Diagnosis, extras: ReportExtras = {}): Report {
  const fixes =
    extras.plan || extras.applied
      ? { plan: extras.plan ?? null, applied: extras.applied ?? null }
      : undefined
  const symptom = extras.symptom
    ? { id: extras.symptom.id ?? null, text: extras.symptom.text ?? null }
    : undefined
  return reportSchema.parse({
    kind: REPORT_KIND,
    schemaVersion: REPORT_SCHEMA_VERSION,
    product: { name: d.tool.name, version: d.tool.version },
    generatedAt: (extras.now ?? new Date()).toISOString(),
    diagnosedAt: d.generatedAt,
    redacted: false,
    language: currentLanguage(),
    ...(d.logs ? { protocolLogs: d.logs } : {}),
    source: d.source,
    machine: d.machine,
    symptom,
    verdict: d.verdict,
    coverage: d.coverage,
    problems: d.problems,
    registry: { schannel: d.schannel, values: valuesRead(d) },
    findings: d.findings,
    probes: d.probes ?? [],
    logFindings: extras.logFindings,
    fixes,
    restart: restartState(d, extras),
    comparison: extras.before ? compareDiagnoses(extras.before, d) : undefined,
  })
}

/** The JSON file content: the model itself, two-space indented, with a final newline. */
export function reportJson(r: Report): string {
  return `${JSON.stringify(r, null, 2)}\n`
}
