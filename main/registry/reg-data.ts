/** Byte-level encodings of registry data in `.reg` files (hex lists, UTF-16LE and ANSI strings). */
import { translate as t } from '../../shared/i18n/translate'
import { quoteInput } from './reg-format-error'
import type { RegValue } from './reg-value'

const utf16 = new TextDecoder('utf-16le', { fatal: true })
const ansi = new TextDecoder('windows-1252')

/** Registry type codes as `hex(N):` writes them. */
export const REG_TYPE_CODE = {
  REG_NONE: 0,
  REG_SZ: 1,
  REG_EXPAND_SZ: 2,
  REG_BINARY: 3,
  REG_DWORD: 4,
  REG_MULTI_SZ: 7,
  REG_QWORD: 11,
} as const

/** UTF-16LE bytes of a string (no terminator). */
export function utf16Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[2 * i] = c & 0xff
    out[2 * i + 1] = c >> 8
  }
  return out
}

/** The stored form of a REG_SZ / REG_EXPAND_SZ: text plus one NUL. */
export function encodeSz(s: string): string {
  return `${s}\0`
}

/** The stored form of a REG_MULTI_SZ: each string NUL-terminated, then one more NUL. */
export function encodeMultiSz(list: readonly string[]): string {
  return list.length === 0 ? '\0' : `${list.map((s) => `${s}\0`).join('')}\0`
}

// Small byte values share 64 KiB blocks instead of each owning an ArrayBuffer (about 100 bytes of
// overhead apiece): a whole-hive export holds hundreds of thousands of them.
const BLOCK = 64 * 1024
let block = new Uint8Array(0)
let used = 0

/** A durable copy of `bytes` (which may be a scratch buffer the parser reuses). */
export function retainBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 4096) return bytes.slice()
  if (used + bytes.length > block.length) {
    block = new Uint8Array(BLOCK)
    used = 0
  }
  const out = block.subarray(used, used + bytes.length)
  out.set(bytes)
  used += bytes.length
  return out
}

function decodeText(bytes: Uint8Array, wide: boolean): string | undefined {
  if (!wide) return ansi.decode(bytes)
  if (bytes.length % 2 !== 0) return undefined
  try {
    return utf16.decode(bytes)
  } catch {
    return undefined // lone surrogates: keep the bytes as they are
  }
}

/**
 * Decodes typed bytes (`hex(N):`) into the port's value; `bytes` may be a scratch buffer. Data that is not in the canonical form
 * our writer would produce stays REG_RAW, byte for byte, so a round trip never alters it.
 * `wide` is true for Version 5.00 files (UTF-16LE strings), false for REGEDIT4 (ANSI).
 */
export function decodeTyped(kind: number, bytes: Uint8Array, wide: boolean): RegValue {
  const raw = (): RegValue => ({ type: 'REG_RAW', kind, data: retainBytes(bytes) })
  switch (kind) {
    case REG_TYPE_CODE.REG_NONE:
      return { type: 'REG_NONE', data: retainBytes(bytes) }
    case REG_TYPE_CODE.REG_BINARY:
      return { type: 'REG_BINARY', data: retainBytes(bytes) }
    case REG_TYPE_CODE.REG_DWORD: {
      if (bytes.length !== 4) return raw()
      const view = new DataView(bytes.buffer, bytes.byteOffset, 4)
      return { type: 'REG_DWORD', data: view.getUint32(0, true) }
    }
    case REG_TYPE_CODE.REG_QWORD: {
      if (bytes.length !== 8) return raw()
      const view = new DataView(bytes.buffer, bytes.byteOffset, 8)
      return { type: 'REG_QWORD', data: view.getBigUint64(0, true) }
    }
    case REG_TYPE_CODE.REG_SZ:
    case REG_TYPE_CODE.REG_EXPAND_SZ: {
      const text = decodeText(bytes, wide)
      if (text === undefined || !text.endsWith('\0')) return raw()
      const data = text.slice(0, -1)
      if (wide && encodeSz(data) !== text) return raw()
      return { type: kind === REG_TYPE_CODE.REG_SZ ? 'REG_SZ' : 'REG_EXPAND_SZ', data }
    }
    case REG_TYPE_CODE.REG_MULTI_SZ: {
      const text = decodeText(bytes, wide)
      if (text === undefined) return raw()
      const data = text === '\0' ? [] : text.endsWith('\0\0') ? text.slice(0, -2).split('\0') : null
      if (!data || encodeMultiSz(data) !== text) return raw()
      return { type: 'REG_MULTI_SZ', data }
    }
    default:
      return raw()
  }
}

/** The `hex(N)` code and bytes a value is written with (Version 5.00: strings as UTF-16LE). */
export function encodeTyped(value: RegValue): { kind: number; bytes: Uint8Array } {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { kind: REG_TYPE_CODE[value.type], bytes: utf16Bytes(encodeSz(value.data)) }
    case 'REG_MULTI_SZ':
      return { kind: REG_TYPE_CODE.REG_MULTI_SZ, bytes: utf16Bytes(encodeMultiSz(value.data)) }
    case 'REG_DWORD': {
      const bytes = new Uint8Array(4)
      new DataView(bytes.buffer).setUint32(0, value.data, true)
      return { kind: REG_TYPE_CODE.REG_DWORD, bytes }
    }
    case 'REG_QWORD': {
      const bytes = new Uint8Array(8)
      new DataView(bytes.buffer).setBigUint64(0, value.data, true)
      return { kind: REG_TYPE_CODE.REG_QWORD, bytes }
    }
    case 'REG_BINARY':
      return { kind: REG_TYPE_CODE.REG_BINARY, bytes: value.data }
    case 'REG_NONE':
      return { kind: REG_TYPE_CODE.REG_NONE, bytes: value.data }
    case 'REG_RAW':
      return { kind: value.kind, bytes: value.data }
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
    if (d1 < 0) fail(t('error.reg.badHexByte', { found: quoteInput(s.slice(i, i + 8)) }))
    const d2 = i + 1 < len ? hexDigit(s.charCodeAt(i + 1)) : -1
    out[n++] = d2 < 0 ? d1 : d1 * 16 + d2
    i += d2 < 0 ? 1 : 2
    skip()
    if (i >= len) break
    if (s.charCodeAt(i) !== 44)
      fail(t('error.reg.noHexComma', { found: quoteInput(s.slice(i, i + 8)) }))
    i++
    skip()
  }
  return out.subarray(0, n)
}
