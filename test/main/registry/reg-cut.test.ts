/**
 * Cut or damaged exports are refused with file and line; what real tools write (reg.exe, regedit,
 * Wine's reg export) is accepted, byte for byte.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { RegFormatError } from '../../../main/registry/reg-format-error'
import { encodeRegFile, sectionsFromTree, writeRegText } from '../../../main/registry/reg-write'

const V5 = 'Windows Registry Editor Version 5.00'
const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL'
const demoDir = path.join(__dirname, '../../../main/demo/servers')

/** UTF-16LE with a byte-order mark, code unit for code unit: what reg export writes. */
function le(text: string): Buffer {
  return Buffer.from(encodeRegFile(text))
}

function refusal(bytes: Uint8Array, file = 'cut.reg'): RegFormatError {
  try {
    parseRegBytes(bytes, file)
  } catch (e) {
    if (e instanceof RegFormatError) return e
    throw e
  }
  throw new Error('expected the file to be refused')
}

const head = `${V5}\r\n\r\n[${K}\\Protocols\\TLS 1.2\\Client]\r\n` // lines 1 to 3

describe('a cut export is refused with file, line and why', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    [
      'inside a quoted string',
      `${head}"Enabled"=dword:00000001\r\n"Name"="TLS`,
      5,
      /middle of a line/,
    ],
    ['inside a value name', `${head}"Enab`, 4, /middle of a line/],
    ['inside dword digits', `${head}"UBR"=dword:0000`, 4, /middle of a line/],
    ['after a value, before its line break', `${head}"Enabled"=dword:00000001`, 4, /middle/],
    ['between CR and LF', `${head}"Enabled"=dword:00000001\r`, 4, /middle of a line/],
    [
      'after the last line break of a block',
      `${head}"Enabled"=dword:00000001\r\n`,
      4,
      /blank line/,
    ],
    ['in the blank line, after its CR', `${head}"Enabled"=dword:00000001\r\n\r`, 5, /middle/],
    ['after a [KEY] line', head, 3, /without the blank line/],
    ['after the header', `${V5}\r\n`, 1, /without the blank line/],
    ['inside a [KEY header', `${V5}\r\n\r\n[${K}\\Protocols\\TL`, 3, /middle of a line/],
    ['after a "\\" that continues hex', `${head}"H"=hex:01,02,\\\r\n`, 4, /continued with/],
    ['on a "\\" that continues hex', `${head}"H"=hex:01,02,\\`, 4, /middle of a line/],
    ['inside a hex continuation', `${head}"H"=hex:01,02,\\\r\n  03,0`, 5, /middle of a line/],
    ['after a continuation line', `${head}"H"=hex(7):41,00,\\\r\n  00,00,00,00\r\n`, 5, /blank/],
  ]
  for (const [label, text, line, why] of cases) {
    it(`${label} (UTF-16LE bytes)`, () => {
      const e = refusal(le(text))
      expect([e.file, e.line]).toEqual(['cut.reg', line])
      expect(e.message).toMatch(why)
      expect(e.message).toMatch(/cut short/)
    })
    it(`${label} (UTF-8 bytes)`, () => {
      expect(refusal(Buffer.from(text)).line).toBe(line)
    })
  }

  it('an odd number of UTF-16 bytes still names the half character', () => {
    const bytes = le(`${head}"Enabled"=dword:00000001\r\n\r\n`)
    expect(refusal(bytes.subarray(0, bytes.length - 1)).message).toMatch(/odd number of bytes/)
  })

  it('a file that is not a .reg file at all says so rather than "cut short"', () => {
    expect(refusal(Buffer.from('hello world')).message).toMatch(/^cut\.reg:1: expected the header/)
  })
})

describe('a DWORD has exactly eight hex digits, as every exporter writes it', () => {
  for (const digits of ['0000', '1', '', '000000000', '0000000g']) {
    it(`dword:${digits} is refused`, () => {
      const e = refusal(le(`${head}"UBR"=dword:${digits}\r\n\r\n`), 'ubr.reg')
      expect(e.message).toMatch(/^ubr\.reg:4: expected exactly 8 hex digits after "dword:"/)
    })
  }
})

