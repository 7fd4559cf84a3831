/**
 * The compact tree (hex values kept as bytes and decoded when read, names shared, keys opened from
 * the last one) means exactly what the plain one means: every value decoded as it is read, stored
 * as its RegValue, and every key looked up from its hive.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { regReader, treeSink } from '../../../main/registry/reg-file'
import type { RegSink } from '../../../main/registry/reg-parse'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { regLines } from '../../helpers/reg'

const dirs = ['../../fixtures/verdict', '../../../main/demo/servers'].map((d) =>
  path.join(__dirname, d),
)
const files = dirs.flatMap((d) => readdirSync(d).map((f) => path.join(d, f)))

/** Keys in walk order with their flags, subkeys and values (decoded), as plain data. */
function dump(tree: RegistryTree): unknown[] {
  return [...tree.walk()].map(([p, node]) => ({
    p,
    explicit: node.explicit,
    count: node.valueCount,
    subkeys: node.subkeys.map((k) => k.name),
    values: node.values,
  }))
}

/** The plain reading: values decoded in the parser (no bytes()), keys opened by ensureKey. */
function plainSink(tree: RegistryTree): RegSink {
  return {
    key: (p) => void tree.ensureKey(p),
    deleteKey: (p) => void tree.deleteKey(p),
    value: (key, name, value) => tree.setValue(key, name, value),
    deleteValue: (key, name) => void tree.deleteValue(key, name),
  }
}

/** Both readings of the bytes: their dumps, or the error each one stopped at. */
function both(bytes: Uint8Array): [unknown, unknown] {
  const read = (sink: (tree: RegistryTree) => RegSink) => {
    const tree = new RegistryTree()
    try {
      const reader = regReader('x.reg', sink(tree))
      reader.push(bytes)
      reader.end()
      return dump(tree)
    } catch (e) {
      return { error: String(e) }
    }
  }
  return [read((tree) => treeSink(tree)), read(plainSink)]
}

/** A generated export in the shape of a whole hive (the benchmark's), with every value type. */
function generated(keys: number): string {
  const lines = ['Windows Registry Editor Version 5.00', '']
  const hex = (s: string, enc: BufferEncoding) =>
    [...Buffer.from(s, enc)].map((b) => b.toString(16).padStart(2, '0'))
  for (let v = 0; v < keys; v++) {
    const data = hex(`payload-${v}-`.repeat(4), 'latin1')
    lines.push(
      `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 7}\\Product${v}\\Settings\\Component${v % 13}]`,
      `"InstallPath"="C:\\\\Program Files\\\\Vendor${v % 7}\\\\Product ${v}\\\\"`,
      `"Version"="${v % 10}.${v % 7}.${v}.0"`,
      `"Enabled"=dword:${((v * 2654435761) >>> 0).toString(16).padStart(8, '0')}`,
      `"Data"=hex:${data.slice(0, 20).join(',')},\\`,
      `  ${data.slice(20).join(',')}`,
      `"Path"=hex(2):${hex(`%ProgramFiles%\\Vendor\\${v}\0`, 'utf16le').join(',')}`,
      `"List"=hex(7):${hex(`alpha${v}\0beta\0gamma\0\0`, 'utf16le').join(',')}`,
      `"Stamp"=hex(b):${hex(String(v).padStart(8, '0'), 'latin1').join(',')}`,
      `"Odd"=hex(2):${hex('x', 'latin1').join(',')}`,
      `"None"=hex(0):`,
      `"Raw"=hex(ffff):01,02`,
      `@="default ${v}"`,
      `"enabled"=dword:00000002`,
      '',
    )
    // A deleted key, named again at once: nothing of it may be reused.
    if (v % 50 === 25)
      lines.push(
        `[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 7}\\Product${v}]`,
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 7}\\Product${v}\\Settings\\Component${v % 13}]`,
        '"Again"=hex:01',
        '',
      )
    if (v % 50 === 49)
      lines.push(`[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 7}\\Product${v - 3}]`, '')
  }
  return regLines(...lines)
}

describe('the compact tree against values decoded as read', () => {
  for (const file of files)
    it(path.basename(file), () => {
      const [compact, plain] = both(readFileSync(file))
      expect(compact).toEqual(plain)
    })

  it('a generated whole-hive export, UTF-16LE and UTF-8', () => {
    const text = generated(400)
    for (const bytes of [Buffer.from(`\ufeff${text}`, 'utf16le'), Buffer.from(text, 'utf8')]) {
      const [compact, plain] = both(bytes)
      expect(compact).toEqual(plain)
      expect((compact as unknown[]).length).toBeGreaterThan(1000)
    }
  })

  it('a REGEDIT4 file (ANSI strings)', () => {
    const text = generated(30).replace('Windows Registry Editor Version 5.00', 'REGEDIT4')
    const [compact, plain] = both(Buffer.from(text, 'latin1'))
    expect(compact).toEqual(plain)
    expect((compact as unknown[]).length).toBeGreaterThan(90)
  })

  it('a clone reads the same and changes apart from its original', () => {
    const tree = new RegistryTree()
    const reader = regReader('x.reg', treeSink(tree))
    reader.push(Buffer.from(generated(40), 'utf8'))
    reader.end()
    const copy = tree.clone()
    expect(dump(copy)).toEqual(dump(tree))
    copy.setValue('HKLM\\SOFTWARE\\Vendor1\\Product1\\Settings\\Component1', 'Path', {
      type: 'REG_DWORD',
      data: 1,
    })
    expect(copy.equals(tree)).toBe(false)
    expect(
      tree.getValue('HKLM\\SOFTWARE\\Vendor1\\Product1\\Settings\\Component1', 'path'),
    ).toEqual({
      type: 'REG_EXPAND_SZ',
      data: '%ProgramFiles%\\Vendor\\1',
    })
  })
})
