/** Runs `diagnose --registry FILE` on a verdict fixture, as JSON and as text, and checks a case. */
import path from 'node:path'
import { expect, it } from 'vitest'
import { diagnosisSchema, type Diagnosis } from '../../../shared/diagnosis'
import { SUPPORT_STATUS_FINDING_IDS } from '../../../shared/ids'
import { translate } from '../../../shared/i18n/translate'
import { cli } from '../../helpers/cli'

/** Where the fixture files are. */
export const DIR = path.join(__dirname, '../../fixtures/verdict')
/** A fixture's path. */
export const file = (name: string) => path.join(DIR, `${name}.reg`)

/**
 * Support status and update level: they follow the clock and the build table, not the registry
 * rules these cases are about (lifecycle.test.ts checks them with a fixed date).
 */
export const SUPPORT_STATUS: ReadonlySet<string> = new Set(SUPPORT_STATUS_FINDING_IDS)
const SUPPORT_PROBLEMS: ReadonlySet<string> = new Set(['exchange-updates', 'windows-support'])

/** The problems but those about support status. */
export const ruleProblems = (d: Diagnosis) => d.problems.filter((p) => !SUPPORT_PROBLEMS.has(p.id))

/** `severity:id` of every finding but those about support status. */
export const ids = (d: Diagnosis) =>
  d.findings.filter((f) => !SUPPORT_STATUS.has(f.id)).map((f) => `${f.severity}:${f.id}`)
/** One finding by id. */
export const find = (d: Diagnosis, id: string) => d.findings.find((f) => f.id === id)
/** A finding's evidence as `key|value=actual|expected` lines. */
export const rows = (d: Diagnosis, id: string) =>
  (find(d, id)?.evidence ?? []).map(
    (e) => `${e.key}|${e.value}=${JSON.stringify(e.actual)}|${e.expected}`,
  )
/** The problems' titles in English. */
export const titles = (d: Diagnosis) =>
  ruleProblems(d).map((p) => translate(`${p.messageKey}.title`, p.params))

/** The TLS 1.2 key as evidence names it. */
export const TLS12 =
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2'

/** One case: the fixture, what the diagnosis says, its exit code, verdict and details. */
export interface Case {
  fixture: string
  says: string
  exit: number
  verdict: Diagnosis['verdict']
  check(d: Diagnosis, text: string): void
}

/** One test per case, through the CLI entry point (JSON and text). */
export function runCases(cases: readonly Case[]): void {
  for (const c of cases)
    it(`${c.fixture}: ${c.says}`, async () => {
      const json = await cli('diagnose', '--registry', file(c.fixture), '--json')
      expect(json.err).toBe('')
      expect(json.code).toBe(c.exit)
      const d = diagnosisSchema.parse(JSON.parse(json.out))
      expect(d.verdict).toBe(c.verdict)
      expect(d.schemaVersion).toBe(2)
      // Every finding belongs to exactly one problem.
      expect(d.problems.flatMap((p) => p.findings).sort()).toEqual(
        [...new Set(d.findings.map((f) => f.id))].sort(),
      )
      const text = await cli('diagnose', '--registry', file(c.fixture))
      expect(text.code).toBe(c.exit)
      expect(text.out).toContain(translate(`verdict.${c.verdict}`))
      c.check(d, text.out)
    })
}
