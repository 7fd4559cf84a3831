import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { RegFormatError } from '../../../main/registry/reg-format-error'
import {
  encodeRegFile,
  formatValueLine,
  sectionsFromTree,
  writeRegText,
} from '../../../main/registry/reg-write'
import { regTree, regValue } from '../../helpers/arbitraries'
import { regLines, utf16File } from '../../helpers/reg'

const demoDir = path.join(__dirname, '../../../main/demo/servers')

function roundTrip(bytes: Uint8Array) {
  const first = parseRegBytes(bytes, 'a.reg').tree
  const written = encodeRegFile(writeRegText(sectionsFromTree(first)))
  return { first, second: parseRegBytes(written, 'b.reg').tree, written }
}

describe('.reg round trip: parse then write gives the same registry content', () => {
  for (const file of readdirSync(demoDir)) {
    it(`bundled export ${file}`, () => {
      const bytes = readFileSync(path.join(demoDir, file))
      const { first, second } = roundTrip(bytes)
      expect(first.diff(second)).toEqual([])
      expect([...second.walk()].length).toBeGreaterThan(10)
    })
  }

  it('a complete subtree export comes back byte for byte (regedit layout, 80-column wrapping)', () => {
    const multi = ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']
    const hex = [...Buffer.from(`${multi.join('\0')}\0\0`, 'utf16le')].map((b) =>
      b.toString(16).padStart(2, '0'),
    )
    const lines = ['"Functions"=hex(7):']
    hex.forEach((h, i) => {
      const piece = h + (i < hex.length - 1 ? ',' : '')
      if ((lines[lines.length - 1] as string).length + piece.length > 79) {
        lines[lines.length - 1] += '\\'
        lines.push('  ')
      }
      lines[lines.length - 1] += piece
    })
    const text = regLines(
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\Ssl\\00010002]',
      ...lines,
      '"Enabled"=dword:00000001',
      '@="x"',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\Ssl\\00010002\\Sub]',
      '',
    )
    const bytes = utf16File(text)
    expect(Buffer.from(roundTrip(bytes).written).equals(Buffer.from(bytes))).toBe(true)
  })

  it('generated trees (property)', () => {
    fc.assert(
      fc.property(regTree, (tree) => {
        const text = writeRegText(sectionsFromTree(tree))
        const back = parseRegBytes(encodeRegFile(text), 'gen.reg').tree
        expect(tree.diff(back)).toEqual([])
        // Every line stays within 80 columns, like regedit's.
        for (const line of text.split('\r\n'))
          if (!line.startsWith('[') && !line.startsWith('"') && !line.startsWith('@'))
            expect(line.length).toBeLessThanOrEqual(80)
      }),
      { numRuns: 300 },
    )
  })

  it('each value on its own (property)', () => {
    fc.assert(
      fc.property(regValue, (v) => {
        const text = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\T]\r\n${formatValueLine('v', v)}\r\n\r\n`
        expect(parseRegBytes(encodeRegFile(text), 'v.reg').tree.getValue('HKCU\\T', 'v')).toEqual(v)
      }),
      { numRuns: 500 },
    )
  })
})

function onlyCodecErrors(bytes: Uint8Array) {
  try {
    parseRegBytes(bytes, 'fuzz.reg')
  } catch (e) {
    if (!(e instanceof RegFormatError)) throw e
    expect(e.message.startsWith('fuzz.reg')).toBe(true)
  }
}

describe('.reg fuzzing: nothing but the codec error ever escapes', () => {
  it('arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), onlyCodecErrors), { numRuns: 2000 })
  })

  it('arbitrary text after a valid header', () => {
    const line = fc.string({
      unit: fc.constantFrom(
        '[',
        ']',
        '"',
        '\\',
        '=',
        '-',
        '@',
        ':',
        ',',
        ';',
        'h',
        'e',
        'x',
        '(',
        ')',
        'b',
        '7',
        'd',
        'w',
        'o',
        'r',
        '0',
        'f',
        ' ',
        'K',
        'H',
        'L',
        'M',
      ),
      maxLength: 30,
    })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) =>
        onlyCodecErrors(
          Buffer.from(['Windows Registry Editor Version 5.00', '[HKLM\\X]', ...lines].join('\r\n')),
        ),
      ),
      { numRuns: 2000 },
    )
  })

  it('mutated valid files (flipped, deleted and cut bytes)', () => {
    const valid = readFileSync(path.join(demoDir, '2012r2-ex2016.reg'))
    const mutation = fc.record({
      flips: fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
        maxLength: 8,
      }),
      cutAt: fc.option(fc.nat(valid.length), { nil: undefined }),
      deleteAt: fc.option(fc.nat(valid.length - 1), { nil: undefined }),
    })
    fc.assert(
      fc.property(mutation, ({ flips, cutAt, deleteAt }) => {
        let b = Buffer.from(valid)
        for (const [i, v] of flips) b[i] = v
        if (deleteAt !== undefined)
          b = Buffer.concat([b.subarray(0, deleteAt), b.subarray(deleteAt + 1)])
        if (cutAt !== undefined) b = b.subarray(0, cutAt)
        onlyCodecErrors(b)
      }),
      { numRuns: 1000 },
    )
  })
})
