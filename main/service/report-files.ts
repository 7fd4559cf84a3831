/** Saving and opening reports for the wizard (wired to the report model when it lands). */
import { readFile, writeFile } from 'node:fs/promises'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult } from '../../shared/fixes'
import { InputError } from '../input-error'
import type { ServiceOptions } from './wizard-service'

/** What goes into a report besides the diagnosis. */
export interface ReportInput {
  diagnosis: Diagnosis
  apply?: ApplyResult
  symptom: string | null
  pastedText: string | null
}

/** Asks for a file and writes the report there; null when the admin cancelled. */
export async function saveReport(
  o: ServiceOptions,
  input: ReportInput,
  format: 'html' | 'json',
  redact: boolean,
): Promise<string | null> {
  void redact
  const file = await o.chooseReportFile(
    `tls-report-${input.diagnosis.machine.computerName ?? 'server'}.${format}`,
  )
  if (!file) return null
  await writeFile(file, `${JSON.stringify(input, null, 2)}\n`)
  return file
}

/** Asks for a saved report and reads it; null when cancelled. */
export async function openReport(o: ServiceOptions): Promise<unknown> {
  const file = await o.chooseReportToOpen()
  if (!file) return null
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (e) {
    throw new InputError(`cannot open ${file}: ${(e as Error).message}`)
  }
}
