/** The diagnosis saved before a fix (state file or `diagnose --out`), read back for verify mode. */
import { translate as t } from '../../shared/i18n/translate'
import { z } from 'zod'
import {
  coverageSchema,
  diagnosisSchema,
  problemSchema,
  type Diagnosis,
} from '../../shared/diagnosis'
import { REPORT_KIND } from '../../shared/report'
import { diagnosisOfReport, diagnosisOfVersion1 } from '../../shared/report-view'
import { compareDiagnoses, machineLabel, sameMachine, type Comparison } from '../../shared/compare'
import { readRegularFile } from '../files/bounded-read'
import { jsonFileText, jsonSyntaxDetail } from '../files/json-text'
import { InputError } from '../input-error'
import { reportOfJson } from '../report/load-report'

// A diagnosis is a few tens of KB; far larger is not one of ours.
const MAX_DIAGNOSIS_BYTES = 8 * 1024 * 1024

// The first release's diagnosis (schemaVersion 1): two verdicts, no coverage, no problems. A fix
// made with it must still be verifiable after the wizard is updated.
const version1Schema = diagnosisSchema.extend({
  schemaVersion: z.literal(1),
  verdict: z.enum(['healthy', 'action-needed']),
  coverage: coverageSchema.optional(),
  problems: z.array(problemSchema).optional(),
})

/**
 * Reads and validates an earlier diagnosis (of this version or the first); InputError (never
 * quoting the file) otherwise.
 */
export async function readDiagnosisFile(file: string): Promise<Diagnosis> {
  const text = jsonFileText(await readRegularFile(file, MAX_DIAGNOSIS_BYTES))
  if (!text.trim()) throw new InputError(t('reportDoc.load.empty', { file }))
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new InputError(t('error.state.notDiagnosisJson', { file, detail: jsonSyntaxDetail(e) }))
  }
  const parsed = diagnosisSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const old = version1Schema.safeParse(json)
  if (old.success) return diagnosisOfVersion1(old.data)
  // The JSON report the wizard saved holds the diagnosis too: what a junior most often has kept.
  if ((json as { kind?: unknown } | null)?.kind === REPORT_KIND) {
    const report = reportOfJson(json, file)
    // Its names were replaced: it could never show that it is of this machine.
    if (report.redacted) throw new InputError(t('error.verify.redactedReport', { file }))
    return diagnosisOfReport(report)
  }
  throw new InputError(t('error.state.notDiagnosis', { file }))
}

/**
 * Refuses, as InputError (exit 2) naming both, a diagnosis from before the fix that is of another
 * machine: that machine's problems are not this one's fixed.
 */
export function assertSameMachine(before: Diagnosis, after: Diagnosis): void {
  if (sameMachine(before.machine, after.machine) === false)
    throw new InputError(
      t('error.verify.differentMachines', {
        before: machineLabel(before.machine),
        after: machineLabel(after.machine),
      }),
    )
}

/** Before and after for verify mode (the CLI and the wizard), once assertSameMachine holds. */
export function compareWithBefore(before: Diagnosis, after: Diagnosis): Comparison {
  assertSameMachine(before, after)
  return compareDiagnoses(before, after)
}
