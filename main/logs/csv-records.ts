/**
 * A streaming CSV record splitter for protocol logs: `#` header lines, quoted fields with doubled
 * quotes, commas and line breaks inside quotes, CRLF or LF. Text arrives in chunks of any size.
 */

/** A record longer than the limit: not a protocol log, or a damaged one. */
export class CsvRecordError extends Error {
  override name = 'CsvRecordError'
}

/** Where records go. The `fields` array is reused: read it during the call only. */
export interface CsvSink {
  /** A line starting with `#` (`#Fields: ...`), without its line break. */
  comment(line: string): void
  /** A data record; `last` is true for a final record that had no line break after it. */
  record(fields: string[], count: number, last: boolean): void
}

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10
const HASH = 35

/** Splits text into records and hands them to a sink. */
export class CsvRecords {
  private carry = ''
  private last = false
  private readonly fields: string[] = []

  constructor(
    private readonly sink: CsvSink,
    /** Characters one record may take: real rows are a few KB at most. */
    private readonly maxRecord = 1 << 20,
  ) {}

  /** Takes the next piece of text. Throws CsvRecordError when a record grows past the limit. */
  push(text: string): void {
    const s = this.carry.length ? this.carry + text : text
    const n = s.length
    const f = this.fields
    let pos = 0
    // The next quote at or after pos, looked up again only once passed (one scan per chunk).
    let quoteAt = s.indexOf('"')
    while (pos < n) {
      const nl = s.indexOf('\n', pos)
      if (nl === -1) break
      if (s.charCodeAt(pos) === HASH) {
        this.sink.comment(s.slice(pos, s.charCodeAt(nl - 1) === CR ? nl - 1 : nl))
        pos = nl + 1
        continue
      }
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = s.indexOf('"', pos)
      if (quoteAt !== -1 && quoteAt < nl) {
        const next = this.quoted(s, pos)
        if (next < 0) break
        pos = next
        continue
      }
      const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl
      if (end > pos) {
        let count = 0
        let start = pos
        for (;;) {
          const c = s.indexOf(',', start)
          if (c === -1 || c >= end) {
            f[count++] = s.slice(start, end)
            break
          }
          f[count++] = s.slice(start, c)
          start = c + 1
        }
        this.sink.record(f, count, this.last)
      }
      pos = nl + 1
    }
    this.carry = pos < n ? s.slice(pos) : ''
    if (this.carry.length > this.maxRecord)
      throw new CsvRecordError(
        `a line longer than ${Math.round(this.maxRecord / 1024)} KB (protocol log rows are a few KB at most)`,
      )
  }

  /** Ends the text; true when it stopped inside a quoted field (a truncated last record). */
  end(): boolean {
    if (!this.carry) return false
    const rest = this.carry
    this.carry = ''
    this.last = true
    this.push(`${rest}\n`)
    const truncated = this.carry.length > 0
    this.carry = ''
    return truncated
  }

  /** Parses one record that holds quotes from `pos`; returns where the next starts, or -1 for more text. */
  private quoted(s: string, pos: number): number {
    const f = this.fields
    const n = s.length
    let count = 0
    let i = pos
    for (;;) {
      let value = ''
      if (s.charCodeAt(i) === QUOTE) {
        let j = i + 1
        for (;;) {
          const q = s.indexOf('"', j)
          // A quote as the last character may be the first of a doubled pair: wait for more.
          if (q === -1 || q === n - 1) return -1
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(j, q + 1)
            j = q + 2
            continue
          }
          value += s.slice(j, q)
          i = q + 1
          break
        }
      }
      // Up to the next comma or line break (the rest of an unquoted field, or junk after a quote).
      let stop = i
      while (stop < n) {
        const c = s.charCodeAt(stop)
        if (c === COMMA || c === LF) break
        stop++
      }
      if (stop >= n) return -1
      const endOfText = s.charCodeAt(stop) === LF && s.charCodeAt(stop - 1) === CR ? stop - 1 : stop
      if (endOfText > i) value += s.slice(i, endOfText)
      f[count++] = value
      if (s.charCodeAt(stop) === LF) {
        this.sink.record(f, count, this.last)
        return stop + 1
      }
      i = stop + 1
    }
  }
}
