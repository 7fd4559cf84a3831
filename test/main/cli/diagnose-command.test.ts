import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { regLines, utf16File, writeRegExport } from '../../helpers/reg'

const BIN = path.join(__dirname, '../../../bin/tlswizard.cjs')

/** Runs the built command as a user would; the bundle is built by `npm test` before vitest. */
function tlswizard(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-cli-'))
})

describe('tlswizard diagnose (in process)', () => {
  it('the three demos give the verdicts they were made for', async () => {
    expect((await cli('diagnose', '--demo', '2012r2-ex2016')).code).toBe(1)
    expect((await cli('diagnose', '--demo', '2019-ex2019')).code).toBe(0)
    expect((await cli('diagnose', '--demo', '2008r2-ex2010')).code).toBe(1)
  })

  it('--json prints the versioned contract', async () => {
    const { code, out } = await cli('diagnose', '--demo', '2008r2-ex2010', '--json')
    expect(code).toBe(1)
    const d = diagnosisSchema.parse(JSON.parse(out))
    expect(d.schemaVersion).toBe(2)
    expect(d.schannel['TLS 1.2']).toMatchObject({
      state: 'disabled',
      client: { enabled: false, effective: 'off' },
      server: { enabled: false, effective: 'off' },
    })
    // The build table's age follows the clock: left out.
    const aged = (id: string) => id !== 'exchange-build-table-old'
    expect(d.findings.map((f) => f.id).filter(aged)).toEqual([
      'tls12-not-enabled',
      'schannel-values-undefined',
      'exchange-out-of-support',
      'windows-out-of-support',
      'dotnet-tls-not-configured',
      'dotnet-v2-tls-not-configured',
      'winhttp-tls12-missing',
      'restart-pending',
      'schannel-state-differs-from-health-checker',
      'legacy-tls-enabled',
      'exchange-update-level-unknown',
    ])
    expect(d.machine.exchange).toMatchObject({
      name: 'Exchange 2010 SP3 RU30',
      version: '14.3.496.0',
      versionSource: 'setup-key',
    })
    expect(d.problems.map((p) => p.id)).toEqual([
      'tls12-off-both',
      'schannel-consistency',
      'exchange-updates',
      'windows-support',
      'dotnet',
      'winhttp',
      'restart-pending',
      'health-checker-words',
      'legacy-tls',
    ])
    expect(d.coverage).toMatchObject({
      missing: [],
      mailPath: 'exchange',
      controlSet: 'CurrentControlSet',
    })
  })

  it('human output: verdict first, then the problems counted, each with its evidence once', async () => {
    const { out } = await cli('diagnose', '--demo', '2012r2-ex2016')
    const lines = out.split('\n')
    expect(lines[0]).toBe(
      'Machine: EX2016 (ex2016.contoso.local), Windows Server 2012 R2 Standard build 9600.20778',
    )
    expect(lines[4]).toBe('Action needed: this server cannot reliably do TLS 1.2 with Office 365.')
    // 2016 and 2012 R2 are out of support: two warnings beside the TLS ones.
    expect(lines[5]).toBe('7 problems: 2 errors, 4 warnings, 1 note')
    expect(lines[1]).toBe('Exchange: Exchange 2016 CU5 (15.1.845.34)')
    expect(lines[7]).toBe('1. [ERROR] TLS 1.2 is switched off for incoming connections')
    expect(out).toContain('   also: TLS 1.2 Client and Server keys disagree  (tls12-misconfigured)')
    expect(out).toContain(
      '   HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n       Enabled = 0  (expected 1)\n',
    )
    expect(out.match(/TLS 1\.2\\Server\n/g)).toHaveLength(1)
    expect(out).toMatch(/TLS 1\.2\s+on\s+off\s+Misconfigured/)
  })

  it('several --registry files (or a folder of them) are read as one registry', async () => {
    const text = (build: string) =>
      utf16File(
        regLines(
          'Windows Registry Editor Version 5.00',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]',
          `"CurrentBuild"="${build}"`,
          '',
        ),
      )
    const folder = path.join(dir, 'exports')
    await mkdir(folder)
    await writeFile(path.join(folder, 'a-windows.reg'), text('7601'))
    const demo = path.join(__dirname, '../../../main/demo/servers/2019-ex2019.reg')
    const one = await cli('diagnose', '--registry', demo, '--json')
    expect(one.code).toBe(0)
    // The second file wins where both set a value: the build of 2008 R2 turns TLS 1.2 keys' meaning.
    const two = await cli('diagnose', '--registry', demo, '--registry', folder, '--json')
    const d = diagnosisSchema.parse(JSON.parse(two.out))
    expect(d.machine.os.build).toBe(7601)
    expect(d.source.location).toBe(`${demo} + ${path.join(folder, 'a-windows.reg')}`)
    const empty = path.join(dir, 'empty')
    await mkdir(empty)
    expect(await cli('diagnose', '--registry', empty)).toMatchObject({
      code: 2,
      err: expect.stringContaining('is a folder with no .reg files in it'),
    })
  })

  it('--out saves the JSON and never overwrites without --force', async () => {
    const file = path.join(dir, 'd.json')
    expect((await cli('diagnose', '--demo', '2019-ex2019', '--out', file)).code).toBe(0)
    expect(diagnosisSchema.parse(JSON.parse(await readFile(file, 'utf8'))).verdict).toBe('healthy')
    const again = await cli('diagnose', '--demo', '2012r2-ex2016', '--out', file)
    expect(again.code).toBe(2)
    expect(again.err).toContain('already exists')
    expect(JSON.parse(await readFile(file, 'utf8')).verdict).toBe('healthy')
    expect((await cli('diagnose', '--demo', '2012r2-ex2016', '--out', file, '--force')).code).toBe(
      1,
    )
    expect(JSON.parse(await readFile(file, 'utf8')).verdict).toBe('action-needed')
  })

  it('usage mistakes exit 2 with a clear message', async () => {
    expect(await cli('diagnose', '--demo', 'nope')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown demo "nope"; the demos are: 2012r2-ex2016'),
    })
    expect(await cli('diagnose', '--demo', 'x', '--registry', 'y')).toMatchObject({
      code: 2,
      err: expect.stringContaining('not both'),
    })
    // In the language asked for, as every other message (they were English whatever --lang said).
    expect(await cli('diagnose', '--demo', 'nope', '--lang', 'ro')).toMatchObject({
      code: 2,
      err: expect.stringContaining('demo necunoscut „nope”; demo-urile sunt: 2012r2-ex2016'),
    })
    expect(await cli('diagnose', '--bogus')).toMatchObject({
      code: 2,
      err: expect.stringContaining("'--bogus'"),
    })
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "frobnicate"'),
    })
    expect((await cli('diagnose')).err).toContain('no Windows registry on this')
  })
})

