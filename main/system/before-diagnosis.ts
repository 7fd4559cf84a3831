/** The diagnosis saved before a fix (state file or `diagnose --out`), read back for verify mode. */
import { translate as t } from '../../shared/i18n/translate'
import { diagnosisSchema, type Diagnosis } from '../../shared/diagnosis'
import { readRegularFile } from '../files/bounded-read'
import { jsonSyntaxDetail } from '../files/json-text'
import { InputError } from '../input-error'

// A diagnosis is a few tens of KB; far larger is not one of ours.
const MAX_DIAGNOSIS_BYTES = 8 * 1024 * 1024

/** Reads and validates an earlier diagnosis; InputError (never quoting the file) otherwise. */
export async function readDiagnosisFile(file: string): Promise<Diagnosis> {
  const text = (await readRegularFile(file, MAX_DIAGNOSIS_BYTES)).toString('utf8')
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new InputError(t('error.state.notDiagnosisJson', { file, detail: jsonSyntaxDetail(e) }))
  }
  const parsed = diagnosisSchema.safeParse(json)
  if (!parsed.success) throw new InputError(t('error.state.notDiagnosis', { file }))
  return parsed.data
}
