import { describe, expect, it } from 'vitest'
import { readRegularFile, UnreadableFileError } from '../../../main/files/bounded-read'
import { pathInside, safeFileName } from '../../../main/files/safe-name'

describe('readRegularFile', () => {
  it('counts bytes as it reads: a file whose size says 0 is still stopped at the limit', async () => {
    // /proc files report size 0 and then deliver content, as a growing file would.
    const err = await readRegularFile('/proc/self/maps', 64).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UnreadableFileError)
    expect((err as UnreadableFileError).reason).toBe('too-large')
    expect((await readRegularFile('/proc/self/maps', 1 << 24)).length).toBeGreaterThan(64)
  })

  it.each([
    ['/dev/zero', 'not-a-file'],
    ['/tmp', 'folder'],
    ['/nonexistent/x', 'missing'],
  ])('%s is refused as %s', async (file, reason) => {
    await expect(readRegularFile(file, 1024)).rejects.toMatchObject({ reason })
  })
})

describe('names from data', () => {
  it.each([
    ['../../../../tmp/x/owned', 'tmp_x_owned'],
    ['..\\..\\evil', 'evil'],
    ['EX2016', 'EX2016'],
    ['con', 'con_'],
    ['NUL.txt', 'NUL_.txt'],
    ['...', 'server'],
    ['', 'server'],
    ['ex\u212A\u0000\n', 'exK'],
  ])('%j -> %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe)
  })

  it('pathInside refuses anything that is not a plain name in the folder', () => {
    expect(pathInside('/out', 'a.reg')).toBe('/out/a.reg')
    for (const bad of ['../a.reg', '/etc/passwd', 'x/../../a', '.', '', 'sub/a.reg'])
      expect(() => pathInside('/out', bad)).toThrow(/not a plain file name/)
  })
})
