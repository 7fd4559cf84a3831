/** The `.reg` grammar: header, [KEY] and [-KEY] sections, "name"=data lines, comments, continuations. */
import { decodeTyped, REG_TYPE_CODE } from './reg-data'
import { RegFormatError, quoteInput } from './reg-format-error'
import { canonicalKeyPath, RegPathError } from './reg-path'
import type { RegValue } from './reg-value'
import { ownString } from './reg-key-node'

/** The two header lines Windows writes, and what each implies for string data. */
export const REG_HEADERS = {
  v5: 'Windows Registry Editor Version 5.00',
  regedit4: 'REGEDIT4',
} as const

/** Which of the two formats a file is. */
export type RegFormat = keyof typeof REG_HEADERS

/** What a parsed file asks for, in order, as `reg import` would apply it. */
export interface RegSink {
  key(path: string, line: number): void
  deleteKey(path: string, line: number): void
  value(key: string, name: string, value: RegValue, line: number): void
  deleteValue(key: string, name: string, line: number): void
}

const HEX_PREFIX = /^hex(?:\(([0-9a-fA-F]{1,8})\))?:/

/** A line-at-a-time parser; feed it lines (from RegLineDecoder), then call end(). */
export class RegParser {
  format: RegFormat | undefined
  private currentKey: string | undefined
  private currentDeleted = false
  private pending: { line: number; name: string; kind: number; text: string[] } | undefined

  constructor(
    private readonly file: string,
    private readonly sink: RegSink,
  ) {}

  /** Parses one line (without its line break). */
  line(raw: string, lineNo: number): void {
    if (this.pending) return this.continuation(raw)
    const text = raw.trim()
    if (!this.format) {
      if (text === '') return
      if (text === REG_HEADERS.v5) this.format = 'v5'
      else if (text === REG_HEADERS.regedit4) this.format = 'regedit4'
      else
        this.fail(
          lineNo,
          `expected the header "${REG_HEADERS.v5}" or "${REG_HEADERS.regedit4}", found ${quoteInput(text)}`,
        )
      return
    }
    if (text === '' || text.startsWith(';')) return
    if (text.startsWith('[')) return this.section(text, lineNo)
    if (text.startsWith('"') || text.startsWith('@')) return this.valueLine(text, lineNo)
    this.fail(
      lineNo,
      `expected a [KEY] line, a "name"=value line, @=value or a ; comment, found ${quoteInput(text)}`,
    )
  }

  /** Signals the end of input. */
  end(lastLine: number): void {
    if (!this.format)
      this.fail(
        null,
        `no header: expected "${REG_HEADERS.v5}" or "${REG_HEADERS.regedit4}" on the first line`,
      )
    if (this.pending) {
      this.fail(
        lastLine,
        `the file ends inside a hex value continued with "\\" (it started on line ${this.pending.line}): it looks truncated`,
      )
    }
  }

  private section(text: string, lineNo: number): void {
    const close = text.lastIndexOf(']')
    if (close < 0) this.fail(lineNo, `expected "]" to close the key name ${quoteInput(text)}`)
    const after = text.slice(close + 1).trim()
    if (after !== '' && !after.startsWith(';'))
      this.fail(lineNo, `unexpected text after "]": ${quoteInput(after)}`)
    let inner = text.slice(1, close)
    const deletion = inner.startsWith('-')
    if (deletion) inner = inner.slice(1)
    if (inner.trim() === '') this.fail(lineNo, 'empty key name in [ ]')
    let path: string
    try {
      path = canonicalKeyPath(inner)
    } catch (e) {
      if (e instanceof RegPathError) this.fail(lineNo, e.message)
      throw e
    }
    this.currentKey = path
    this.currentDeleted = deletion
    if (deletion) this.sink.deleteKey(path, lineNo)
    else this.sink.key(path, lineNo)
  }

  private valueLine(text: string, lineNo: number): void {
    if (!this.currentKey) this.fail(lineNo, 'a value line before any [KEY] line')
    if (this.currentDeleted)
      this.fail(lineNo, `a value under [-${this.currentKey}], a key this file deletes`)
    let name = ''
    let i = 1
    if (text[0] === '"') {
      const q = this.quoted(text, 0, lineNo, 'value name')
      name = q.value
      i = q.end
    }
    while (text[i] === ' ' || text[i] === '\t') i++
    if (text[i] !== '=')
      this.fail(lineNo, `expected "=" after the value name, found ${quoteInput(text.slice(i))}`)
    i++
    while (text[i] === ' ' || text[i] === '\t') i++
    this.data(name, text.slice(i), lineNo)
  }

