/** Small builders that keep every finding and piece of evidence in the same shape. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { FindingId, FixId, Severity } from '../../shared/ids'
import { shortKeyPath } from '../registry/reg-path'

/** A finding; its message key is derived from the id so catalogs stay in step. */
export function finding(
  id: FindingId,
  severity: Severity,
  evidence: Evidence[],
  fixes: FixId[],
  params: Finding['params'] = {},
): Finding {
  return { id, severity, messageKey: `finding.${id}`, params, evidence, fixes }
}

/** Evidence for one registry value; `actual` undefined means the value is not set. */
export function evidence(
  key: string,
  value: string,
  actual: Evidence['actual'] | undefined,
  expected: string,
): Evidence {
  return { key: shortKeyPath(key), value, actual: actual ?? null, expected }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const

/** Worst first; the order among equals is the order the checks produced them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1])
    .map(([f]) => f)
}
