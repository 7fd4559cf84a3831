/** Reports for the wizard: built from what the session knows, saved where the admin chooses, opened for review. */
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { translate as t } from '../../shared/i18n/translate'
import type { Report } from '../../shared/report'
import { writeFileAtomic } from '../files/atomic-write'
import { safeFileName } from '../files/safe-name'
import { buildReport } from '../report/build-report'
import { loadReport, parseReport } from '../report/load-report'
import { redactReport } from '../report/redact'
import { renderReportFile, REPORT_CONTENT_TYPES } from '../report/report-file'

/** What the session knows when a report is asked for. */
export interface ReportInput {
  diagnosis: Diagnosis
  plan?: FixPlan | null
  apply?: ApplyResult | null
  before?: Diagnosis | null
  symptom: string | null
  pastedText: string | null
  /** When the report is made: its file name carries the time, so a later one never replaces it. */
  now: Date
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
}

/** The report file for the session: name, bytes and content type. */
export function reportFile(
  input: ReportInput,
  format: 'html' | 'json',
  redact: boolean,
): { name: string; bytes: Uint8Array; type: string } {
  const built = buildReport(input.diagnosis, {
    symptom: { id: input.symptom, text: input.pastedText },
    plan: input.plan ?? null,
    applied: input.apply ?? null,
    before: input.before ?? undefined,
  })
  const report = redact ? redactReport(built) : built
  const host = redact ? 'redacted' : safeFileName(input.diagnosis.machine.computerName ?? '')
  return {
    name: `tls-report-${host}-${stamp(input.now)}.${format}`,
    bytes: renderReportFile(report, format),
    type: REPORT_CONTENT_TYPES[format],
  }
}

/** Writes the report where `choose` says; null when the admin cancelled. */
export async function saveReportFile(
  input: ReportInput,
  format: 'html' | 'json',
  redact: boolean,
  choose: (name: string) => Promise<string | null>,
): Promise<string | null> {
  const { name, bytes } = reportFile(input, format, redact)
  const file = await choose(name)
  if (!file) return null
  // The dialog already asked before replacing a file; a symbolic link is never followed.
  await writeFileAtomic(file, bytes, { overwrite: true })
  return file
}

/**
 * A saved report: uploaded text (browser) or a file the admin picks (Electron); null when
 * cancelled. `name` is the uploaded file's name as the browser gave it, for messages.
 */
export async function openReportFile(
  text: string | null,
  choose: () => Promise<string | null>,
  name?: string,
): Promise<Report | null> {
  if (text !== null) return parseReport(text, name ?? t('reportDoc.load.uploaded'))
  const file = await choose()
  return file ? loadReport(file) : null
}
