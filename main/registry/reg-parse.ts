/** The `.reg` grammar: header, [KEY] and [-KEY] sections, "name"=data lines, comments, continuations. */
import { translate as t } from '../../shared/i18n/translate'
import { decodeTyped, encodeSz, parseHexList, REG_TYPE_CODE, utf16Bytes } from './reg-data'
import { RegFormatError, quoteInput } from './reg-format-error'
import { canonicalKeyPath, RegPathError } from './reg-path'
import type { RegValue } from './reg-value'
import { ownString } from './reg-key-node'
import type { UnterminatedLine } from './reg-decode'

/** The two header lines Windows writes, and what each implies for string data. */
export const REG_HEADERS = {
  v5: 'Windows Registry Editor Version 5.00',
  regedit4: 'REGEDIT4',
} as const

/** Which of the two formats a file is. */
export type RegFormat = keyof typeof REG_HEADERS

/** What a parsed file asks for, in order, as `reg import` would apply it. */
export interface RegSink {
  /** A [KEY] section begins; false: the sink keeps none of its values (they are checked, not built). */
  key(path: string, line: number): boolean | void
  deleteKey(path: string, line: number): void
  value(key: string, name: string, value: RegValue, line: number): void
  deleteValue(key: string, name: string, line: number): void
}

const HEX_PREFIX = /^hex(?:\(([0-9a-fA-F]{1,8})\))?:/
// What parseHexList accepts: bytes of one or two digits, commas between, one trailing comma allowed.
const HEX_LIST = /^[ \t]*(?:[0-9a-fA-F]{1,2}[ \t]*(?:,[ \t]*[0-9a-fA-F]{1,2}[ \t]*)*(?:,[ \t]*)?)?$/

// Inside quotes: \\ and \" as regedit writes them, \r and \n as Wine's reg export writes a REG_SZ
// holding line breaks (and as its reg import reads them).
const ESCAPES = new Map([
  ['\\', '\\'],
  ['"', '"'],
  ['r', '\r'],
  ['n', '\n'],
])

// The header lines, as arguments: never translated.
const HEADER_PARAMS = { v5: REG_HEADERS.v5, regedit4: REG_HEADERS.regedit4 }

/** A line-at-a-time parser: feed it lines (from RegLineDecoder), then call endOfFile() (or end()). */
export class RegParser {
  format: RegFormat | undefined
  private currentKey: string | undefined
  private currentDeleted = false
  private keepValues = true
  private pending: { line: number; name: string; kind: number; text: string[] } | undefined
  // The last header, key or value line not yet followed by a blank line (comments do not count).
  private unclosed: number | undefined

  constructor(
    private readonly file: string,
    private readonly sink: RegSink,
  ) {}

  /** Parses one line (without its line break). */
  line(raw: string, lineNo: number): void {
    if (this.pending) {
      this.unclosed = lineNo
      return this.continuation(raw)
    }
    const text = raw.trim()
    if (text === '') this.unclosed = undefined
    else if (!text.startsWith(';')) this.unclosed = lineNo
    if (!this.format) {
      if (text === '') return
      if (text === REG_HEADERS.v5) this.format = 'v5'
      else if (text === REG_HEADERS.regedit4) this.format = 'regedit4'
      else
        this.fail(lineNo, t('error.reg.badHeader', { ...HEADER_PARAMS, found: quoteInput(text) }))
      return
    }
    if (text === '' || text.startsWith(';')) return
    if (text.startsWith('[')) return this.section(text, lineNo)
    if (text.startsWith('"') || text.startsWith('@')) return this.valueLine(text, lineNo)
    this.fail(lineNo, t('error.reg.badLine', { found: quoteInput(text) }))
  }

  /**
   * Signals the end of a whole file, refusing one that looks cut short: its last line has no line
   * break (`tail`), or its last key is not closed by the blank line that `reg export`, regedit and
   * Wine's reg export all write after every key. A value is never judged from half a file.
   */
  endOfFile(lastLine: number, tail: UnterminatedLine | undefined): void {
    if (tail) {
      // A file that is not a .reg file at all gets the header error rather than "cut short".
      if (!this.format) this.line(tail.text, tail.lineNo)
      this.fail(tail.lineNo, t('error.reg.endsMidLine'))
    }
    this.end(lastLine)
    if (this.unclosed !== undefined) this.fail(this.unclosed, t('error.reg.keyNotClosed'))
  }

  /** Signals the end of input (text that need not be a whole file: no check for a cut). */
  end(lastLine: number): void {
    if (!this.format) this.fail(null, t('error.reg.noHeader', HEADER_PARAMS))
    if (this.pending) {
      this.fail(lastLine, t('error.reg.endsInHex', { line: this.pending.line }))
    }
  }

  private section(text: string, lineNo: number): void {
    const close = text.lastIndexOf(']')
    if (close < 0) this.fail(lineNo, t('error.reg.noCloseBracket', { found: quoteInput(text) }))
    const after = text.slice(close + 1).trim()
    if (after !== '' && !after.startsWith(';'))
      this.fail(lineNo, t('error.reg.textAfterBracket', { found: quoteInput(after) }))
    let inner = text.slice(1, close)
    const deletion = inner.startsWith('-')
    if (deletion) inner = inner.slice(1)
    if (inner.trim() === '') this.fail(lineNo, t('error.reg.emptyKeyName'))
    // Checked here in one pass: canonicalKeyPath's trailing-backslash regex backtracks on long
    // runs of backslashes (quadratic time), so it only ever sees single ones.
    let end = inner.length
    while (end > 0 && inner.charCodeAt(end - 1) === 92) end--
    inner = inner.slice(0, end)
    if (inner.includes('\\\\'))
      this.fail(lineNo, t('error.reg.emptyKeyPart', { found: quoteInput(inner) }))
    let path: string
    try {
      path = canonicalKeyPath(inner)
    } catch (e) {
      if (e instanceof RegPathError) this.fail(lineNo, e.message)
      throw e
    }
    this.currentKey = path
    this.currentDeleted = deletion
    this.keepValues = true
    if (deletion) this.sink.deleteKey(path, lineNo)
    else this.keepValues = this.sink.key(path, lineNo) !== false
  }

