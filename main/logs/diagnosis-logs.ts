/** The logs result joined to a diagnosis: its findings merged, the verdict and problems recomputed. */
import { problemsOf, verdictOf } from '../../shared/check-groups'
import type { Diagnosis } from '../../shared/diagnosis'
import { LOG_FINDING_IDS } from '../../shared/ids'
import type { LogsResult } from '../../shared/logs'
import { sortFindings } from '../checks/finding'
import { gatherLogs, type GatherOptions } from './gather-logs'

/** The diagnosis with the scan's findings merged in and the scan itself under `logs`. */
export function withLogs(d: Diagnosis, logs: LogsResult): Diagnosis {
  // A diagnosis that already holds a scan has its findings replaced, never counted twice.
  const mine: ReadonlySet<string> = new Set(LOG_FINDING_IDS)
  const others = d.logs ? d.findings.filter((f) => !mine.has(f.id)) : d.findings
  const findings = sortFindings([...others, ...logs.findings])
  return { ...d, verdict: verdictOf(findings), problems: problemsOf(findings), findings, logs }
}

/**
 * The scan a diagnosis includes: when paths were given, or when the server's own folders held
 * logs; undefined otherwise (a diagnosis does not judge logs it could not find).
 */
export async function logsForDiagnosis(o: GatherOptions): Promise<LogsResult | undefined> {
  if (!o.paths.length && !o.store) return undefined
  const r = await gatherLogs(o)
  return o.paths.length || r.totals.files > 0 ? r : undefined
}
