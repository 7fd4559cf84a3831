/** Test helpers for `.reg` content. */
import { encodeRegFile } from '../../main/registry/reg-write'

/** CRLF-joined lines, as Windows writes `.reg` files. */
export function regLines(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`
}

/** The bytes `reg export` would write for this text (UTF-16LE with BOM). */
export function utf16File(text: string): Uint8Array {
  return encodeRegFile(text)
}
