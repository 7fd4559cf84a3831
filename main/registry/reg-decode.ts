/** Turns the bytes of a `.reg` file into numbered lines, detecting its encoding. */
import { translate as t } from '../../shared/i18n/translate'
import { isAscii } from 'node:buffer'
import { RegFormatError } from './reg-format-error'

/** The text encodings `.reg` files come in. */
export type RegEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252'

/** Longest line we accept (a REG_SZ can be long, a binary blob is not a line). */
const MAX_LINE = 16 * 1024 * 1024
/** Most bytes of an 8-bit file held until its end (from its first byte that is not ASCII). */
const MAX_NARROW = 64 * 1024 * 1024
// 8-bit files are decoded this much at a time, so that no decoded string is larger than this.
const SLICE = 64 * 1024

/** Receives lines in order; numbering starts at 1. */
export type LineSink = (line: string, lineNo: number) => void

/** The last line of a file that does not end with a line break. */
export interface UnterminatedLine {
  text: string
  lineNo: number
}

/**
 * A push decoder: feed it chunks, it calls `sink` for every complete line, in linear time. UTF-16
 * files (what `reg export` writes) are decoded as they stream. 8-bit files stream too while they
 * are ASCII, which UTF-8 and the ANSI code page read alike; from the first other byte on they are
 * kept and decoded at `end()`, once we know whether the whole file is UTF-8.
 */
export class RegLineDecoder {
  private encoding: RegEncoding | undefined
  private narrow = false
  private head: Uint8Array[] = []
  private headBytes = 0
  private skip = 0
  private held: Uint8Array[] | undefined
  private heldBytes = 0
  private carry = -1
  private bom = true
  private rest: string[] = []
  private restLength = 0
  private lineNo = 0
  private totalBytes = 0

  constructor(
    private readonly file: string,
    private readonly sink: LineSink,
  ) {}

  /** The encoding found (after the first bytes or at the end). */
  get detected(): RegEncoding | undefined {
    return this.encoding
  }

