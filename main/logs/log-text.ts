/** Bytes to text for protocol logs: UTF-8 as Exchange writes it, and what an editor re-saved. */
import { isUtf8 } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'

/** How a log file is encoded. */
export type LogEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'ansi'

/**
 * The encoding from the first bytes: a byte-order mark, else the NUL pattern of UTF-16 text
 * without one, else UTF-8 when the complete lines of `head` are valid UTF-8, else ANSI
 * (Windows-1252, what Notepad's "ANSI" writes on a Western-European server).
 */
export function detectEncoding(head: Uint8Array): { encoding: LogEncoding; bom: number } {
  const [a, b, c] = head
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', bom: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 }
  if (head.length >= 4 && a !== 0 && b === 0 && head[2] !== 0 && head[3] === 0)
    return { encoding: 'utf-16le', bom: 0 }
  if (head.length >= 4 && a === 0 && b !== 0 && head[2] === 0 && head[3] !== 0)
    return { encoding: 'utf-16be', bom: 0 }
  // A chunk may end inside a character: judge only up to its last line break.
  const lastLine = Buffer.from(head.buffer, head.byteOffset, head.length).lastIndexOf(10)
  const whole = lastLine === -1 ? head : head.subarray(0, lastLine)
  return { encoding: isUtf8(whole) ? 'utf-8' : 'ansi', bom: 0 }
}

/** Turns chunks into text; a character split between two chunks is kept for the next one. */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string
  end(): string
}

/** UTF-16BE as UTF-16LE with each pair of bytes swapped (an odd last byte waits for its twin). */
function utf16beDecoder(): ChunkDecoder {
  const inner = new StringDecoder('utf16le')
  let odd: number | undefined
  return {
    write(chunk) {
      const bytes = odd === undefined ? Buffer.from(chunk) : Buffer.concat([Buffer.of(odd), chunk])
      odd = bytes.length % 2 ? bytes[bytes.length - 1] : undefined
      const even = bytes.subarray(0, bytes.length - (bytes.length % 2))
      return inner.write(Buffer.from(even).swap16())
    },
    end: () => inner.end(),
  }
}

/** A streaming decoder for `encoding`. */
export function chunkDecoder(encoding: LogEncoding): ChunkDecoder {
  if (encoding === 'utf-16be') return utf16beDecoder()
  if (encoding === 'ansi') {
    const d = new TextDecoder('windows-1252')
    return { write: (c) => d.decode(c, { stream: true }), end: () => d.decode() }
  }
  const d = new StringDecoder(encoding === 'utf-16le' ? 'utf16le' : 'utf8')
  return {
    write: (c) => d.write(Buffer.from(c.buffer, c.byteOffset, c.length)),
    end: () => d.end(),
  }
}
