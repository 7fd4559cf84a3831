import { describe, expect, it } from 'vitest'
import { parseRegBytes, parseRegText, regReader, treeSink } from '../../../main/registry/reg-file'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { RegFormatError } from '../../../main/registry/reg-format-error'
import { regLines, utf16File } from '../../helpers/reg'

const V5 = 'Windows Registry Editor Version 5.00'
const K = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test'

function errorOf(fn: () => unknown): RegFormatError {
  try {
    fn()
  } catch (e) {
    if (e instanceof RegFormatError) return e
    throw e
  }
  throw new Error('expected a RegFormatError')
}

describe('.reg parser: value forms', () => {
  const text = regLines(
    V5,
    '',
    '; a comment line',
    `[${K}]`,
    '@="default value"',
    '"Str"="say \\"hi\\" C:\\\\Windows"',
    '"Dw"=dword:ffffffff',
    '"Q"=hex(b):01,00,00,00,00,00,00,80',
    '"Exp"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,25,\\',
    '  00,00,00',
    '"Multi"=hex(7):61,00,00,00,62,00,63,00,00,00,00,00',
    '"Bin"=hex:de,ad,be,ef',
    '"None"=hex(0):',
    '"Odd"=hex(5):00,00,00,01',
    '"BadSz"=hex(1):41,00',
    '"Spaced" = dword:00000002',
  )

  it('reads every form reg export writes', () => {
    const tree = parseRegText(text)
    const v = (n: string) => tree.getValue(K, n)
    expect(v('')).toEqual({ type: 'REG_SZ', data: 'default value' })
    expect(v('Str')).toEqual({ type: 'REG_SZ', data: 'say "hi" C:\\Windows' })
    expect(v('Dw')).toEqual({ type: 'REG_DWORD', data: 0xffffffff })
    expect(v('Q')).toEqual({ type: 'REG_QWORD', data: 0x8000000000000001n })
    expect(v('Exp')).toEqual({ type: 'REG_EXPAND_SZ', data: '%SystemRoot%' })
    expect(v('Multi')).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'bc'] })
    expect(v('Bin')).toEqual({
      type: 'REG_BINARY',
      data: Uint8Array.from([0xde, 0xad, 0xbe, 0xef]),
    })
    expect(v('None')).toEqual({ type: 'REG_NONE', data: new Uint8Array(0) })
    expect(v('Odd')).toEqual({ type: 'REG_RAW', kind: 5, data: Uint8Array.from([0, 0, 0, 1]) })
    // A REG_SZ without its terminator is kept byte for byte rather than "repaired".
    expect(v('BadSz')).toEqual({ type: 'REG_RAW', kind: 1, data: Uint8Array.from([0x41, 0]) })
    expect(v('Spaced')).toEqual({ type: 'REG_DWORD', data: 2 })
  })

  it('treats key and value names case-insensitively, keeping the first spelling', () => {
    const tree = parseRegText(
      regLines(
        V5,
        '[HKLM\\Software\\Test]',
        '"Name"=dword:00000001',
        `[${K.toUpperCase()}]`,
        '"NAME"=dword:00000002',
      ),
    )
    expect(tree.getValue('hklm\\software\\test', 'name')).toEqual({ type: 'REG_DWORD', data: 2 })
    expect(tree.getKey(K)?.name).toBe('Test')
  })

  it('applies [-KEY] and "x"=- deletions in order, as reg import does', () => {
    const tree = parseRegText(
      regLines(
        V5,
        `[${K}\\Sub]`,
        '"a"=dword:00000001',
        `[${K}]`,
        '"b"=dword:00000002',
        '"c"=dword:00000003',
        `[-${K}\\Sub]`,
        `[${K}]`,
        '"b"=-',
      ),
    )
    expect(tree.getKey(`${K}\\Sub`)).toBeUndefined()
    expect(tree.getValue(K, 'b')).toBeUndefined()
    expect(tree.getValue(K, 'c')).toEqual({ type: 'REG_DWORD', data: 3 })
  })

  it('reads REGEDIT4 files, whose string bytes are ANSI', () => {
    const ansi = Buffer.from(
      regLines(
        'REGEDIT4',
        '',
        `[${K}]`,
        '"E"=hex(2):43,3a,5c,e9,00',
        '"M"=hex(7):61,00,62,00,00',
        '"S"="caf\u00e9"',
        '',
      ),
      'latin1',
    )
    const { tree, format, encoding } = parseRegBytes(ansi, 'old.reg')
    expect(format).toBe('regedit4')
    expect(encoding).toBe('windows-1252')
    expect(tree.getValue(K, 'E')).toEqual({ type: 'REG_EXPAND_SZ', data: 'C:\\\u00e9' })
    expect(tree.getValue(K, 'M')).toEqual({ type: 'REG_MULTI_SZ', data: ['a', 'b'] })
    expect(tree.getValue(K, 'S')).toEqual({ type: 'REG_SZ', data: 'caf\u00e9' })
  })

  it('detects UTF-16LE with BOM, UTF-8 with and without BOM', () => {
    const text = regLines(V5, `[${K}]`, '"S"="\u4e2d\u6587"', '')
    for (const [bytes, enc] of [
      [utf16File(text), 'utf-16le'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
      [Buffer.from(text), 'utf-8'],
    ] as const) {
      const parsed = parseRegBytes(bytes, 'x.reg')
      expect(parsed.encoding).toBe(enc)
      expect(parsed.tree.getValue(K, 'S')).toEqual({ type: 'REG_SZ', data: '\u4e2d\u6587' })
    }
  })

  it('reads a file that is not UTF-8 throughout as ANSI throughout, however it arrives', () => {
    // UTF-8 "é" on line 4, a lone ANSI "é" (0xe9) on line 5: the file as a whole is not UTF-8.
    const head = Buffer.from(`${V5}\r\n\r\n[${K}]\r\n"A"="caf\u00e9"\r\n`)
    const bytes = Buffer.concat([head, Buffer.from('"B"="caf\xe9"\r\n\r\n', 'latin1')])
    for (const size of [bytes.length, 7, 1]) {
      const tree = new RegistryTree()
      const reader = regReader('mixed.reg', treeSink(tree))
      for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size))
      expect(reader.end().encoding).toBe('windows-1252')
      expect(tree.getValue(K, 'A')).toEqual({ type: 'REG_SZ', data: 'caf\u00c3\u00a9' })
      expect(tree.getValue(K, 'B')).toEqual({ type: 'REG_SZ', data: 'caf\u00e9' })
    }
  })
})

