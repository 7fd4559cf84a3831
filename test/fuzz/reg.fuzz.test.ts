/**
 * Fuzz suite for the `.reg` codec: on any bytes it throws nothing but RegFormatError, in bounded
 * time, whatever the chunking; a cut export is refused or means exactly what its complete lines
 * mean (no half value is ever judged); and what reg-write writes reads back identical.
 */
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeTyped, encodeTyped } from '../../main/registry/reg-data'
import { parseRegText, regReader, treeSink } from '../../main/registry/reg-file'
import { RegFormatError } from '../../main/registry/reg-format-error'
import type { RegValue } from '../../main/registry/reg-value'
import { encodeRegFile, sectionsFromTree, writeRegText } from '../../main/registry/reg-write'
import { RegistryTree } from '../../main/registry/registry-tree'
import { regValueOf, treeOf } from '../helpers/arbitraries'
import { fuzz } from './fuzz-kit'

// Per case, whatever the input: generous, so that only a quadratic step (or a hang) can exceed it.
const CASE_MS = 5000
const V5 = 'Windows Registry Editor Version 5.00'
const demoDir = path.join(__dirname, '../../main/demo/servers')
const demos = readdirSync(demoDir).map((f) =>
  new TextDecoder('utf-16le').decode(readFileSync(path.join(demoDir, f))),
)

const ENCODINGS = ['utf-16le', 'utf-16be', 'utf-8', 'utf-8-bom', 'ansi'] as const
type Encoding = (typeof ENCODINGS)[number]

/** `lines` in `enc`, one buffer each, after the BOM (if any); ANSI files are REGEDIT4 ones. */
function encodeParts(lines: readonly string[], enc: Encoding): Buffer[] {
  const one = (s: string): Buffer => {
    if (enc === 'ansi') return Buffer.from(s.replace(V5, 'REGEDIT4'), 'latin1')
    if (enc === 'utf-8' || enc === 'utf-8-bom') return Buffer.from(s, 'utf8')
    const le = Buffer.from(encodeRegFile(s).subarray(2))
    return enc === 'utf-16le' ? le : le.swap16()
  }
  const bom = {
    'utf-16le': [0xff, 0xfe],
    'utf-16be': [0xfe, 0xff],
    'utf-8-bom': [0xef, 0xbb, 0xbf],
  }
  return [Buffer.from(bom[enc as keyof typeof bom] ?? []), ...lines.map(one)]
}

/** A demo export in `enc`: its bytes, and the byte offset where each line (CRLF included) ends. */
function prepare(which: number, enc: Encoding) {
  const lines = (demos[which % demos.length] as string).split(/(?<=\n)/)
  const parts = encodeParts(lines, enc)
  const ends: number[] = []
  parts.reduce((at, p) => (ends.push(at + p.length), at + p.length), 0)
  return { lines, bytes: Buffer.concat(parts), ends: ends.slice(1) }
}

type Outcome = { tree: RegistryTree } | { error: string }

/**
 * Parses `bytes` pushed in chunks of the given sizes (cycled) through one reused buffer, as
 * readRegFile does; fails on any error but RegFormatError.
 */
function parse(bytes: Uint8Array, chunks: readonly number[] = []): Outcome {
  const t0 = performance.now()
  try {
    const tree = new RegistryTree()
    const reader = regReader('fuzz.reg', treeSink(tree))
    const scratch = Buffer.alloc(Math.max(0, ...chunks))
    if (!chunks.length) reader.push(bytes)
    for (let at = 0, i = 0; chunks.length && at < bytes.length; i++) {
      const piece = bytes.subarray(at, at + (chunks[i % chunks.length] as number))
      scratch.set(piece)
      reader.push(scratch.subarray(0, piece.length))
      scratch.fill(0x5a) // whatever the reader kept of the chunk, it must not be this buffer
      at += piece.length
    }
    reader.end()
    return { tree }
  } catch (e) {
    if (!(e instanceof RegFormatError)) throw e
    expect(e.message.startsWith('fuzz.reg')).toBe(true)
    return { error: e.message }
  } finally {
    expect(performance.now() - t0).toBeLessThan(CASE_MS)
  }
}

/** Same result in one piece and in chunks: the chunking of a stream never changes the meaning. */
function parseBothWays(bytes: Uint8Array, chunks: readonly number[]): Outcome {
  const whole = parse(bytes)
  const chunked = parse(bytes, chunks)
  if ('error' in whole) expect(chunked).toEqual(whole)
  else expect('tree' in chunked && chunked.tree.diff(whole.tree)).toEqual([])
  return whole
}

const TOKENS = ['\\', '"', '\r\n', '\n', '\r', '[', ']', '[-', '=', '@=', '-', ',', ';', ' ']
  .concat(['hex:', 'hex(7):', 'hex(2):', 'dword:', '00,', '\\\r\n  ', '\ufeff', '\u00e9', '\ud800'])
  .concat(['\\r', '\\n', '\\\\', '\\"', '\r\n\r\n', V5, 'REGEDIT4', '\0'])