describe('tlswizard diagnose (the built command)', () => {
  const cases: Array<[string, () => Promise<Uint8Array | null>, RegExp]> = [
    ['a missing file', async () => null, /cannot open: no such file/],
    ['an empty file', async () => new Uint8Array(0), /the file is empty/],
    [
      'a binary file',
      async () => Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]),
      /NUL byte/,
    ],
    [
      'a truncated UTF-16 file',
      async () =>
        utf16File(
          regLines('Windows Registry Editor Version 5.00', '', '[HKLM\\X]', '"a"=dword:1'),
        ).subarray(0, 61),
      /odd number of bytes.*cut short/,
    ],
  ]
  for (const [label, content, message] of cases) {
    it(`${label}: exit 2, one line on stderr naming the file, no stack trace`, async () => {
      const file = path.join(dir, `${label.replace(/\W+/g, '-')}.reg`)
      const bytes = await content()
      if (bytes) await writeFile(file, bytes)
      const r = tlswizard('diagnose', '--registry', file)
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err).toMatch(message)
      expect(r.err).toContain(file)
      expect(r.err).not.toMatch(/\n\s+at /)
      expect(r.err.trim().split('\n')).toHaveLength(1)
    })
  }

  it('exit 0 for a healthy demo, 1 for a broken one, 4 for an incomplete export; JSON on stdout', async () => {
    const file = await writeRegExport(
      path.join(dir, 'schannel-only.reg'),
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols]',
      '',
    )
    expect(tlswizard('diagnose', '--registry', file).code).toBe(4)
    expect(tlswizard('diagnose', '--demo', '2019-ex2019').code).toBe(0)
    const r = tlswizard('diagnose', '--demo', '2012r2-ex2016', '--json')
    expect(r.code).toBe(1)
    expect(diagnosisSchema.parse(JSON.parse(r.out)).machine.exchange?.product).toBe(
      'Exchange Server 2016',
    )
  })

  it('--help and --version', () => {
    expect(tlswizard('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('tlswizard diagnose'),
    })
    expect(tlswizard('--version').out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