  private data(name: string, data: string, lineNo: number): void {
    const key = this.currentKey as string
    const c = data[0]
    if (c === '"') {
      const q = this.quoted(data, 0, lineNo, 'string value')
      const rest = data.slice(q.end).trim()
      if (rest !== '' && !rest.startsWith(';'))
        this.fail(lineNo, `unexpected text after the closing quote: ${quoteInput(rest)}`)
      return this.sink.value(key, name, { type: 'REG_SZ', data: ownString(q.value) }, lineNo)
    }
    if (data === '-') return this.sink.deleteValue(key, name, lineNo)
    const lower = data.slice(0, 6).toLowerCase()
    if (lower === 'dword:') {
      const digits = data.slice(6).trim()
      if (!/^[0-9a-fA-F]{1,8}$/.test(digits))
        this.fail(lineNo, `expected 1 to 8 hex digits after "dword:", found ${quoteInput(digits)}`)
      return this.sink.value(key, name, { type: 'REG_DWORD', data: parseInt(digits, 16) }, lineNo)
    }
    const m = HEX_PREFIX.exec(data)
    if (!m)
      this.fail(
        lineNo,
        `expected a "string", dword:, hex:, hex(N): or - after "=", found ${quoteInput(data)}`,
      )
    const kind = m[1] === undefined ? REG_TYPE_CODE.REG_BINARY : parseInt(m[1], 16)
    const body = data.slice(m[0].length)
    const trimmed = body.trimEnd()
    if (trimmed.endsWith('\\')) {
      this.pending = { line: lineNo, name, kind, text: [trimmed.slice(0, -1)] }
      return
    }
    this.hexValue(name, kind, body, lineNo)
  }

  private continuation(raw: string): void {
    const p = this.pending as NonNullable<RegParser['pending']>
    const t = raw.trim()
    if (t.endsWith('\\')) {
      p.text.push(t.slice(0, -1))
      return
    }
    p.text.push(t)
    this.pending = undefined
    this.hexValue(p.name, p.kind, p.text.join(''), p.line)
  }

  private hexValue(name: string, kind: number, text: string, startLine: number): void {
    const bytes = parseHexList(text, (detail) => this.fail(startLine, detail))
    const value = decodeTyped(kind, bytes, this.format === 'v5')
    this.sink.value(this.currentKey as string, name, value, startLine)
  }

  private quoted(
    text: string,
    start: number,
    lineNo: number,
    what: string,
  ): { value: string; end: number } {
    let i = start + 1
    let out = ''
    for (;;) {
      const q = text.indexOf('"', i)
      const b = text.indexOf('\\', i)
      if (q < 0)
        this.fail(lineNo, `the ${what} is not closed with a double quote: ${quoteInput(text)}`)
      if (b < 0 || q < b) return { value: out + text.slice(i, q), end: q + 1 }
      const next = text[b + 1]
      if (next !== '\\' && next !== '"') {
        this.fail(
          lineNo,
          `in the ${what}, a backslash must be doubled (\\\\) or escape a quote (\\"), found ${quoteInput(text.slice(b, b + 2))}`,
        )
      }
      out += text.slice(i, b) + next
      i = b + 2
    }
  }

  private fail(line: number | null, detail: string): never {
    throw new RegFormatError(this.file, line, detail)
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 87
  if (c >= 65 && c <= 70) return c - 55
  return -1
}

let scratch = new Uint8Array(1024)

/**
 * Parses `01,ff, 2a` (the list after `hex:`); a trailing comma is allowed. The answer is a view of
 * a scratch buffer, valid until the next call: copy what you keep (decodeTyped does).
 */
export function parseHexList(s: string, fail: (detail: string) => never): Uint8Array {
  if (scratch.length < (s.length >> 1) + 1) scratch = new Uint8Array((s.length >> 1) + 1)
  const out = scratch
  let n = 0
  let i = 0
  const len = s.length
  const skip = () => {
    while (i < len && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++
  }
  skip()
  while (i < len) {
    const d1 = hexDigit(s.charCodeAt(i))
    if (d1 < 0) fail(`expected a hex byte (00 to ff) at ${quoteInput(s.slice(i, i + 8))}`)
    const d2 = i + 1 < len ? hexDigit(s.charCodeAt(i + 1)) : -1
    out[n++] = d2 < 0 ? d1 : d1 * 16 + d2
    i += d2 < 0 ? 1 : 2
    skip()
    if (i >= len) break
    if (s.charCodeAt(i) !== 44)
      fail(`expected "," between hex bytes at ${quoteInput(s.slice(i, i + 8))}`)
    i++
    skip()
  }
  return out.subarray(0, n)
}
