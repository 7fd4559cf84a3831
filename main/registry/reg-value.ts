/** A registry value with its type, as the RegistryStore port and the .reg codec carry it. */
export type RegValue =
  | { type: 'REG_SZ'; data: string }
  | { type: 'REG_EXPAND_SZ'; data: string }
  | { type: 'REG_MULTI_SZ'; data: string[] }
  | { type: 'REG_DWORD'; data: number }
  | { type: 'REG_QWORD'; data: bigint }
  | { type: 'REG_BINARY'; data: Uint8Array }
  | { type: 'REG_NONE'; data: Uint8Array }
  // Any other type code (hex(N)), or a typed value whose bytes are not in canonical form:
  // kept byte for byte so that nothing read is ever lost on a round trip.
  | { type: 'REG_RAW'; kind: number; data: Uint8Array }

/** Builds a REG_DWORD, refusing anything that is not a 32-bit unsigned integer. */
export function dword(n: number): RegValue {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`a REG_DWORD must be an integer from 0 to 0xffffffff, got ${n}`)
  }
  return { type: 'REG_DWORD', data: n }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** True when two values have the same type and the same data. */
export function regValuesEqual(a: RegValue, b: RegValue): boolean {
  if (a.type !== b.type) return false
  switch (a.type) {
    case 'REG_MULTI_SZ': {
      const bd = b.data as string[]
      return a.data.length === bd.length && a.data.every((s, i) => s === bd[i])
    }
    case 'REG_BINARY':
    case 'REG_NONE':
      return bytesEqual(a.data, b.data as Uint8Array)
    case 'REG_RAW':
      return a.kind === (b as typeof a).kind && bytesEqual(a.data, (b as typeof a).data)
    default:
      return a.data === b.data
  }
}

/** Hex dump of bytes as `.reg` files write them (`01,ff,...`). */
export function hexBytes(data: Uint8Array): string {
  let out = ''
  for (let i = 0; i < data.length; i++) {
    out += (i ? ',' : '') + (data[i] as number).toString(16).padStart(2, '0')
  }
  return out
}

/** The value as evidence and reports show it: numbers stay numbers, bytes become hex text. */
export function regValueForDisplay(v: RegValue | undefined): number | string | string[] | null {
  if (!v) return null
  switch (v.type) {
    case 'REG_DWORD':
      return v.data
    case 'REG_QWORD':
      return v.data <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v.data) : v.data.toString()
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
    case 'REG_MULTI_SZ':
      return v.data
    default:
      return `hex:${hexBytes(v.data)}`
  }
}
