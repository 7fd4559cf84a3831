/**
 * A file given where the command expects something else (review findings): `diagnose server.reg`
 * names the option that takes it, and `rollback MISSING.reg` says the file is missing before
 * anything about the registry it would go into.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'

describe('a file where the command does not take one', () => {
  it.each(['diagnose', 'fix', 'verify', 'serve'])('%s server.reg: use --registry', async (cmd) => {
    const r = await cli(cmd, 'server.reg')
    expect(r.code).toBe(2)
    expect(r.err).toContain('(a registry export is given as --registry server.reg)')
  })

  it('other files and other commands get no such hint', async () => {
    expect((await cli('diagnose', 'notes.json')).err).not.toContain('--registry')
    expect((await cli('restart', 'server.reg')).err).not.toContain('--registry server.reg')
  })

  it('says it in the language asked for', async () => {
    const r = await cli('diagnose', 'server.reg', '--lang', 'lt')
    expect(r.err).toContain('(registro eksportas nurodomas taip: --registry server.reg)')
  })
})

describe('rollback of a backup that is not there, or not a backup', () => {
  it('a missing file is said first, whatever the registry', async () => {
    const dir = await scratchDir()
    const r = await cli('rollback', path.join(dir, 'missing.reg'))
    expect(r.code).toBe(2)
    expect(r.err).toContain('missing.reg: cannot open: no such file')
    expect(r.err).not.toContain('no Windows registry')
  })

  it('a file that is not a backup is refused before the registry is opened', async () => {
    const dir = await scratchDir()
    const file = path.join(dir, 'notes.reg')
    await writeFile(file, 'secret line\n')
    const r = await cli('rollback', file)
    expect(r.code).toBe(2)
    expect(r.err).toContain('this is not a backup written by Mailflow TLS Wizard')
    expect(r.err).not.toContain('secret')
  })
})
