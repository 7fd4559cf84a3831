/**
 * diagnose checks every file it will write before it does any work (review findings: --out on the
 * input export with --force replaced the only copy of it; --out and --report on one name wrote one
 * and then failed; an existing --report was found only after --out had been written).
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoFile } from '../../../main/demo/demos'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'

async function exportIn(dir: string): Promise<string> {
  const file = path.join(dir, 'server.reg')
  await copyFile(demoFile('2012r2-ex2016') as string, file)
  return file
}

describe('diagnose outputs', () => {
  it('never replaces an input, even with --force', async () => {
    const dir = await scratchDir()
    const input = await exportIn(dir)
    const before = await readFile(input)
    // Named as given, or another way to the same file.
    for (const out of [input, path.join(dir, '.', 'sub', '..', 'server.reg')]) {
      const r = await cli('diagnose', '--registry', input, '--out', out, '--force')
      expect(r.code).toBe(2)
      expect(r.err).toContain('is also read by this command')
    }
    expect(await readFile(input)).toEqual(before)
  })

  it('never replaces an export inside a folder it reads, even with --force', async () => {
    const dir = await scratchDir()
    const input = await exportIn(dir)
    const before = await readFile(input)
    const r = await cli('diagnose', '--registry', dir, '--out', input, '--force')
    expect(r.code).toBe(2)
    expect(r.err).toContain('is also read by this command')
    expect(await readFile(input)).toEqual(before)
  })

  it('two outputs on one name: refused before either is written', async () => {
    const dir = await scratchDir()
    const input = await exportIn(dir)
    const same = path.join(dir, 'same.json')
    const r = await cli('diagnose', '--registry', input, '--out', same, '--report', same)
    expect(r.code).toBe(2)
    expect(r.err).toContain('is named for two outputs')
    expect(await readdir(dir)).toEqual(['server.reg'])
  })

  it('an existing --report is found before --out is written', async () => {
    const dir = await scratchDir()
    const input = await exportIn(dir)
    await writeFile(path.join(dir, 'old.html'), 'keep me')
    const r = await cli(
      'diagnose',
      '--registry',
      input,
      '--out',
      path.join(dir, 'new.json'),
      '--report',
      path.join(dir, 'old.html'),
    )
    expect(r.code).toBe(2)
    expect(r.err).toContain('old.html already exists')
    expect((await readdir(dir)).sort()).toEqual(['old.html', 'server.reg'])
    expect(await readFile(path.join(dir, 'old.html'), 'utf8')).toBe('keep me')
  })
})
