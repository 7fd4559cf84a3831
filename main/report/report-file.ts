/** Report files by format: what the CLI, the wizard's save dialog and the web host download write. */
import path from 'node:path'
import { translate as t } from '../../shared/i18n/translate'
import type { Report } from '../../shared/report'
import { InputError } from '../input-error'
import { reportJson } from './build-report'
import { renderReportHtml } from './render-html'
import { renderReportReg } from './render-reg'

/** The formats a report can be saved in. */
export const REPORT_FORMATS = ['html', 'json', 'reg'] as const

/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Content types for a download (the web host sets these, with `attachment`). */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  reg: 'text/plain; charset=utf-16le',
}

/** The format a file name asks for among `allowed` (.htm counts as .html); an InputError otherwise. */
export function reportFormatOf<F extends ReportFormat>(file: string, allowed: readonly F[]): F {
  const ext = path.extname(file).toLowerCase().replace(/^\./, '')
  const format = ext === 'htm' ? 'html' : ext
  const found = allowed.find((f) => f === format)
  if (!found) throw new InputError(t('reportDoc.format.unknown', { file }))
  return found
}

/** The bytes of a report in one format (HTML and JSON as UTF-8, .reg as UTF-16LE). */
export function renderReportFile(r: Report, format: ReportFormat): Uint8Array {
  if (format === 'reg') return renderReportReg(r)
  return new TextEncoder().encode(format === 'html' ? renderReportHtml(r) : reportJson(r))
}
