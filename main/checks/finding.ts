/** Small builders that keep every finding and piece of evidence in the same shape. */
import type { DiagnosisFindingId, DiagnosisFixId, Evidence, Finding } from '../../shared/diagnosis'
import type { Message } from '../../shared/finding-schema'
import { en, type MessageKey } from '../../shared/i18n/en'
import { format, type Params } from '../../shared/i18n/message'
import type { Severity } from '../../shared/ids'
import type { VersionOutcome } from '../../shared/probe-basics'
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

/** Words of evidence from the catalog, so that each reader gets them in their own language. */
export function said(messageKey: MessageKey, params: Params = {}): Message {
  return { messageKey, params }
}

/** A probed version's outcome (accepted, refused, ...) as evidence words. */
export const outcomeWords = (o: VersionOutcome): Message => said(`probe.result.${o}`)

const isMessage = (x: unknown): x is Message =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && 'messageKey' in x

/** What one field of an evidence row may be: its data, or words from the catalog. */
export type Part<T> = T | Message

/**
 * An evidence row whose parts may be catalog messages: such a part is stored as its English, its
 * message under `words` (JSON stays the same in every language; readers translate).
 */
export function evidenceRow(row: {
  key: Part<string>
  value: Part<string>
  actual: Part<Evidence['actual']>
  expected: Part<string>
}): Evidence {
  const words: NonNullable<Evidence['words']> = {}
  function plain<T>(field: keyof typeof words, part: Part<T>): T | string {
    if (!isMessage(part)) return part
    words[field] = part
    return format(en[part.messageKey as MessageKey] ?? part.messageKey, part.params)
  }
  // A row about a key rather than one of its values names it "(key)": in words too.
  const value = row.value === '(key)' ? said('evidence.item.key') : row.value
  return {
    key: plain('key', row.key),
    value: plain('value', value),
    actual: plain('actual', row.actual),
    expected: plain('expected', row.expected),
    ...(Object.keys(words).length ? { words } : {}),
  }
}

/** Evidence for one registry value; `actual` undefined means the value is not set. */
export function evidence(
  key: string,
  value: Part<string>,
  actual: Part<Evidence['actual']> | undefined,
  expected: Part<string>,
): Evidence {
  return evidenceRow({ key: shortKeyPath(key), value, actual: actual ?? null, expected })
}

const ORDER = { error: 0, warning: 1, info: 2 } as const

/** Worst first; the order among equals is the order the checks produced them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1])
    .map(([f]) => f)
}