  private valueLine(text: string, lineNo: number): void {
    if (!this.currentKey) this.fail(lineNo, t('error.reg.valueBeforeKey'))
    if (this.currentDeleted)
      this.fail(lineNo, t('error.reg.valueUnderDeleted', { key: this.currentKey as string }))
    let name = ''
    let i = 1
    if (text[0] === '"') {
      const q = this.quoted(text, 0, lineNo, 'name')
      name = q.value
      i = q.end
    }
    while (text[i] === ' ' || text[i] === '\t') i++
    if (text[i] !== '=')
      this.fail(lineNo, t('error.reg.noEquals', { found: quoteInput(text.slice(i)) }))
    i++
    while (text[i] === ' ' || text[i] === '\t') i++
    this.data(name, text.slice(i), lineNo)
  }

  private data(name: string, data: string, lineNo: number): void {
    const key = this.currentKey as string
    const c = data[0]
    if (c === '"') {
      const q = this.quoted(data, 0, lineNo, 'string')
      const rest = data.slice(q.end).trim()
      if (rest !== '' && !rest.startsWith(';'))
        this.fail(lineNo, t('error.reg.textAfterQuote', { found: quoteInput(rest) }))
      if (this.keepValues) this.sink.value(key, name, stringValue(q.value), lineNo)
      return
    }
    if (data === '-') return this.sink.deleteValue(key, name, lineNo)
    const lower = data.slice(0, 6).toLowerCase()
    if (lower === 'dword:') {
      const digits = data.slice(6).trim()
      // reg export, regedit and Wine always write eight digits: fewer means a damaged file.
      if (!/^[0-9a-fA-F]{8}$/.test(digits))
        this.fail(lineNo, t('error.reg.badDword', { found: quoteInput(digits) }))
      if (this.keepValues)
        this.sink.value(key, name, { type: 'REG_DWORD', data: parseInt(digits, 16) }, lineNo)
      return
    }
    const m = HEX_PREFIX.exec(data)
    if (!m) this.fail(lineNo, t('error.reg.badData', { found: quoteInput(data) }))
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
    const line = raw.trim()
    if (line.endsWith('\\')) {
      p.text.push(line.slice(0, -1))
      return
    }
    p.text.push(line)
    this.pending = undefined
    this.hexValue(p.name, p.kind, p.text.join(''), p.line)
  }

  private hexValue(name: string, kind: number, text: string, startLine: number): void {
    // A value not kept is only checked: the same grammar as parseHexList, which words the error.
    if (!this.keepValues && HEX_LIST.test(text)) return
    const bytes = parseHexList(text, (detail) => this.fail(startLine, detail))
    if (!this.keepValues) return
    const value = decodeTyped(kind, bytes, this.format === 'v5')
    this.sink.value(this.currentKey as string, name, value, startLine)
  }

  private quoted(
    text: string,
    start: number,
    lineNo: number,
    what: 'name' | 'string',
  ): { value: string; end: number } {
    let i = start + 1
    // Each search starts where the last one ended, so a string of a million escapes stays linear.
    let q = text.indexOf('"', i)
    // Most names and strings hold no backslash: one slice, no pieces to join.
    if (q >= 0 && text.lastIndexOf('\\', q) < i) return { value: text.slice(i, q), end: q + 1 }
    const parts: string[] = []
    for (;;) {
      if (q < 0)
        this.fail(
          lineNo,
          t(what === 'name' ? 'error.reg.nameNotClosed' : 'error.reg.stringNotClosed', {
            found: quoteInput(text),
          }),
        )
      const b = text.indexOf('\\', i)
      if (b < 0 || q < b) {
        parts.push(text.slice(i, q))
        return { value: parts.join(''), end: q + 1 }
      }
      const escaped = ESCAPES.get(text[b + 1] ?? '')
      if (escaped === undefined) {
        this.fail(
          lineNo,
          t(what === 'name' ? 'error.reg.nameBadEscape' : 'error.reg.stringBadEscape', {
            found: quoteInput(text.slice(b, b + 2)),
          }),
        )
      }
      if (b > i) parts.push(text.slice(i, b))
      parts.push(escaped)
      i = b + 2
      if (q < i) q = text.indexOf('"', i)
    }
  }

  private fail(line: number | null, detail: string): never {
    throw new RegFormatError(this.file, line, detail)
  }
}

// A lone surrogate (Wine's reg export writes one as it is) is not text: the value is kept as the
// bytes Windows holds, the same REG_RAW the hex(1) form and the live adapters give.
function stringValue(s: string): RegValue {
  if (!LONE_SURROGATE.test(s)) return { type: 'REG_SZ', data: ownString(s) }
  return decodeTyped(REG_TYPE_CODE.REG_SZ, utf16Bytes(encodeSz(s)), true)
}

const LONE_SURROGATE = /\p{Cs}/u
