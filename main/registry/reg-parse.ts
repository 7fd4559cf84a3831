/** The `.reg` grammar: header, [KEY] and [-KEY] sections, "name"=data lines, comments, continuations. */
import { translate as t } from '../../shared/i18n/translate'
import { decodeTyped, encodeSz, REG_TYPE_CODE, utf16Bytes } from './reg-data'
import { RegFormatError, quoteInput } from './reg-format-error'
import { hexNumber, hexPrefix, HexListReader, isDword, isSpace, NameRecall } from './reg-scan'
import { canonicalKeyPath, isCanonicalKeyPath, RegPathError } from './reg-path'
import type { RegValue } from './reg-value'
import { internName, ownString } from './reg-key-node'
import type { UnterminatedLine } from './reg-decode'

/** The two header lines Windows writes, and what each implies for string data. */
export const REG_HEADERS = {
  v5: 'Windows Registry Editor Version 5.00',
  regedit4: 'REGEDIT4',
} as const

/** Which of the two formats a file is. */
export type RegFormat = keyof typeof REG_HEADERS

/**
 * What a parsed file asks for, in order, as `reg import` would apply it. Strings may be views of
 * the file's text: copy (ownString) what is kept long.
 */
export interface RegSink {
  /** A [KEY] section begins; false: the sink keeps none of its values (they are checked, not built). */
  key(path: string, line: number): boolean | void
  deleteKey(path: string, line: number): void
  value(key: string, name: string, value: RegValue, line: number): void
  /**
   * Optional: a `hex(kind):` value as its bytes, one character per byte (`wide`: a Version 5.00
   * file), for a sink that decodes them only when read. Without it, value() gets them decoded.
   */
  bytes?(key: string, name: string, kind: number, bytes: string, wide: boolean, line: number): void
  deleteValue(key: string, name: string, line: number): void
}

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
  // A hex list continued over lines: its first line, name and kind (its bytes are in `hex`).
  private pending: { line: number; name: string; kind: number } | undefined
  private readonly hex = new HexListReader()
  private hexLine = 0
  private readonly hexFail = (detail: string): never => this.fail(this.hexLine, detail)
  private readonly names = new NameRecall()
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
    let path = inner
    if (!isCanonicalKeyPath(inner))
      try {
        path = canonicalKeyPath(inner)
      } catch (e) {
        if (e instanceof RegPathError) this.fail(lineNo, e.message)
        throw e
      }
    this.currentKey = path
    this.names.key()
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
    let plain = true
    if (text[0] === '"') {
      const known = this.names.match(text)
      if (known !== undefined) {
        name = known
        i = known.length + 2
      } else {
        const q = this.quoted(text, 0, lineNo, 'name')
        name = internName(q.value)
        i = q.end
        plain = !q.owned
      }
    }
    // Only a name written without escapes reads the same in place as quoted.
    this.names.add(plain ? name : undefined)
    while (text[i] === ' ' || text[i] === '\t') i++
    if (text[i] !== '=')
      this.fail(lineNo, t('error.reg.noEquals', { found: quoteInput(text.slice(i)) }))
    i++
    while (text[i] === ' ' || text[i] === '\t') i++
    this.data(name, text, i, lineNo)
  }

  // The data of a value line: text from `at` on (the line is trimmed).
  private data(name: string, text: string, at: number, lineNo: number): void {
    const key = this.currentKey as string
    const c = text.charCodeAt(at)
    if (c === 0x22) {
      const q = this.quoted(text, at, lineNo, 'string')
      const rest = q.end === text.length ? '' : text.slice(q.end).trim()
      if (rest !== '' && !rest.startsWith(';'))
        this.fail(lineNo, t('error.reg.textAfterQuote', { found: quoteInput(rest) }))
      if (this.keepValues) this.sink.value(key, name, stringValue(q.value, q.owned), lineNo)
      return
    }
    if (c === 0x2d && text.length === at + 1) return this.sink.deleteValue(key, name, lineNo)
    if (isDword(text, at)) {
      // reg export, regedit and Wine always write eight digits: fewer means a damaged file.
      let n = text.length === at + 14 ? hexNumber(text, at + 6, at + 14) : -1
      if (n < 0) {
        const digits = text.slice(at + 6).trim()
        if (!/^[0-9a-fA-F]{8}$/.test(digits))
          this.fail(lineNo, t('error.reg.badDword', { found: quoteInput(digits) }))
        n = parseInt(digits, 16)
      }
      if (this.keepValues) this.sink.value(key, name, { type: 'REG_DWORD', data: n }, lineNo)
      return
    }
    const prefix = hexPrefix(text, at)
    if (!prefix) this.fail(lineNo, t('error.reg.badData', { found: quoteInput(text.slice(at)) }))
    this.hex.start()
    // The line is trimmed: a trailing backslash is its last character.
    if (text.length > prefix.body && text.charCodeAt(text.length - 1) === 0x5c) {
      this.hex.add(text, prefix.body, text.length - 1, false)
      this.pending = { line: lineNo, name, kind: prefix.kind }
      return
    }
    this.hex.add(text, prefix.body, text.length, true)
    this.hexValue(name, prefix.kind, lineNo)
  }

  private continuation(raw: string): void {
    const p = this.pending as NonNullable<RegParser['pending']>
    // The line trimmed, as String.prototype.trim would, without cutting it.
    let from = 0
    let to = raw.length
    while (from < to && isSpace(raw.charCodeAt(from))) from++
    while (to > from && isSpace(raw.charCodeAt(to - 1))) to--
    if (to > from && raw.charCodeAt(to - 1) === 0x5c) {
      this.hex.add(raw, from, to - 1, false)
      return
    }
    this.hex.add(raw, from, to, true)
    this.pending = undefined
    this.hexValue(p.name, p.kind, p.line)
  }

  private hexValue(name: string, kind: number, startLine: number): void {
    // A value not kept is only checked.
    this.hexLine = startLine
    this.hex.finish(this.hexFail)
    if (!this.keepValues) return
    const key = this.currentKey as string
    const wide = this.format === 'v5'
    if (this.sink.bytes) this.sink.bytes(key, name, kind, this.hex.latin1(), wide, startLine)
    else this.sink.value(key, name, decodeTyped(kind, this.hex.bytes(), wide), startLine)
  }

  private quoted(
    text: string,
    start: number,
    lineNo: number,
    what: 'name' | 'string',
  ): { value: string; end: number; owned: boolean } {
    let i = start + 1
    // Each search starts where the last one ended, so a string of a million escapes stays linear.
    let q = text.indexOf('"', i)
    // Most names and strings hold no backslash: one slice (a view of the line), no pieces to join.
    if (q >= 0 && text.lastIndexOf('\\', q) < i)
      return { value: text.slice(i, q), end: q + 1, owned: false }
    const parts: string[] = []
    for (;;) {
      if (q < 0)
        this.fail(
          lineNo,
          t(what === 'name' ? 'error.reg.nameNotClosed' : 'error.reg.stringNotClosed', {
            found: quoteInput(text.slice(start)),
          }),
        )
      const b = text.indexOf('\\', i)
      if (b < 0 || q < b) {
        parts.push(text.slice(i, q))
        // At least two pieces (an escape was seen): the join is a fresh string.
        return { value: parts.join(''), end: q + 1, owned: true }
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
function stringValue(s: string, owned: boolean): RegValue {
  if (!LONE_SURROGATE.test(s)) return { type: 'REG_SZ', data: owned ? s : ownString(s) }
  return decodeTyped(REG_TYPE_CODE.REG_SZ, utf16Bytes(encodeSz(s)), true)
}

const LONE_SURROGATE = /\p{Cs}/u
