import { randomBytes } from 'node:crypto'
import { crc32, inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { zipBytes } from '../../scripts/zip.mjs'

/** Reads a ZIP the way an unzip tool does: from the end record through the central directory. */
function unzip(zip: Buffer): Map<string, { data: Buffer; method: number; date: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  expect(end).toBe(zip.length - 22)
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  expect(at + zip.readUInt32LE(end + 12)).toBe(end)
  const files = new Map<string, { data: Buffer; method: number; date: number }>()
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const size = zip.readUInt32LE(at + 20)
    const nameLen = zip.readUInt16LE(at + 28)
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen)
    expect(zip.readUInt32LE(local)).toBe(0x04034b50)
    expect(zip.toString('utf8', local + 30, local + 30 + nameLen)).toBe(name)
    const start = local + 30 + nameLen + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + size)
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw)
    expect(crc32(data), name).toBe(crc)
    expect(data.length).toBe(zip.readUInt32LE(at + 24))
    files.set(name, { data, method, date: zip.readUInt16LE(at + 14) })
    at += 46 + nameLen + skip
  }
  return files
}

describe('the zip writer of the Server Core zip (scripts/zip.mjs)', () => {
  it('round-trips text (deflated), random bytes (stored), empty files and folders', () => {
    const text = Buffer.from('tlswizard.exe diagnose\r\n'.repeat(200))
    const noise = randomBytes(4096)
    const files = unzip(
      zipBytes([
        { name: 'README.txt', data: text, mtime: new Date(2026, 10, 25, 10, 30, 0) },
        { name: 'node_modules/native-reg/prebuilds/win32-x64/node.napi.node', data: noise },
        { name: 'renderer/empty.txt', data: Buffer.alloc(0) },
      ]),
    )
    expect([...files.keys()]).toEqual([
      'README.txt',
      'node_modules/native-reg/prebuilds/win32-x64/node.napi.node',
      'renderer/empty.txt',
    ])
    expect(files.get('README.txt')).toMatchObject({ data: text, method: 8 })
    // 2026-11-25 as an MS-DOS date: years since 1980, month, day.
    expect(files.get('README.txt')?.date).toBe((46 << 9) | (11 << 5) | 25)
    const stored = files.get('node_modules/native-reg/prebuilds/win32-x64/node.napi.node')
    expect(stored).toMatchObject({ data: noise, method: 0 })
    expect(files.get('renderer/empty.txt')?.data.length).toBe(0)
  })

  it('refuses names that would unpack outside the folder, and duplicates', () => {
    const data = Buffer.from('x')
    for (const name of ['../evil.txt', '/abs.txt', 'a\\b.txt', 'a/../../b', ''])
      expect(() => zipBytes([{ name, data }]), name).toThrow(/unsafe entry name/)
    expect(() =>
      zipBytes([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/duplicate/)
  })
})
