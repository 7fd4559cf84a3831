import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  peFileVersion,
  peFileVersionOfBytes,
  PeVersionError,
} from '../../../main/system/pe-version'
import { fuzz } from '../../fuzz/fuzz-kit'
import { buildPe, PE_LAYOUT } from './pe-image'

// NuGet's own build, shipped by electron-winstaller; `strings -el nuget.exe` shows FileVersion
// 2.8.50926.602 too (checked by hand, not by this reader).
const NUGET = path.join(__dirname, '../../../node_modules/electron-winstaller/vendor/nuget.exe')

describe('PE file version', () => {
  it('reads the version of a built image', async () => {
    await expect(peFileVersionOfBytes(buildPe([15, 1, 2507, 63]))).resolves.toBe('15.1.2507.63')
    await expect(peFileVersionOfBytes(buildPe([14, 3, 513, 0]))).resolves.toBe('14.3.513.0')
  })

  it.skipIf(!existsSync(NUGET))('reads a real Windows program (nuget.exe)', async () => {
    await expect(peFileVersion(NUGET)).resolves.toBe('2.8.50926.602')
  })

  it('reads a file on disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pe-'))
    const file = path.join(dir, 'ExSetup.exe')
    await writeFile(file, buildPe([15, 2, 1748, 42]))
    await expect(peFileVersion(file)).resolves.toBe('15.2.1748.42')
    await expect(peFileVersion(path.join(dir, 'missing.exe'))).rejects.toThrow(/cannot open/)
    await expect(peFileVersion(dir)).rejects.toBeInstanceOf(PeVersionError)
  })

  const broken: Array<[string, (b: Buffer) => Buffer, RegExp]> = [
    ['empty', () => Buffer.alloc(0), /ends early|outside/],
    ['truncated', (b) => b.subarray(0, PE_LAYOUT.versionDataAt + 10), /outside|ends early/],
    ['wrong MZ magic', (b) => (b.write('ZM', 0, 'latin1'), b), /no MZ header/],
    ['wrong PE magic', (b) => (b.write('NE', PE_LAYOUT.peAt, 'latin1'), b), /no PE header/],
    ['PE offset past the end', (b) => (b.writeUInt32LE(0x7fffffff, 0x3c), b), /outside/],
    [
      'resource RVA in no section',
      (b) => (b.writeUInt32LE(0x9000, PE_LAYOUT.peAt + 24 + 112 + 16), b),
      /in no section/,
    ],
    [
      'section raw data outside the file',
      (b) => (b.writeUInt32LE(0x7ffff000, PE_LAYOUT.sectionTableAt + 20), b),
      /outside/,
    ],
    [
      'a directory that links to itself',
      (b) => (b.writeUInt32LE(0x80000000, PE_LAYOUT.rsrcAt + 20), b),
      /no version resource|nested|corrupt/,
    ],
    [
      'a language entry that is a directory again',
      (b) => (b.writeUInt32LE(0x80000000 + 0x30, PE_LAYOUT.rsrcAt + 0x30 + 20), b),
      /nested too deeply/,
    ],
    [
      'a huge entry count',
      (b) => (b.writeUInt16LE(0xffff, PE_LAYOUT.rsrcAt + 14), b),
      /corrupt|outside/,
    ],
    ['no version resource', (b) => (b.writeUInt32LE(3, PE_LAYOUT.rsrcAt + 16), b), /no version/],
    [
      'no fixed file info',
      (b) => (b.writeUInt32LE(0, PE_LAYOUT.versionDataAt + 40), b),
      /no fixed file information/,
    ],
  ]
  it.each(broken)('refuses %s with a clear error', async (_name, breakIt, why) => {
    const bad = breakIt(buildPe([15, 1, 2507, 63]))
    const result = peFileVersionOfBytes(bad, 'ExSetup.exe')
    await expect(result).rejects.toBeInstanceOf(PeVersionError)
    await expect(result).rejects.toThrow(why)
  })

  it('fuzz: corrupted images give a version or a PeVersionError, never anything else', async () => {
    const good = buildPe([15, 1, 2507, 63])
    const arb = fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    await fuzz('pe-version', fc.tuple(arb, fc.nat(good.length)), async ([edits, cut]) => {
      const bytes = Buffer.from(good)
      for (const [at, v] of edits) bytes[at] = v
      try {
        const v = await peFileVersionOfBytes(bytes.subarray(0, Math.max(cut, 64)))
        expect(v).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
      } catch (e) {
        expect(e).toBeInstanceOf(PeVersionError)
      }
    })
  })
})
