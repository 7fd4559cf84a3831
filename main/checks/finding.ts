/** Small builders that keep every finding and piece of evidence in the same shape. */
import type { DiagnosisFindingId, DiagnosisFixId, Evidence, Finding } from '../../shared/diagnosis'
import type { Severity } from '../../shared/ids'
import { shortKeyPath } from '../registry/reg-path'

/**
 * A finding; its message key is derived from the id so catalogs stay in step. A variant picks the
 * wording that is true for the values at hand (`finding.<id>.<variant>.title`).
 */
export function finding(
  id: DiagnosisFindingId,
  severity: Severity,
  evidence: Evidence[],
  fixes: DiagnosisFixId[],
  params: Finding['params'] = {},
  variant?: string,
): Finding {
  const messageKey = `finding.${id}${variant ? `.${variant}` : ''}`
  return { id, severity, messageKey, params, evidence, fixes }
}

/** Health Checker's own words for its four states. */
export const HEALTH_CHECKER_WORDS = {
  enabled: 'Enabled',
  disabled: 'Disabled',
  'half-disabled': 'Half Disabled',
  misconfigured: 'Misconfigured',
} as const

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