  /** Feeds the next chunk of the file (the caller may reuse its buffer afterwards). */
  push(chunk: Uint8Array): void {
    this.totalBytes += chunk.length
    if (this.encoding) return this.wide(chunk) // before the end, only UTF-16 is known
    if (this.narrow) return this.eightBit(chunk)
    this.head.push(new Uint8Array(chunk))
    this.headBytes += chunk.length
    if (this.headBytes < 4) return
    const first = firstBytes(this.head, 4)
    const head = this.head
    this.head = []
    this.encoding = detectWide(first)
    this.narrow = !this.encoding
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) this.skip = 3 // UTF-8 BOM
    for (const c of head)
      if (this.encoding) this.wide(c)
      else this.eightBit(c)
  }

  /**
   * Signals the end of the file. Returns its last line when no line break ends it (a file cut
   * short, as a rule): the caller decides what that means.
   */
  end(): UnterminatedLine | undefined {
    if (this.totalBytes === 0) this.fail(null, t('error.reg.empty'))
    if (this.narrow) this.endEightBit()
    else if (!this.encoding) this.fail(null, t('error.reg.tooShort', { bytes: this.headBytes }))
    else if (this.carry >= 0) {
      this.fail(this.lineNo + 1, t('error.reg.oddBytes', { encoding: this.encoding }))
    }
    if (this.restLength === 0) return undefined
    const text = this.rest.join('')
    this.rest = []
    this.restLength = 0
    this.refuseBinary(text, this.lineNo + 1)
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text, lineNo: this.lineNo + 1 }
  }

  // UTF-16 is decoded code unit for code unit: an unpaired surrogate (which Wine's reg export
  // writes as it is) stays in the text, so the data is kept exactly and no line is misnumbered.
  private wide(chunk: Uint8Array): void {
    let bytes = chunk
    if (bytes.length === 0) return
    if (this.carry >= 0) {
      this.units(Uint8Array.of(this.carry, bytes[0] as number))
      this.carry = -1
      bytes = bytes.subarray(1)
    }
    if (bytes.length % 2 === 1) {
      this.carry = bytes[bytes.length - 1] as number
      bytes = bytes.subarray(0, bytes.length - 1)
    }
    if (bytes.length > 0) this.units(bytes)
  }

  private units(bytes: Uint8Array): void {
    let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    if (this.encoding === 'utf-16be') buf = Buffer.from(buf).swap16()
    let s = buf.toString('utf16le')
    if (this.bom) {
      this.bom = false
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1)
    }
    this.text(s)
  }

  private eightBit(chunk: Uint8Array): void {
    const drop = Math.min(this.skip, chunk.length)
    this.skip -= drop
    let bytes = chunk.subarray(drop)
    if (!this.held) {
      // The ASCII part goes out now; what follows is kept whatever the chunking, so that errors
      // come in the same order however the file arrives.
      const ascii = isAscii(bytes) ? bytes.length : bytes.findIndex((b) => b >= 0x80)
      this.text(Buffer.from(bytes.buffer, bytes.byteOffset, ascii).toString('latin1'))
      if (ascii === bytes.length) return
      bytes = bytes.subarray(ascii)
      this.held = []
    }
    this.held.push(new Uint8Array(bytes))
    this.heldBytes += bytes.length
    if (this.heldBytes > MAX_NARROW) this.fail(null, t('error.reg.tooLarge8bit'))
  }

  private endEightBit(): void {
    const held = this.held ?? []
    // Not UTF-8: REGEDIT4 files and files saved as "ANSI" use the Windows code page.
    this.encoding = isUtf8(held) ? 'utf-8' : 'windows-1252'
    const decoder = new TextDecoder(this.encoding, { ignoreBOM: true })
    for (const c of held)
      for (let at = 0; at < c.length; at += SLICE)
        this.text(decoder.decode(c.subarray(at, at + SLICE), { stream: true }))
    this.text(decoder.decode())
  }

  // Only the new text is searched for line breaks; a line split over chunks is joined once. A line
  // within one chunk is cut once, without its CR.
  private text(s: string): void {
    let from = 0
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      if (this.restLength > 0) {
        this.rest.push(s.slice(from, nl))
        const line = this.rest.join('')
        this.rest = []
        this.restLength = 0
        const cr = line.endsWith('\r')
        this.emit(cr ? line.slice(0, -1) : line, line.length)
      } else {
        const cr = nl > from && s.charCodeAt(nl - 1) === 13
        this.emit(s.slice(from, cr ? nl - 1 : nl), nl - from)
      }
      from = nl + 1
    }
    if (from === s.length) return
    this.restLength += s.length - from
    if (this.restLength > MAX_LINE)
      this.fail(this.lineNo + 1, t('error.reg.lineTooLong', { max: MAX_LINE }))
    this.rest.push(from === 0 ? s : s.slice(from))
  }

  // `line` without its CR; `length` with it.
  private emit(line: string, length: number): void {
    if (length > MAX_LINE) this.fail(this.lineNo + 1, t('error.reg.lineTooLong', { max: MAX_LINE }))
    this.refuseBinary(line, this.lineNo + 1)
    this.lineNo++
    this.sink(line, this.lineNo)
  }

  // Checked line by line (not chunk by chunk), so that the first error is the same however the
  // file arrives.
  private refuseBinary(line: string, lineNo: number): void {
    if (this.narrow && line.includes('\0')) this.fail(lineNo, t('error.reg.binary'))
  }

  private fail(line: number | null, detail: string): never {
    throw new RegFormatError(this.file, line, detail)
  }
}

function detectWide(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  // No BOM: ASCII text in UTF-16 has every other byte zero.
  if (b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le'
  if (b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return 'utf-16be'
  return undefined
}

function firstBytes(chunks: readonly Uint8Array[], n: number): Uint8Array {
  const out: number[] = []
  for (const c of chunks) {
    for (let i = 0; i < c.length && out.length < n; i++) out.push(c[i] as number)
    if (out.length >= n) break
  }
  return Uint8Array.from(out)
}

function isUtf8(chunks: readonly Uint8Array[]): boolean {
  // A streaming check, so that a character split between two chunks is seen whole.
  const check = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    for (const c of chunks)
      for (let at = 0; at < c.length; at += SLICE)
        check.decode(c.subarray(at, at + SLICE), { stream: true })
    check.decode()
    return true
  } catch {
    return false
  }
}
