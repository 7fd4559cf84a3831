import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { demoFile } from '../../../main/demo/demos'
import { scratchDir } from '../../helpers/demo'

describe('tlswizard fix / rollback / restart / verify', () => {
  it('fix --dry-run shows the plan and changes nothing (exit 1: changes pending; 0 when healthy)', async () => {
    const r = await cli('fix', '--demo', '2012r2-ex2016', '--dry-run')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/TLS 1\.2\\Server\s+Enabled\s+0\s+1/)
    expect(r.out).toContain('Dry run: nothing was changed.')
    expect((await cli('fix', '--demo', '2019-ex2019')).code).toBe(0)
    const json = JSON.parse((await cli('fix', '--demo', '2008r2-ex2010', '--json')).out)
    expect(json.plan.changes).toHaveLength(14)
  })

  it('fix --apply on a .reg file says "prepared", never "applied" or [OK] (nothing on a server changed)', async () => {
    const dir = await scratchDir()
    const json = await cli(
      'fix',
      '--demo',
      '2012r2-ex2016',
      '--apply',
      '--json',
      '--out',
      path.join(dir, 'a.reg'),
    )
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out).result.status).toBe('prepared')
    const text = await cli(
      'fix',
      '--demo',
      '2012r2-ex2016',
      '--apply',
      '--out',
      path.join(dir, 'b.reg'),
    )
    expect(text.out).toContain('[IN FILE]')
    expect(text.out).not.toContain('[OK]')
  })

  it('fix --apply on a .reg file writes the patched copy, the fix and the undo file; rollback restores', async () => {
    const dir = await scratchDir()
    const out = path.join(dir, 'patched.reg')
    const r = await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', out)
    expect(r.code).toBe(0)
    const files = (await readdir(dir)).sort()
    expect(files).toEqual([
      'patched.fix.reg',
      'patched.reg',
      expect.stringMatching(/^tls-backup-.*-EX2016\.reg$/),
    ])
    expect((await cli('diagnose', '--registry', out)).code).toBe(0)
    // The fix file alone, applied to the original snapshot, gives the same result as the patched copy.
    const fix = parseRegBytes(await readFile(path.join(dir, 'patched.fix.reg')), 'fix').tree
    expect([...fix.walk()].filter(([, n]) => n.valueCount).length).toBe(4)
    // Running again never overwrites anything.
    expect(await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', out)).toMatchObject({
      code: 2,
      err: expect.stringContaining('already exists'),
    })
    const backup = path.join(dir, files[2] as string)
    const restored = path.join(dir, 'restored.reg')
    expect((await cli('rollback', backup, '--registry', out, '--out', restored)).code).toBe(0)
    const a = parseRegBytes(await readFile(restored), 'r').tree
    const b = parseRegBytes(await readFile(demoFile('2012r2-ex2016') as string), 'o').tree
    expect(a.diff(b)).toEqual([])
    expect(
      (
        await cli(
          'rollback',
          '--newest',
          '--backup-dir',
          dir,
          '--registry',
          out,
          '--out',
          path.join(dir, 'r2.reg'),
        )
      ).code,
    ).toBe(0)
  })

  it('usage errors are clear (exit 2)', async () => {
    expect((await cli('fix', '--demo', '2012r2-ex2016', '--apply')).err).toContain(
      'add --out PATCHED.reg',
    )
    expect((await cli('fix', '--apply', '--dry-run', '--demo', 'x')).err).toContain('not both')
    expect((await cli('fix')).err).toContain('no Windows registry on this')
    expect((await cli('rollback')).err).toContain('name a backup file, or use --newest')
    expect((await cli('rollback', '/nope.reg', '--demo', 'x')).err).toContain(
      "Unknown option '--demo'",
    )
    expect((await cli('restart', '--in', '5')).err).toMatch(
      /restarting is for the Windows server itself/,
    )
  })

  it('allow-list at the CLI: a backup that touches anything else is refused and nothing is written', async () => {
    const dir = await scratchDir()
    const evil = path.join(dir, 'evil.reg')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(
      evil,
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"x"="c:\\\\evil.exe"\r\n\r\n',
    )
    const r = await cli(
      'rollback',
      evil,
      '--registry',
      demoFile('2012r2-ex2016') as string,
      '--out',
      path.join(dir, 'o.reg'),
    )
    expect(r.code).toBe(2)
    expect(r.err).toContain(
      'refused to change HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\x',
    )
    expect(await readdir(dir)).toEqual(['evil.reg'])
  })

  it('restart --dry-run prints the exact command', async () => {
    expect((await cli('restart', '--in', '10', '--dry-run')).out).toBe(
      'shutdown.exe /r /t 600 /c "Mailflow TLS Wizard: restart so that the new TLS settings (Schannel, .NET) take effect." /d p:4:2\n',
    )
    expect((await cli('restart', '--cancel', '--dry-run')).out).toBe('shutdown.exe /a\n')
  })

  it('verify compares a saved diagnosis with a fresh one', async () => {
    const dir = await scratchDir()
    const before = path.join(dir, 'before.json')
    await cli('diagnose', '--demo', '2012r2-ex2016', '--out', before)
    const patched = path.join(dir, 'p.reg')
    await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', patched)
    const r = await cli('verify', '--before', before, '--registry', patched)
    expect(r.code).toBe(0)
    expect(r.out).toContain('TLS 1.2 server: off -> on')
    expect(r.out).toContain('[FIXED] TLS 1.2 is off for the server side')
    expect((await cli('verify', '--before', patched, '--registry', patched)).err).toContain(
      'is not a diagnosis saved by tlswizard',
    )
  })

  it('verify reads a diagnosis saved by the first release (schemaVersion 1) and never calls a finding fixed because the rules changed', async () => {
    const dir = await scratchDir()
    const fixtures = path.join(__dirname, '../../fixtures/verify')
    const v1 = path.join(fixtures, 'v1-2012r2-ex2016.json')
    // Nothing changed on the server: its "half disabled" is today's "off" and "keys disagree", so
    // it is gone by name only. Not fixed, and nothing is new either.
    const same = await cli('verify', '--before', v1, '--demo', '2012r2-ex2016')
    expect(same.code).toBe(1)
    expect(same.out).not.toContain('[FIXED]')
    expect(same.out).not.toContain('[NEW]')
    expect(same.out).toContain('[NOT DECIDED] TLS 1.2 is half disabled')
    expect(same.out).toContain('[STILL THERE] TLS 1.2 is off for the server side')
    // What today's rules look for and the first release did not is found now, neither "still
    // there" nor "new".
    expect(same.out).toContain('[FOUND NOW] Exchange 2016 has been out of support since 2025-10-14')
    expect(same.out).not.toContain('[STILL THERE] Exchange 2016 has been out of support')
    // Enabled=0 was off before and is off now: no change to report on that side.
    expect(same.out).not.toContain('TLS 1.2 server:')
    // After the fix: the side is on, the old findings are not known fixed, the verdict is healthy.
    const patched = path.join(dir, 'p.reg')
    await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', patched)
    const fixed = await cli('verify', '--before', v1, '--registry', patched)
    expect(fixed.code).toBe(0)
    expect(fixed.out).toContain('TLS 1.2 server: off -> on')
    expect(fixed.out).not.toContain('[FIXED]')
    // A version-1 "healthy" made without the Windows build is not known to be healthy.
    const healthy = JSON.parse(await readFile(path.join(fixtures, 'v1-2019-ex2019.json'), 'utf8'))
    const blind = path.join(dir, 'blind.json')
    await writeFile(
      blind,
      JSON.stringify({
        ...healthy,
        machine: { ...healthy.machine, os: { ...healthy.machine.os, build: null } },
      }),
    )
    const json = await cli('verify', '--before', blind, '--demo', '2019-ex2019', '--json')
    expect(JSON.parse(json.out).comparison.verdict.before).toBe('inconclusive')
    // Any other version is still refused.
    const v3 = path.join(dir, 'v3.json')
    await writeFile(v3, JSON.stringify({ ...healthy, schemaVersion: 3 }))
    expect((await cli('verify', '--before', v3, '--demo', '2019-ex2019')).err).toContain(
      'is not a diagnosis saved by tlswizard',
    )
  })

  it('verify exits 4 when the fresh diagnosis cannot decide, and says how to collect the rest', async () => {
    const dir = await scratchDir()
    const before = path.join(dir, 'before.json')
    await cli('diagnose', '--demo', '2012r2-ex2016', '--out', before)
    const reg = path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg')
    const r = await cli('verify', '--before', before, '--registry', reg)
    expect(r.code).toBe(4)
    expect(r.out).toMatch(/^Action needed: .* {2}-> {2}Inconclusive: /)
    // Undecided sides are "?", never "off".
    expect(r.out).toContain('TLS 1.2 client: on -> ?')
    // Gone from an export that lacks its keys is not fixed.
    expect(r.out).not.toContain('[FIXED]')
    expect(r.out).toContain('[NOT DECIDED] TLS 1.2 is off for the server side')
    expect(r.out).toContain('reg export "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"')
    const json = await cli('verify', '--before', before, '--registry', reg, '--json')
    expect(json.code).toBe(4)
    expect(JSON.parse(json.out).comparison.verdict).toEqual({
      before: 'action-needed',
      after: 'inconclusive',
    })
  })
})
