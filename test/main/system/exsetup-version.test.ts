import { copyFileSync, readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  exSetupPath,
  parseExSetupText,
  withLiveExSetupVersion,
} from '../../../main/system/exsetup-version'
import { gatherFacts } from '../../../main/system/facts'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { cli } from '../../helpers/cli'

const FIXTURES = path.join(__dirname, '../../fixtures/verdict')
const CMD = path.join(__dirname, '../../../docs/collect/collect-tls-registry.cmd')
// What `wmic datafile ... get Version /value > file` writes: UTF-16LE, blank lines around.
const wmic = (v: string) => Buffer.from(`\ufeff\r\r\n\r\r\nVersion=${v}\r\r\n\r\r\n`, 'utf16le')

describe("ExSetup.exe's version", () => {
  it('reads wmic output (UTF-16LE), a PowerShell line and nothing else', () => {
    expect(parseExSetupText(wmic('15.1.2507.63'))).toBe('15.1.2507.63')
    expect(parseExSetupText(Buffer.from('15.01.2507.039\r\n'))).toBe('15.01.2507.039')
    expect(parseExSetupText(Buffer.from(''))).toBeUndefined()
    expect(parseExSetupText(Buffer.from('No Instance(s) Available.\r\n'))).toBeUndefined()
    expect(parseExSetupText(Buffer.from('Version=15.1\r\n'))).toBeUndefined()
  })

  it('live: bin\\ExSetup.exe under the install path; a failure is kept as the reason', async () => {
    const x = { major: 15, minor: 1, build: 2507, revision: 6, edgeRole: false }
    const installPath = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\'
    expect(exSetupPath(installPath)).toBe(
      'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe',
    )
    const read = async (f: string) => (f.endsWith('\\bin\\ExSetup.exe') ? '15.1.2507.63' : 'x')
    expect((await withLiveExSetupVersion({ ...x, installPath }, read)).fileVersion).toBe(
      '15.1.2507.63',
    )
    const broken = await withLiveExSetupVersion({ ...x, installPath }, async () => {
      throw new Error('cannot open ExSetup.exe: ENOENT')
    })
    expect(broken.fileVersion).toBeUndefined()
    expect(broken.fileVersionError).toMatch(/ENOENT/)
    expect((await withLiveExSetupVersion(x, read)).fileVersionError).toMatch(/no install path/)
  })

  it('a .reg file is never read for ExSetup.exe, whatever the platform', async () => {
    const store = await RegFileStore.open(path.join(FIXTURES, 'healthy-2019.reg'))
    const facts = await gatherFacts(store, 'win32')
    expect(facts.exchange?.fileVersion).toBeUndefined()
    expect(facts.exchange?.fileVersionError).toBeUndefined()
  })

  it('a live store on Windows looks for ExSetup.exe under MsiInstallPath (here: not there)', async () => {
    const demo = path.join(__dirname, '../../../main/demo/servers/2019-ex2019.reg')
    const file = await RegFileStore.open(demo)
    const live = Object.assign(Object.create(file) as RegFileStore, { adapter: 'native-reg' })
    const facts = await gatherFacts(live, 'win32')
    expect(facts.exchange?.fileVersion).toBeUndefined()
    expect(facts.exchange?.fileVersionError).toMatch(/cannot open .*bin\\ExSetup\.exe/)
    expect((await gatherFacts(live, 'linux')).exchange?.fileVersionError).toBeUndefined()
  })

  it('diagnose --registry FOLDER reads tls-exsetup.txt: the build with its update, named', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tls-registry-'))
    copyFileSync(path.join(FIXTURES, 'healthy-2019.reg'), path.join(dir, 'tls-all.reg'))
    await writeFile(path.join(dir, 'tls-exsetup.txt'), wmic('15.2.1544.39'))
    const r = await cli('diagnose', '--registry', dir, '--json')
    const d = diagnosisSchema.parse(JSON.parse(r.out))
    expect(d.machine.exchange).toMatchObject({
      version: '15.2.1544.39',
      name: 'Exchange 2019 CU14 Feb26SU',
      versionSource: 'exsetup',
    })
    expect(d.findings.map((f) => f.id)).not.toContain('exchange-update-level-unknown')
    const text = await cli('diagnose', '--registry', dir)
    expect(text.out).toContain('Exchange: Exchange 2019 CU14 Feb26SU (15.2.1544.39)')
  })

  it('without the file the setup key gives the CU, and the update level is unknown', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tls-registry-'))
    copyFileSync(path.join(FIXTURES, 'healthy-2019.reg'), path.join(dir, 'tls-all.reg'))
    const d = diagnosisSchema.parse(
      JSON.parse((await cli('diagnose', '--registry', dir, '--json')).out),
    )
    expect(d.machine.exchange).toMatchObject({
      version: '15.2.1544.4',
      name: 'Exchange 2019 CU14',
      versionSource: 'setup-key',
    })
    expect(d.findings.find((f) => f.id === 'exchange-update-level-unknown')?.severity).toBe('info')
  })

  it('the collect script writes tls-exsetup.txt from ExSetup.exe under MsiInstallPath (CRLF)', () => {
    const cmd = readFileSync(CMD, 'utf8')
    expect(cmd).not.toMatch(/[^\r]\n/)
    expect(cmd).toContain('\\v15\\Setup" /v MsiInstallPath')
    expect(cmd).toContain('\\v14\\Setup" /v MsiInstallPath')
    expect(cmd).toContain('set "EXFILE=%EXPATH%bin\\ExSetup.exe"')
    expect(cmd).toMatch(
      /wmic datafile where "name='%EXWMI%'" get Version \/value > tls-exsetup\.txt/,
    )
  })
})