const edit = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat(40) }),
  fc.record({
    op: fc.constant('bytes' as const),
    at: fc.nat(),
    data: fc.uint8Array({ maxLength: 8 }),
  }),
  fc.record({
    op: fc.constant('token' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
    enc: fc.constantFrom(...ENCODINGS), // sometimes not the file's own: a mixed-up file
    // Now and then a long run (thousands of escapes, continuations, lines): it must stay fast.
    times: fc.oneof(
      { weight: 9, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }) },
    ),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    len: fc.nat(200),
    times: fc.nat(200),
  }),
)

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function applyEdit(b: Buffer, e: Edit): Buffer {
  const at = b.length ? e.at % (b.length + 1) : 0
  const splice = (mid: Buffer, drop = 0) =>
    Buffer.concat([b.subarray(0, at), mid, b.subarray(Math.min(b.length, at + drop))])
  switch (e.op) {
    case 'flip':
      return at < b.length ? Buffer.from(b).fill(e.byte, at, at + 1) : b
    case 'delete':
      return splice(Buffer.alloc(0), e.len)
    case 'bytes':
      return splice(Buffer.from(e.data))
    case 'token':
      return splice(Buffer.concat(encodeParts([e.token.repeat(e.times)], e.enc).slice(1)))
    case 'repeat':
      return splice(Buffer.concat(Array(e.times).fill(b.subarray(at, at + e.len))))
  }
}

const chunking = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 })

describe('.reg codec under fuzzing', () => {
  it('arbitrary bytes: nothing but RegFormatError, however the bytes arrive', async () => {
    const prefix = fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf])
    await fuzz(
      'reg bytes',
      fc.tuple(prefix, fc.uint8Array({ maxLength: 400 }), chunking),
      ([p, body, chunks]) => void parseBothWays(Buffer.concat([Buffer.from(p), body]), chunks),
    )
  })

  it('mutated real exports in every encoding: nothing but RegFormatError', async () => {
    const arb = fc.record({
      which: fc.nat(),
      enc: fc.constantFrom(...ENCODINGS),
      edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
      chunks: chunking,
    })
    await fuzz('reg mutated exports', arb, ({ which, enc, edits, chunks }) => {
      const bytes = edits.reduce(applyEdit, prepare(which, enc).bytes)
      parseBothWays(bytes, chunks)
    })
  })

  it('a cut export is refused, or means exactly what its complete lines mean', async () => {
    const arb = fc.record({
      which: fc.nat(),
      enc: fc.constantFrom(...ENCODINGS),
      // Anywhere, or close to a line end (where a cut is hardest to see).
      cut: fc.record({
        f: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        near: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
      }),
      chunks: chunking,
    })
    await fuzz('reg cut exports', arb, ({ which, enc, cut, chunks }) => {
      const { lines, bytes, ends } = prepare(which, enc)
      const whole = parse(bytes)
      if (!('tree' in whole)) throw new Error(`the whole export is refused: ${whole.error}`)
      const at =
        cut.near === undefined
          ? Math.floor(cut.f * bytes.length)
          : (ends[Math.floor(cut.f * ends.length)] as number) + cut.near
      if (at < 0 || at >= bytes.length) return
      const got = parseBothWays(bytes.subarray(0, at), chunks)
      if ('error' in got) return
      // Accepted: the cut is at the end of a blank line, and the content is that of the lines kept.
      const kept = ends.indexOf(at)
      expect(kept).toBeGreaterThanOrEqual(0)
      expect((lines[kept] as string).trim()).toBe('')
      const complete = parseRegText(lines.slice(0, kept + 1).join(''))
      if (enc !== 'ansi') expect(got.tree.diff(complete)).toEqual([])
      // No half value: every value read is the whole export's value.
      for (const [key, node] of got.tree.walk())
        for (const v of node.values) expect(whole.tree.getValue(key, v.name)).toEqual(v.value)
    })
  })

  it('generated trees written by reg-write read back identical', async () => {
    await fuzz('reg round trip', tree, (t) => {
      const expected = canonical(t)
      const written = encodeRegFile(writeRegText(sectionsFromTree(t)))
      const back = parse(written)
      if (!('tree' in back)) throw new Error(back.error)
      expect(back.tree.diff(expected)).toEqual([])
      for (const [key, node] of expected.walk()) {
        const names = back.tree.getKey(key)?.values.map((v) => v.name)
        expect(names).toEqual(node.values.map((v) => v.name)) // same spelling, same order
      }
    })
  })
})

// Names and data with what is hard to write: quotes, backslashes, line breaks, NULs, unpaired
// surrogates, and characters outside ASCII.
const unit = fc.constantFrom(
  ...['a', 'Z', ' ', '"', '\\', '=', ';', '[', ']', '@', '-', '\u00e9', '\u4e2d', '\ud83d\ude00'],
  ...['\r', '\n', '\0', '\ud800', '\udfff', '\t'],
)
const text = fc.string({ unit, maxLength: 10 })
const keyName = fc
  .string({ unit, minLength: 1, maxLength: 8 })
  .filter((s) => s.trim() === s && s !== '' && !/[\\\r\n]/.test(s))
const bytes = fc.uint8Array({ maxLength: 60 })
const value: fc.Arbitrary<RegValue> = regValueOf({
  text,
  expandText: text,
  bytes,
  rawKinds: [1, 2, 4, 5, 7, 0xffff],
})
const tree = fc
  .array(
    fc.record({
      hive: fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_USERS'),
      parts: fc.array(keyName, { minLength: 1, maxLength: 3 }),
      values: fc.array(fc.tuple(text, value), { maxLength: 5 }),
    }),
    { maxLength: 8 },
  )
  .map(treeOf)

/**
 * What a tree means once stored: a string value is kept as text only when it is text (no unpaired
 * surrogate) and fits its type; otherwise as the bytes Windows holds, exactly as the codec and the
 * live adapters read it.
 */
function canonical(t: RegistryTree): RegistryTree {
  const out = t.clone()
  for (const [, node] of out.walk())
    for (const { name, value } of node.values) {
      const { kind, bytes: b } = encodeTyped(value)
      node.putValue(name, decodeTyped(kind, b, true))
    }
  return out
}
