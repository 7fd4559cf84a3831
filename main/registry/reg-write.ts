/** Writes `.reg` text ("Windows Registry Editor Version 5.00") as regedit and `reg export` do. */
import { encodeTyped, utf16Bytes } from './reg-data'
import { canonicalKeyPath } from './reg-path'
import { REG_HEADERS } from './reg-parse'
import type { RegistryTree } from './registry-tree'
import type { RegValue } from './reg-value'

/** A value line: set `name` to `value`, or delete it (`"name"=-`) when value is null. */
export interface RegEntry {
  name: string
  value: RegValue | null
}

/** A `[KEY]` section with its value lines, or a `[-KEY]` deletion. */
export interface RegSection {
  path: string
  deleteKey?: boolean
  entries: RegEntry[]
}

const LINE = 80

// A line break cannot stand inside quotes: it is written \r or \n, as Wine's reg export does (string
// data holding one is written as hex(1) instead, which every importer reads; a name has no such form).
const QUOTED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\r': '\\r',
  '\n': '\\n',
}

function quote(s: string): string {
  return `"${s.replace(/[\\"\r\n]/g, (c) => QUOTED_ESCAPES[c] as string)}"`
}

function hexLines(prefix: string, bytes: Uint8Array): string {
  const lines: string[] = []
  let current = prefix
  for (let i = 0; i < bytes.length; i++) {
    const piece =
      (bytes[i] as number).toString(16).padStart(2, '0') + (i < bytes.length - 1 ? ',' : '')
    // Keep every line within 80 columns, the trailing "\" included, as regedit does.
    if (current.length + piece.length > LINE - 1) {
      lines.push(`${current}\\`)
      current = '  '
    }
    current += piece
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** One `"name"=data` line (possibly continued over several lines). */
export function formatValueLine(name: string, value: RegValue | null): string {
  const lhs = name === '' ? '@=' : `${quote(name)}=`
  if (value === null) return `${lhs}-`
  // A string with a NUL or a line break cannot sit between quotes on one line: write its bytes.
  if (value.type === 'REG_SZ' && !/[\0\r\n]/.test(value.data)) return lhs + quote(value.data)
  if (value.type === 'REG_DWORD') return `${lhs}dword:${value.data.toString(16).padStart(8, '0')}`
  const { kind, bytes } = encodeTyped(value)
  const tag = value.type === 'REG_BINARY' ? 'hex:' : `hex(${kind.toString(16)}):`
  return hexLines(lhs + tag, bytes)
}

/** The whole file text, CRLF line ends, header first, then `;` comment lines if any. */
export function writeRegText(
  sections: readonly RegSection[],
  comments: readonly string[] = [],
): string {
  const out: string[] = [
    REG_HEADERS.v5,
    '',
    ...comments.map((c) => `; ${c.replace(/[\r\n]+/g, ' ')}`),
  ]
  if (comments.length) out.push('')
  for (const s of sections) {
    // regedit and reg import want the full root key names (HKEY_LOCAL_MACHINE, never HKLM).
    const path = canonicalKeyPath(s.path)
    out.push(s.deleteKey ? `[-${path}]` : `[${path}]`)
    if (!s.deleteKey) for (const e of s.entries) out.push(formatValueLine(e.name, e.value))
    out.push('')
  }
  return `${out.join('\r\n')}\r\n`
}

/** The bytes `reg import` expects: UTF-16LE with a byte-order mark. */
export function encodeRegFile(text: string): Uint8Array {
  const body = utf16Bytes(text)
  const out = new Uint8Array(body.length + 2)
  out[0] = 0xff
  out[1] = 0xfe
  out.set(body, 2)
  return out
}

/** Sections for the keys at `paths` and everything below them (the whole tree when omitted). */
export function sectionsFromTree(tree: RegistryTree, paths?: readonly string[]): RegSection[] {
  const sections: RegSection[] = []
  for (const root of paths ?? [undefined]) {
    for (const [path, node] of tree.walk(root)) {
      // Parents that were only implied by a subkey (and hive roots) are recreated by reg import
      // anyway; leaving them out keeps a rewritten export identical to the original.
      if (
        node.valueCount === 0 &&
        node.subkeys.length > 0 &&
        (!node.explicit || !path.includes('\\'))
      )
        continue
      sections.push({
        path,
        entries: node.values.map((v) => ({ name: v.name, value: v.value })),
      })
    }
  }
  return sections
}
