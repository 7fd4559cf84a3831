/**
 * Each shortcut the reader takes on a whole-hive export gives what the general code gives: hex
 * lists read line by line, names compared without lower-casing, keys opened from the last one.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHexList } from '../../../main/registry/reg-data'
import {
  hexNumber,
  hexPrefix,
  HexListReader,
  isDword,
  isSpace,
} from '../../../main/registry/reg-scan'
import { sameName } from '../../../main/registry/reg-key-node'
import { canonicalKeyPath, isCanonicalKeyPath, nameId } from '../../../main/registry/reg-path'
import { KeyCursor, RegistryTree } from '../../../main/registry/registry-tree'

const outcome = (fn: () => Uint8Array): string => {
  try {
    return Buffer.from(fn()).toString('hex')
  } catch (e) {
    return `error: ${(e as Error).message}`
  }
}
const fail = (detail: string): never => {
  throw new Error(detail)
}

// Mostly the form reg export writes, with the odd space, single digit or stray character.
const hexPiece = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('00,', 'ff,', 'A0,', '7f,', '0c') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\t', ',', '1', 'g', 'fff', ', ', 'É', '') },
    ),
    { maxLength: 12 },
  )
  .map((xs) => xs.join(''))

describe('HexListReader', () => {
  it('gives the bytes or the error parseHexList gives for the pieces joined', () => {
    fc.assert(
      fc.property(fc.array(hexPiece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const reader = new HexListReader()
        const got = outcome(() => {
          reader.start()
          pieces.forEach((p, i) => reader.add(`x${p}y`, 1, p.length + 1, i === pieces.length - 1))
          reader.finish(fail)
          return reader.bytes()
        })
        expect(got).toBe(outcome(() => parseHexList(pieces.join(''), fail)))
        if (!got.startsWith('error'))
          expect(Buffer.from(reader.latin1(), 'latin1').toString('hex')).toBe(got)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the small scanners against the regular expressions they replace', () => {
  const around = fc.tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 14 }))
  const data = fc.oneof(
    fc.string({ maxLength: 16 }),
    fc
      .tuple(
        fc.constantFrom('dword:', 'DWord:', 'dwor:', 'hex:', 'hex(', 'hex(7):', 'Hex('),
        around,
      )
      .map(([a, [b, c]]) => `${a}${c}${b}`),
  )
  it('isDword, hexPrefix, hexNumber', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), data, (before, text) => {
        const line = before + text
        const at = before.length
        expect(isDword(line, at)).toBe(text.slice(0, 6).toLowerCase() === 'dword:')
        const m = /^hex(?:\(([0-9a-fA-F]{1,8})\))?:/.exec(text)
        const p = hexPrefix(line, at)
        expect(p && { kind: p.kind, body: p.body - at }).toEqual(
          m ? { kind: m[1] === undefined ? 3 : parseInt(m[1], 16), body: m[0].length } : undefined,
        )
        const n = hexNumber(line, at, line.length)
        expect(n).toBe(/^[0-9a-fA-F]{1,8}$/.test(text) ? parseInt(text, 16) : -1)
      }),
      { numRuns: 5000 },
    )
  })

  it('isSpace is what String.prototype.trim removes', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c)
      expect([c, isSpace(c)]).toEqual([c, s.trim() === '' && s !== ''])
    }
  })
})

// Letters whose case rules are not ASCII's: dotted I, the Kelvin sign, final and other sigmas.
const nameChar = fc.constantFrom(
  'a',
  'A',
  'i',
  'I',
  'İ',
  '\u0307',
  'K',
  'k',
  '\u212a',
  'Σ',
  'σ',
  'ς',
  ' ',
  '1',
)
const name = fc.array(nameChar, { maxLength: 5 }).map((xs) => xs.join(''))

describe('sameName', () => {
  it('is nameId equality', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameName(a, b)).toBe(nameId(a) === nameId(b))
        expect(sameName(a, a.toUpperCase())).toBe(nameId(a) === nameId(a.toUpperCase()))
      }),
      { numRuns: 20000 },
    )
  })
})

const hive = fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_USERS', 'HKLM', 'hkey_local_machine', 'X')
const part = fc.constantFrom(
  'SOFTWARE',
  'software',
  'Soft',
  'Microsoft',
  'Σ',
  'σ',
  'a b',
  'K',
  '\u212a',
  '',
)
const path = fc
  .tuple(hive, fc.array(part, { maxLength: 4 }), fc.constantFrom('', '\\'))
  .map(([h, parts, tail]) => [h, ...parts].join('\\') + tail)

describe('keys', () => {
  it('isCanonicalKeyPath only says yes where canonicalKeyPath changes nothing', () => {
    fc.assert(
      fc.property(path, (p) => {
        if (p.endsWith('\\') || p.includes('\\\\') || !isCanonicalKeyPath(p)) return
        expect(canonicalKeyPath(p)).toBe(p)
      }),
      { numRuns: 5000 },
    )
  })

  it('KeyCursor opens the keys ensureKey opens, whatever the order and deletions', () => {
    const canonical = path.filter((p) => {
      try {
        return canonicalKeyPath(p) === p
      } catch {
        return false
      }
    })
    const op = fc.oneof(
      { weight: 6, arbitrary: canonical.map((p) => ({ open: p })) },
      { weight: 1, arbitrary: canonical.map((p) => ({ drop: p })) },
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const a = new RegistryTree()
        const b = new RegistryTree()
        const cursor = new KeyCursor(a)
        for (const o of ops) {
          if ('open' in o) {
            expect(cursor.open(o.open)).toBe(a.getKey(o.open))
            b.ensureKey(o.open)
          } else {
            a.deleteKey(o.drop)
            cursor.reset()
            b.deleteKey(o.drop)
          }
        }
        const shape = (t: RegistryTree) => [...t.walk()].map(([p, n]) => `${p} ${n.explicit}`)
        expect(shape(a)).toEqual(shape(b))
      }),
      { numRuns: 2000 },
    )
  })
})
