/** What went wrong in a JSON text, said without quoting the text (errors never echo file content). */
import { translate as t } from '../../shared/i18n/translate'

/**
 * V8's JSON.parse messages quote the input (`Unexpected token 'x', "secret..." is not valid JSON`):
 * keep only where it failed.
 */
export function jsonSyntaxDetail(e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e)
  const at = /position (\d+)/.exec(reason)?.[1]
  const lineCol = /line (\d+) column (\d+)/.exec(reason)
  if (lineCol) return t('error.json.atLine', { line: lineCol[1] ?? '', column: lineCol[2] ?? '' })
  if (at !== undefined) return t('error.json.atCharacter', { position: Number(at) + 1 })
  if (/end of JSON input/i.test(reason)) return t('error.json.endsEarly')
  return t('error.json.invalid')
}
