/** File names built from data (a snapshot's ComputerName, a host) reduced to one safe name in one folder. */
import { translate as t } from '../../shared/i18n/translate'
import path from 'node:path'
import { InputError } from '../input-error'

// Windows refuses these as file names whatever the extension (CON.reg is the console).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)$/i
const MAX = 64

/**
 * `raw` as one file-name component: ASCII letters, digits, `.`, `_` and `-` only, no leading dot,
 * no trailing dot or space (Windows drops them), no device name, at most 64 characters; `fallback`
 * when nothing is left. A name from data can never carry a folder separator or `..` through this.
 */
export function safeFileName(raw: string, fallback = 'server'): string {
  const name = raw
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, MAX)
    .replace(/[._]+$/, '')
  if (!name) return fallback
  const stem = name.split('.')[0] ?? ''
  return RESERVED.test(stem) ? `${stem}_${name.slice(stem.length)}` : name
}

/**
 * The path of `name` inside `dir`, refused (InputError) when it would land anywhere else: the last
 * check before every write whose name came from data or from a client.
 */
export function pathInside(dir: string, name: string): string {
  const root = path.resolve(dir)
  const file = path.resolve(root, name)
  const rel = path.relative(root, file)
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep))
    throw new InputError(t('error.file.notPlainName', { name, folder: root }))
  return file
}
