/** Parts of `.reg` lines read in place, without cutting the line: names, `dword:`, hex lists. */
import { parseHexList, REG_TYPE_CODE } from './reg-data'

// The value of each hex digit, by character code; -1 for every other character.
const DIGIT = new Int8Array(65536).fill(-1)
for (let c = 0; c < 16; c++) {
  DIGIT[c.toString(16).charCodeAt(0)] = c
  DIGIT[c.toString(16).toUpperCase().charCodeAt(0)] = c
}

/** The value of the hex number text[from, to) (eight digits at most), or -1 if it is not one. */
export function hexNumber(text: string, from: number, to: number): number {
  if (to <= from || to - from > 8) return -1
  let n = 0
  for (let i = from; i < to; i++) {
    const d = DIGIT[text.charCodeAt(i)] as number
    if (d < 0) return -1
    n = n * 16 + d
  }
  return n
}

/** `dword:` in any case at text[at]. */
export function isDword(text: string, at: number): boolean {
  for (let j = 0; j < 5; j++)
    if ((text.charCodeAt(at + j) | 32) !== DWORD.charCodeAt(j)) return false
  return text.charCodeAt(at + 5) === 0x3a
}

const DWORD = 'dword'

/** `hex:` (REG_BINARY) or `hex(N):` (1-8 digits) at text[at]: the kind, where the list starts. */
export function hexPrefix(text: string, at: number): { kind: number; body: number } | undefined {
  if (!text.startsWith('hex', at)) return undefined
  const p = at + 3
  if (text.charCodeAt(p) === 0x3a) return { kind: REG_TYPE_CODE.REG_BINARY, body: p + 1 }
  if (text.charCodeAt(p) !== 0x28) return undefined
  const close = text.indexOf(')', p)
  const kind = close < 0 ? -1 : hexNumber(text, p + 1, close)
  if (kind < 0 || text.charCodeAt(close + 1) !== 0x3a) return undefined
  return { kind, body: close + 2 }
}

/** What String.prototype.trim removes: white space and line terminators. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)))
}

/**
 * One hex list at a time: start(), add() each line's piece, finish(). Pieces in the form `reg
 * export` writes (`hh,hh,...`, two digits a byte, no spaces) are turned into bytes at once; from
 * the first other piece on, the text is kept and read by parseHexList at the end, so that every
 * list gives the same bytes, or the same error, as parseHexList on all the pieces joined.
 */
export class HexListReader {
  private buf = Buffer.allocUnsafeSlow(1024)
  private n = 0
  private rest: string[] | undefined

  /** Starts a new list. */
  start(): void {
    this.n = 0
    this.rest = undefined
  }

  /** Adds the piece text[from, to) (no trailing backslash); `last`: no line follows. */
  add(text: string, from: number, to: number, last: boolean): void {
    if (this.rest) {
      this.rest.push(text.slice(from, to))
      return
    }
    this.room(Math.ceil((to - from) / 3) + 1)
    const buf = this.buf
    let n = this.n
    let i = from
    // Each step stops where parseHexList expects a byte: the rest can be read from there on.
    while (i + 1 < to) {
      const hi = DIGIT[text.charCodeAt(i)] as number
      const lo = DIGIT[text.charCodeAt(i + 1)] as number
      if ((hi | lo) < 0) break
      if (i + 2 === to) {
        // A byte without a comma after it ends the list: only on its last line.
        if (!last) break
        buf[n++] = hi * 16 + lo
        i += 2
        break
      }
      if (text.charCodeAt(i + 2) !== 44) break
      buf[n++] = hi * 16 + lo
      i += 3
    }
    this.n = n
    if (i < to) this.rest = [text.slice(i, to)]
  }

  /** Ends the list, or throws what `fail` makes of a damaged one; then see bytes() / latin1(). */
  finish(fail: (detail: string) => never): void {
    if (!this.rest) return
    const tail = parseHexList(this.rest.join(''), fail)
    this.rest = undefined
    this.room(tail.length)
    this.buf.set(tail, this.n)
    this.n += tail.length
  }

  /** The bytes, valid until the next start(). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n)
  }

  /** The bytes as a string of one character per byte (a durable, compact copy). */
  latin1(): string {
    return this.buf.toString('latin1', 0, this.n)
  }

  private room(more: number): void {
    if (this.n + more <= this.buf.length) return
    const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.n + more))
    this.buf.copy(bigger, 0, 0, this.n)
    this.buf = bigger
  }
}

/**
 * The value names of the last key, in order: the next key's values often have the same names in
 * the same order (a whole hive is full of such keys), and are then recognized in place, with no
 * cut and no lookup.
 */
export class NameRecall {
  private names: Array<string | undefined> = []
  private last: Array<string | undefined> = []
  private count = 0
  private lastCount = 0

  /** A new key begins. */
  key(): void {
    const names = this.last
    this.last = this.names
    this.names = names
    this.lastCount = this.count
    this.count = 0
  }

  /** The name a `"name"=...` line starts with, if the last key had it at this place. */
  match(line: string): string | undefined {
    const guess = this.count < this.lastCount ? this.last[this.count] : undefined
    if (guess === undefined || line.charCodeAt(guess.length + 1) !== 0x22) return undefined
    return line.startsWith(guess, 1) ? guess : undefined
  }

  /** Notes the name of the value line just read; undefined for one written with escapes. */
  add(name: string | undefined): void {
    this.names[this.count++] = name
  }
}
