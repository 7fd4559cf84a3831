/** Opening a saved JSON report: every way a file can be wrong gets its own clear message. */
import { translate as t } from '../../shared/i18n/translate'
import { REPORT_KIND, REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../shared/report'
import { readRegularFile, UnreadableFileError } from '../files/bounded-read'
import { jsonFileText, jsonSyntaxDetail } from '../files/json-text'
import { InputError } from '../input-error'

/** Larger than any real report by far; bigger files are refused before they are read. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    const reason = (e as Error).message
    // The text stopped early when the parser failed at its very end (V8 says "Unexpected end of
    // JSON input", "Unterminated string" or names the last position).
    const at = /position (\d+)/.exec(reason)?.[1]
    const atEnd = at !== undefined && Number(at) >= text.trimEnd().length
    if (atEnd || /end of JSON input|Unterminated/i.test(reason))
      throw new InputError(t('reportDoc.load.truncated', { file }))
    throw new InputError(t('reportDoc.load.notJson', { file, reason: jsonSyntaxDetail(e) }))
  }
}

function firstIssue(error: {
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>
}): string {
  const issue = error.issues[0]
  if (!issue) return ''
  // A path through a `params` record would name a key taken from the file: stop at the record.
  const cut = issue.path.findIndex((_k, i) => i > 0 && String(issue.path[i - 1]) === 'params')
  const where = (cut < 0 ? issue.path : issue.path.slice(0, cut)).map(String).join('.')
  return where ? `${where}: ${issue.message}` : issue.message
}

/** Parses and validates report text; `file` names it in messages. Throws InputError only. */
export function parseReport(text: string, file: string): Report {
  const body = text.replace(/^\uFEFF/, '')
  if (!body.trim()) throw new InputError(t('reportDoc.load.empty', { file }))
  if (/^\s*</.test(body)) throw new InputError(t('reportDoc.load.html', { file }))
  return reportOfJson(parseJson(body, file), file)
}

/** Validates parsed JSON as a report (kind, version, schema); `file` names it in messages. */
export function reportOfJson(json: unknown, file: string): Report {
  if (!isObject(json) || json.kind !== REPORT_KIND) {
    const diagnosis =
      isObject(json) && 'verdict' in json && 'findings' in json && 'schannel' in json
    throw new InputError(
      t(diagnosis ? 'reportDoc.load.diagnosis' : 'reportDoc.load.foreign', { file }),
    )
  }
  const found = json.schemaVersion
  if (typeof found === 'number' && found > REPORT_SCHEMA_VERSION)
    throw new InputError(
      t('reportDoc.load.newer', { file, found, supported: REPORT_SCHEMA_VERSION }),
    )
  const parsed = reportSchema.safeParse(json)
  if (!parsed.success)
    throw new InputError(t('reportDoc.load.invalid', { file, detail: firstIssue(parsed.error) }))
  return parsed.data
}

/** Reads and validates a report file. Throws InputError only (missing, too large, damaged, ...). */
export async function loadReport(file: string): Promise<Report> {
  let bytes: Buffer
  try {
    bytes = await readRegularFile(file, MAX_REPORT_BYTES)
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e
    if (e.reason === 'missing') throw new InputError(t('reportDoc.load.missing', { file }))
    if (e.reason === 'folder') throw new InputError(t('reportDoc.load.folder', { file }))
    if (e.reason === 'too-large')
      throw new InputError(
        t('reportDoc.load.tooLarge', { file, size: Math.round(MAX_REPORT_BYTES / 1048576) }),
      )
    throw e
  }
  return parseReport(jsonFileText(bytes), file)
}