describe('real exports are accepted', () => {
  for (const file of readdirSync(demoDir)) {
    const bytes = readFileSync(path.join(demoDir, file))
    const text = new TextDecoder('utf-16le').decode(bytes)
    it(`${file} in every encoding, with one meaning`, () => {
      const tree = parseRegBytes(bytes, file).tree
      const be = Buffer.from(bytes).swap16()
      for (const other of [be, Buffer.from(text), Buffer.from(`\ufeff${text}`)])
        expect(parseRegBytes(other, file).tree.diff(tree)).toEqual([])
    })
  }

  it('an export of one key with no values', () => {
    const tree = parseRegBytes(le(`${head}\r\n`), 'k.reg').tree
    expect(tree.getKey(`${K}\\Protocols\\TLS 1.2\\Client`)?.valueCount).toBe(0)
  })

  it('an old REGEDIT4 (ANSI) export', () => {
    const ansi = Buffer.from(`REGEDIT4\r\n\r\n[${K}]\r\n"S"="caf\u00e9"\r\n\r\n`, 'latin1')
    expect(parseRegBytes(ansi, 'old.reg').tree.getValue(K, 'S')).toEqual({
      type: 'REG_SZ',
      data: 'caf\u00e9',
    })
  })
})

describe("what Wine's reg export writes", () => {
  // Byte for byte what programs/reg/export.c writes: BOM and header, then "\r\n[key]\r\n", values,
  // and one more "\r\n" at the end; CR and LF escaped inside strings, other code units as they are.
  const W = 'HKEY_CURRENT_USER\\Software\\Wine\\Export'
  const wine = Buffer.concat([
    le(`${V5}\r\n\r\n[${W}]\r\n"Multi"="line1\\r\\nline2"\r\n"Lone"="a`),
    Buffer.from([0x00, 0xd8]), // an unpaired high surrogate, raw
    le('b"\r\n"Line\\nName"="x"\r\n"Bad"=dword:0000000').subarray(2),
  ])

  it('reads escaped line breaks and an unpaired surrogate exactly', () => {
    const bytes = Buffer.concat([wine, le('1\r\n\r\n').subarray(2)])
    const tree = parseRegBytes(bytes, 'wine.reg').tree
    expect(tree.getValue(W, 'Multi')).toEqual({ type: 'REG_SZ', data: 'line1\r\nline2' })
    expect(tree.getValue(W, 'Line\nName')).toEqual({ type: 'REG_SZ', data: 'x' })
    // Not text, so kept as the bytes Windows holds (what the hex(1) form and native-reg give).
    const bytesHeld = Uint8Array.from([0x61, 0, 0x00, 0xd8, 0x62, 0, 0, 0])
    expect(tree.getValue(W, 'Lone')).toEqual({ type: 'REG_RAW', kind: 1, data: bytesHeld })
  })

  it('writes them back so that they read the same', () => {
    const tree = parseRegBytes(Buffer.concat([wine, le('1\r\n\r\n').subarray(2)]), 'w.reg').tree
    const again = parseRegBytes(encodeRegFile(writeRegText(sectionsFromTree(tree))), 'a.reg').tree
    expect(again.diff(tree)).toEqual([])
    expect(again.getValue(W, 'Multi')).toEqual(tree.getValue(W, 'Multi'))
    expect(again.getValue(W, 'Lone')).toEqual(tree.getValue(W, 'Lone'))
  })

  it('numbers lines right after an unpaired surrogate', () => {
    const e = refusal(Buffer.concat([wine, le('\r\n\r\n').subarray(2)]), 'wine.reg')
    expect(e.message).toMatch(/^wine\.reg:7: expected exactly 8 hex digits/)
  })

  it('still refuses escapes no exporter writes', () => {
    const e = refusal(le(`${head}"P"="C:\\Windows"\r\n\r\n`), 'p.reg')
    expect(e.message).toMatch(/^p\.reg:4: .*backslash must be doubled/)
  })
})
