/**
 * `tlswizard verify` and the machine the earlier diagnosis came from: another machine's diagnosis
 * is refused (exit 2, both named, what to do); one that does not name its machine is compared, with
 * a note that says so; the same machine is compared as it always was.
 */
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'

const BIN = path.resolve(__dirname, '../../../bin/tlswizard.cjs')
const NOTE = 'Could not confirm that both diagnoses are of the same machine'

let dir = ''
let before = ''
let patched = ''
beforeAll(async () => {
  dir = await scratchDir()
  before = path.join(dir, 'before.json')
  patched = path.join(dir, 'p.reg')
  expect((await cli('diagnose', '--demo', '2012r2-ex2016', '--out', before)).code).toBe(1)
  expect((await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', patched)).code).toBe(0)
})

describe('tlswizard verify and the machine', () => {
  it('refuses a diagnosis of another machine: exit 2, both machines named, nothing called fixed', async () => {
    for (const json of [[], ['--json']]) {
      const r = await cli('verify', '--before', before, '--demo', '2019-ex2019', ...json)
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err).toBe(
        'tlswizard verify: the diagnosis from before the fix is of EX2016 (ex2016.contoso.local), but the new one is of EX2019 (ex2019.contoso.local): they are different machines, so nothing here is known to be fixed. Run tlswizard verify on EX2016 (ex2016.contoso.local), where that diagnosis was made, or give the diagnosis saved on EX2019 (ex2019.contoso.local) before its fix (tlswizard diagnose --out FILE.json)\n',
      )
    }
    // In the admin's language too.
    const zh = await cli('verify', '--lang', 'zh-CN', '--before', before, '--demo', '2019-ex2019')
    expect(zh.code).toBe(2)
    expect(zh.err).toContain('这是两台不同的计算机')
  })

  it('the real tlswizard process refuses it the same way', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'verify', '--before', before, '--demo', '2019-ex2019'],
      { encoding: 'utf8', timeout: 30_000 },
    )
    expect(r.status, r.stderr).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('EX2016 (ex2016.contoso.local)')
    expect(r.stderr).toContain('EX2019 (ex2019.contoso.local)')
  })

  it('compares the same machine as before, with no note', async () => {
    const r = await cli('verify', '--before', before, '--registry', patched)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Action needed: .* {2}-> {2}Healthy: .*\n\nTLS 1\.2 server: off -> on\n/)
    expect(r.out).toContain('[FIXED] TLS 1.2 is off for the server side')
    expect(r.out).not.toContain(NOTE)
    const json = await cli('verify', '--before', before, '--registry', patched, '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out).comparison.machineConfirmed).toBe(true)
  })

  it('compares when one side does not name its machine, and says plainly that it is not confirmed', async () => {
    // An earlier diagnosis without the machine's names (an export without the ComputerName key).
    const saved = JSON.parse(await readFile(before, 'utf8'))
    const unnamed = path.join(dir, 'unnamed.json')
    await writeFile(
      unnamed,
      JSON.stringify({ ...saved, machine: { ...saved.machine, computerName: null, fqdn: null } }),
    )
    const r = await cli('verify', '--before', unnamed, '--registry', patched)
    expect(r.code).toBe(0)
    const [verdict, note, blank] = r.out.split('\n')
    expect(verdict).toMatch(/^Action needed: .* {2}-> {2}Healthy: /)
    expect(note).toBe(
      'Could not confirm that both diagnoses are of the same machine: one of them does not record its name. Check that the diagnosis from before the fix comes from the same server.',
    )
    expect(blank).toBe('')
    expect(r.out).toContain('[FIXED] TLS 1.2 is off for the server side')
    const json = await cli('verify', '--before', unnamed, '--registry', patched, '--json')
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out).comparison.machineConfirmed).toBe(false)
    // The other way round: the new diagnosis is of an export that does not name the machine.
    const schannelOnly = path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg')
    const blind = await cli('verify', '--before', before, '--registry', schannelOnly)
    expect(blind.code).toBe(4)
    expect(blind.out).toContain(NOTE)
  })
})

describe('tlswizard verify --before with other files an admin keeps (review findings)', () => {
  it('takes the JSON report saved before the fix, as it takes the diagnosis', async () => {
    const report = path.join(dir, 'before-report.json')
    expect((await cli('diagnose', '--demo', '2012r2-ex2016', '--report', report)).code).toBe(1)
    const r = await cli('verify', '--before', report, '--registry', patched)
    expect(r.code).toBe(0)
    expect(r.out).toContain('[FIXED] TLS 1.2 is off for the server side')
  })

  it('refuses a redacted report by what it is: its names cannot show the machine', async () => {
    const report = path.join(dir, 'redacted.json')
    const made = await cli('diagnose', '--demo', '2012r2-ex2016', '--report', report, '--redact')
    expect(made.code).toBe(1)
    const r = await cli('verify', '--before', report, '--registry', patched)
    expect(r.code).toBe(2)
    expect(r.err).toContain('redacted.json is a redacted report')
    expect(r.err).not.toContain('different machines')
  })

  it('an empty file is said to be empty, as diagnose and report say it', async () => {
    const empty = path.join(dir, 'empty.json')
    await writeFile(empty, '')
    const r = await cli('verify', '--before', empty, '--registry', patched)
    expect(r.code).toBe(2)
    expect(r.err).toContain('empty.json is empty')
  })
})