describe('.reg parser: malformed input names file, line and what was expected', () => {
  const cases: Array<[string, string, number | null, RegExp]> = [
    ['no header', regLines(`[${K}]`), 1, /expected the header/],
    ['value before key', regLines(V5, '"a"=dword:00000001'), 2, /before any \[KEY\]/],
    ['dword of 9 digits', regLines(V5, `[${K}]`, '"a"=dword:123456789'), 3, /exactly 8 hex/],
    ['dword of 4 digits', regLines(V5, `[${K}]`, '"UBR"=dword:0000', ''), 3, /exactly 8 hex/],
    ['dword of 1 digit', regLines(V5, `[${K}]`, '"a"=dword:1', ''), 3, /exactly 8 hex digits/],
    ['bad hex byte', regLines(V5, `[${K}]`, '"a"=hex:01,zz'), 3, /hex byte/],
    ['unclosed string', regLines(V5, `[${K}]`, '"a"="abc'), 3, /not closed/],
    ['bad escape', regLines(V5, `[${K}]`, '"a"="C:\\Windows"'), 3, /backslash must be doubled/],
    ['unknown hive', regLines(V5, '[HKEY_NOWHERE\\x]'), 2, /unknown root key "HKEY_NOWHERE"/],
    ['empty component', regLines(V5, '[HKLM\\a\\\\b]'), 2, /empty key name/],
    ['unclosed key', regLines(V5, '[HKLM\\a'), 2, /expected "\]"/],
    ['garbage line', regLines(V5, `[${K}]`, 'hello'), 3, /expected a \[KEY\] line/],
    ['unknown data', regLines(V5, `[${K}]`, '"a"=qword:1'), 3, /after "="/],
    ['missing =', regLines(V5, `[${K}]`, '"a" dword:00000001'), 3, /expected "="/],
    ['value under deleted key', regLines(V5, `[-${K}]`, '"a"=dword:00000001'), 3, /deletes/],
    ['continuation at end', regLines(V5, `[${K}]`, '"a"=hex:01,\\'), 3, /continued.*cut short/],
  ]
  for (const [name, text, line, msg] of cases) {
    it(name, () => {
      const e = errorOf(() => parseRegBytes(Buffer.from(text), 'bad.reg'))
      expect(e.file).toBe('bad.reg')
      expect(e.line).toBe(line)
      expect(e.message).toMatch(msg)
      expect(e.message.startsWith(`bad.reg:${line}: `)).toBe(true)
    })
  }

  it('an empty file', () => {
    expect(errorOf(() => parseRegBytes(new Uint8Array(0), 'e.reg')).message).toBe(
      'e.reg: the file is empty; expected a registry export',
    )
  })

  it('a truncated UTF-16 file (odd number of bytes)', () => {
    const bytes = utf16File(regLines(V5, `[${K}]`, '"a"=dword:00000001', ''))
    const e = errorOf(() => parseRegBytes(bytes.subarray(0, bytes.length - 1), 't.reg'))
    expect(e.message).toMatch(/odd number of bytes.*cut short/)
  })

  it('a binary file', () => {
    const bin = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])
    expect(errorOf(() => parseRegBytes(bin, 'a.out')).message).toMatch(/NUL byte.*not a \.reg file/)
  })
})
