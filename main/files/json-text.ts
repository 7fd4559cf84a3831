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

/**
 * A saved JSON file's text, whatever Windows wrote it in: UTF-8 (with or without a BOM), or UTF-16
 * with its BOM, as Windows PowerShell 5.1's `tlswizard diagnose --json > before.json` writes it
 * (big-endian too), or without one where the bytes show it (every other byte 0 in plain JSON).
 */
export function jsonFileText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const wide = utf16BomText(b)
  if (wide !== undefined) return wide
  if (b.length >= 2 && b.length % 2 === 0 && b[0] !== 0 && b[1] === 0) return b.toString('utf16le')
  return b.toString('utf8').replace(/^\uFEFF/, '')
}

/** Text with a UTF-16 byte order mark (little- or big-endian), decoded; undefined without one. */
export function utf16BomText(b: Buffer): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le')
  if (b[0] === 0xfe && b[1] === 0xff)
    return Buffer.from(b.subarray(2, b.length - (b.length % 2)))
      .swap16()
      .toString('utf16le')
  return undefined
}
