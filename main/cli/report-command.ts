/** `tlswizard report FILE.json --html OUT.html [--redact] [--force]`: re-renders a saved report. */
import { hostname } from 'node:os'
import { parseArgs } from 'node:util'
import { setLanguage, translate as t } from '../../shared/i18n/translate'
import { loadReport } from '../report/load-report'
import { redactReport } from '../report/redact'
import { renderReportFile, reportFormatOf } from '../report/report-file'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { writeNewFile } from './output-file'

// --html writes a page: a .json name (the report being read, say) is a mistake, not a format.
function isHtmlName(file: string): boolean {
  try {
    return reportFormatOf(file, ['html']) === 'html'
  } catch {
    return false
  }
}

/** Opens a saved JSON report (nothing is run again) and writes it as HTML. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      html: { type: 'string' },
      redact: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length !== 1) throw new UsageError(t('error.report.oneReport'))
  if (values.html === undefined) throw new UsageError(t('error.report.needHtml'))
  if (!isHtmlName(values.html))
    throw new UsageError(t('error.report.htmlName', { file: values.html }))
  const report = await loadReport(positionals[0] as string)
  const out = values.redact ? redactReport(report, [hostname()]) : report
  // In the language it was written in, unless --lang asks for another (runCli restores it after).
  if (!io.lang && report.language) setLanguage(report.language)
  await writeNewFile(values.html, renderReportFile(out, 'html'), values.force)
  io.out(`${t('reportDoc.cli.written', { file: values.html })}\n`)
  return EXIT.ok
}
