/** Test helpers for `.reg` content. */
import { writeFile } from 'node:fs/promises'
import { encodeRegFile } from '../../main/registry/reg-write'

/** CRLF-joined lines, as Windows writes `.reg` files. */
export function regLines(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`
}

/** The bytes `reg export` would write for this text (UTF-16LE with BOM). */
export function utf16File(text: string): Uint8Array {
  return encodeRegFile(text)
}

/** Writes `file` as `reg export` would: UTF-16LE, the Version 5.00 header, a blank line, `lines`. */
export async function writeRegExport(file: string, ...lines: string[]): Promise<string> {
  await writeFile(file, utf16File(regLines('Windows Registry Editor Version 5.00', '', ...lines)))
  return file
}
