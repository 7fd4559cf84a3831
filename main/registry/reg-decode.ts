/** Turns the bytes of a `.reg` file into numbered lines, detecting its encoding. */
import { RegFormatError } from './reg-format-error'

/** The text encodings `.reg` files come in. */
export type RegEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252'

/** Longest line we accept (a REG_SZ can be long, a binary blob is not a line). */
const MAX_LINE = 16 * 1024 * 1024

/** Receives lines in order; numbering starts at 1. */
export type LineSink = (line: string, lineNo: number) => void

/**
 * A push decoder: feed it chunks, it calls `sink` for every complete line. UTF-16 files (what
 * `reg export` writes) are decoded as they stream; 8-bit files are small and decoded at `end()`,
 * once we know whether they are UTF-8 or the ANSI code page.
 */
export class RegLineDecoder {
  private encoding: RegEncoding | undefined
  private decoder: TextDecoder | undefined
  private head: Uint8Array[] = []
  private headBytes = 0
  private rest = ''
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

  /** Feeds the next chunk of the file. */
  push(chunk: Uint8Array): void {
    this.totalBytes += chunk.length
    if (this.decoder) return this.text(this.decode(chunk, true))
    this.head.push(chunk.slice()) // callers may reuse their buffer
    this.headBytes += chunk.length
    if (this.headBytes < 4) return
    const head = concat(this.head)
    const wide = detectWide(head)
    if (!wide) {
      this.head = [head] // 8-bit: wait for the whole file
      if (this.headBytes > 64 * 1024 * 1024)
        this.fail(null, 'file is too large for an 8-bit .reg file')
      return
    }
    this.encoding = wide.encoding
    this.decoder = new TextDecoder(wide.encoding, { fatal: true, ignoreBOM: false })
    this.head = []
    this.text(this.decode(head, true))
  }

  /** Signals the end of the file and flushes the last line. */
  end(): void {
    if (this.totalBytes === 0) this.fail(null, 'the file is empty; expected a registry export')
    if (this.decoder) {
      this.text(this.decode(new Uint8Array(0), false))
    } else {
      const all = concat(this.head)
      if (all.length < 4)
        this.fail(null, `the file is only ${all.length} bytes long; expected a registry export`)
      this.text(this.decodeNarrow(all))
    }
    if (this.rest.length > 0) this.emit(this.rest)
    this.rest = ''
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return (this.decoder as TextDecoder).decode(bytes, { stream })
    } catch {
      const what =
        !stream && this.totalBytes % 2 === 1
          ? `the file ends in the middle of a ${this.encoding} character (odd number of bytes): it looks truncated`
          : `invalid ${this.encoding} text`
      return this.fail(this.lineNo + 1, what)
    }
  }

  private decodeNarrow(all: Uint8Array): string {
    let start = 0
    if (all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) start = 3
    const body = all.subarray(start)
    const nul = body.indexOf(0)
    if (nul >= 0) {
      const line = countLines(body.subarray(0, nul))
      this.fail(line, 'binary data (a NUL byte) in an 8-bit text file: this is not a .reg file')
    }
    try {
      this.encoding = 'utf-8'
      return new TextDecoder('utf-8', { fatal: true }).decode(body)
    } catch {
      // Not UTF-8: REGEDIT4 files and files saved as "ANSI" use the Windows code page.
      this.encoding = 'windows-1252'
      return new TextDecoder('windows-1252').decode(body)
    }
  }

  private text(s: string): void {
    if (!s) return
    const parts = (this.rest + s).split('\n')
    this.rest = parts.pop() as string
    if (this.rest.length > MAX_LINE)
      this.fail(this.lineNo + 1, `line is longer than ${MAX_LINE} characters`)
    for (const p of parts) this.emit(p)
  }

  private emit(line: string): void {
    this.lineNo++
    this.sink(line.endsWith('\r') ? line.slice(0, -1) : line, this.lineNo)
  }

  private fail(line: number | null, detail: string): never {
    throw new RegFormatError(this.file, line, detail)
  }
}

function detectWide(b: Uint8Array): { encoding: 'utf-16le' | 'utf-16be' } | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le' }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be' }
  // No BOM: ASCII text in UTF-16 has every other byte zero.
  if (b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return { encoding: 'utf-16le' }
  if (b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return { encoding: 'utf-16be' }
  return undefined
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array
  return Buffer.concat(parts)
}

function countLines(bytes: Uint8Array): number {
  let n = 1
  for (const b of bytes) if (b === 10) n++
  return n
}
