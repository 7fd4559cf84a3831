/**
 * Parsing stays linear for every long construct and every encoding. Each input is big enough that
 * a quadratic step takes ten times the (very generous) bound; speed figures live in
 * scripts/bench-registry.mjs, not here.
 */
import { describe, expect, it } from 'vitest'
import { parseRegBytes, regReader, treeSink } from '../../../main/registry/reg-file'
import { RegFormatError } from '../../../main/registry/reg-format-error'
import { RegistryTree } from '../../../main/registry/registry-tree'

const BOUND_MS = 3000
const V5 = 'Windows Registry Editor Version 5.00'
const K = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Big'
const ENCODINGS = ['utf-16le', 'utf-16be', 'utf-8', 'utf-8-bom'] as const

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`, 'utf8')
  const le = Buffer.from(`\ufeff${text}`, 'utf16le')
  return encoding === 'utf-16le' ? le : le.swap16()
}

/** Parses as readRegFile does (one reused buffer), but in chunks of `size` bytes. */
function parseChunked(bytes: Uint8Array, size: number): RegistryTree {
  const tree = new RegistryTree()
  const reader = regReader('big.reg', treeSink(tree))
  const buf = Buffer.alloc(size)
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size)
    buf.set(piece)
    reader.push(buf.subarray(0, piece.length))
  }
  reader.end()
  return tree
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now()
  const value = fn()
  return { value, ms: performance.now() - t0 }
}

function file(lines: readonly string[]): string {
  return `${[V5, '', `[${K}]`, ...lines].join('\r\n')}\r\n\r\n`
}

describe('.reg parsing takes linear time', () => {
  const backslashes = 4 * 1024 * 1024
  for (const encoding of ['utf-16le', 'utf-8'] as const) {
    it(`a REG_SZ of ${backslashes} backslashes (${encoding})`, { timeout: 120_000 }, () => {
      const bytes = encode(file([`"B"="${'\\'.repeat(backslashes)}"`]), encoding)
      const { value: tree, ms } = timed(() => parseRegBytes(bytes, 'big.reg').tree)
      expect(tree.getValue(K, 'B')).toEqual({ type: 'REG_SZ', data: '\\'.repeat(backslashes / 2) })
      expect(ms).toBeLessThan(BOUND_MS)
    })
  }

  for (const encoding of ENCODINGS) {
    it(`a 4M-character line arriving in 1 KiB chunks (${encoding})`, { timeout: 120_000 }, () => {
      const long = 'x'.repeat(4 * 1024 * 1024)
      const bytes = encode(file([`"L"="${long}"`]), encoding)
      const { value: tree, ms } = timed(() => parseChunked(bytes, 1024))
      expect(tree.getValue(K, 'L')).toEqual({ type: 'REG_SZ', data: long })
      expect(ms).toBeLessThan(BOUND_MS)
    })
  }

  it('an 8 MB UTF-8 export arriving in 256-byte chunks', { timeout: 120_000 }, () => {
    const data = `caf\u00e9 ${'x'.repeat(200)}`
    const lines = Array.from({ length: 40_000 }, (_, i) => `"v${i}"="${data}"`)
    const bytes = encode(file(lines), 'utf-8')
    expect(bytes.length).toBeGreaterThan(8_000_000)
    const { value: tree, ms } = timed(() => parseChunked(bytes, 256))
    expect(tree.getKey(K)?.valueCount).toBe(40_000)
    expect(tree.getValue(K, 'v7')).toEqual({ type: 'REG_SZ', data })
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('a hex: value continued over 100,000 lines', { timeout: 120_000 }, () => {
    const row = '  01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,17,18,\\'
    const rows = Array.from({ length: 100_000 }, () => row)
    const bytes = encode(file(['"H"=hex:\\', ...rows, '  ff']), 'utf-16le')
    const { value: tree, ms } = timed(() => parseChunked(bytes, 64 * 1024))
    const v = tree.getValue(K, 'H')
    expect(v?.type === 'REG_BINARY' && v.data.length).toBe(100_000 * 24 + 1)
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('deleting 50,000 values of one key, one line each', { timeout: 120_000 }, () => {
    const names = Array.from({ length: 50_000 }, (_, i) => `"v${i}"`)
    const text = file([...names.map((n) => `${n}=dword:00000001`), ...names.map((n) => `${n}=-`)])
    const { value: tree, ms } = timed(() => parseRegBytes(encode(text, 'utf-16le'), 'd.reg').tree)
    expect(tree.getKey(K)?.valueCount).toBe(0)
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('deleting 100,000 subkeys of one key, one [-KEY] line each', { timeout: 120_000 }, () => {
    const subs = Array.from({ length: 100_000 }, (_, i) => `${K}\\s${i}`)
    // Last one first: a search from the front of the list would walk all of it every time.
    const gone = subs.map((s) => `[-${s}]`).reverse()
    const text = [V5, '', ...subs.map((s) => `[${s}]`), ...gone, '', ''].join('\r\n')
    const { value: tree, ms } = timed(() => parseRegBytes(encode(text, 'utf-16le'), 'd.reg').tree)
    expect(tree.getKey(K)?.subkeys).toEqual([])
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('a key name with a run of 200,000 backslashes', { timeout: 120_000 }, () => {
    const text = `${V5}\r\n\r\n[HKLM\\${'\\'.repeat(200_000)}x]\r\n\r\n`
    const { value: error, ms } = timed(() => {
      try {
        parseRegBytes(encode(text, 'utf-16le'), 'k.reg')
      } catch (e) {
        return e
      }
    })
    expect(error).toBeInstanceOf(RegFormatError)
    expect((error as RegFormatError).message).toMatch(/^k\.reg:3: empty key name/)
    expect(ms).toBeLessThan(BOUND_MS)
  })
})

describe('key paths from outside a .reg file', () => {
  it('a path with 200,000 backslashes in a row is split in linear time', async () => {
    const { splitKeyPath } = await import('../../../main/registry/reg-path')
    const started = performance.now()
    expect(() => splitKeyPath(`HKLM\\${'\\'.repeat(200_000)}x`)).toThrow(/empty key name/)
    // The regex it replaced took 13 s here; a generous bound, the benchmark has the figures.
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
