/**
 * A `.reg` export that holds only some of the keys a verdict needs is never called healthy (review
 * finding): a key is known absent only under a key whose own section is in the file, as reg export
 * writes every key below the one it exports. Built from the 2019 demo (healthy when whole).
 */
import { describe, expect, it } from 'vitest'
import { demoFile } from '../../../main/demo/demos'
import { buildReport } from '../../../main/report/build-report'
import { renderReportHtml } from '../../../main/report/render-html'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { CHECK_GROUPS, groupState } from '../../../shared/check-groups'
import { en } from '../../../shared/i18n/en'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cli } from '../../helpers/cli'
import { demoSections, diagnoseStore, scratchDir } from '../../helpers/demo'
import { regLines } from '../../helpers/reg'

/** The 2019 demo with only the keys under `keep`, as a store. */
const partOfDemo = async (keep: string[]) =>
  RegFileStore.open(await demoSections('2019-ex2019', keep))

const HKLM = 'HKEY_LOCAL_MACHINE\\'
const WINDOWS = `${HKLM}SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]`
const SCHANNEL = `${HKLM}SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL`
const CIPHERS = `${HKLM}SYSTEM\\CurrentControlSet\\Control\\Cryptography`
const DOTNET = `${HKLM}SOFTWARE\\Microsoft\\.NETFramework`
const DOTNET32 = `${HKLM}SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework`
const EXCHANGE = `${HKLM}SOFTWARE\\Microsoft\\ExchangeServer`

describe('a partial export', () => {
  it('the whole demo is healthy: the rest of these tests only take keys away', async () => {
    const d = await diagnoseStore(await RegFileStore.open(demoFile('2019-ex2019') as string))
    expect(d.verdict).toBe('healthy')
  })

  it('Windows, Schannel and ciphers but no .NET: not decided, naming the .NET keys', async () => {
    const d = await diagnoseStore(await partOfDemo([WINDOWS, SCHANNEL, CIPHERS]))
    expect(d.verdict).toBe('inconclusive')
    expect(d.coverage.missing).toContain('software')
    expect(d.coverage.software).toBe(false)
    const rows = d.findings.find((f) => f.id === 'registry-export-incomplete')?.evidence ?? []
    expect(rows.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        `HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319`,
        `HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319`,
      ]),
    )
    expect(rows.map((r) => r.key)).not.toContain(
      'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
    )
  })

  it('only the TLS 1.2 Server key of Schannel: the Client side is not taken as "not set"', async () => {
    const d = await diagnoseStore(
      await partOfDemo([
        WINDOWS,
        `${SCHANNEL}\\Protocols\\TLS 1.2\\Server`,
        CIPHERS,
        DOTNET,
        DOTNET32,
      ]),
    )
    expect(d.verdict).toBe('inconclusive')
    expect(d.coverage.missing).toContain('schannel')
  })

  it('with .NET and Schannel exported as reg export writes them, the verdict is decided again', async () => {
    const d = await diagnoseStore(
      await partOfDemo([WINDOWS, SCHANNEL, CIPHERS, DOTNET, DOTNET32, EXCHANGE]),
    )
    expect(d.coverage.missing).toEqual([])
    expect(d.verdict).toBe('healthy')
  })

  it('without the ExchangeServer key: "no Exchange" is not known, so not decided (review finding)', async () => {
    const d = await diagnoseStore(await partOfDemo([WINDOWS, SCHANNEL, CIPHERS, DOTNET, DOTNET32]))
    expect(d.verdict).toBe('inconclusive')
    expect(d.coverage.missing).toContain('software')
    const rows = d.findings.find((f) => f.id === 'registry-export-incomplete')?.evidence ?? []
    expect(rows.map((r) => r.key)).toContain('HKLM\\SOFTWARE\\Microsoft\\ExchangeServer')
  })

  it('without the restart markers: whether a restart is pending is not known, never "OK"', async () => {
    const restart = CHECK_GROUPS.find((g) => g.id === 'restart')!
    const whole = await diagnoseStore(await RegFileStore.open(demoFile('2019-ex2019') as string))
    expect(whole.coverage.restartMarkers).toBe(true)
    expect(groupState(restart, whole)).toBe('ok')
    const d = await diagnoseStore(
      await partOfDemo([WINDOWS, SCHANNEL, CIPHERS, DOTNET, DOTNET32, EXCHANGE]),
    )
    expect(d.coverage.restartMarkers).toBe(false)
    expect(groupState(restart, d)).toBe('unknown')
    // The verdict does not wait for them (a marker is not TLS)...
    expect(d.verdict).toBe('healthy')
    // ...but where the report speaks of the restart (a fix needs one), it does not claim none.
    const fix = await diagnoseStore(
      await RegFileStore.open(
        await demoSections('2012r2-ex2016', [
          WINDOWS,
          SCHANNEL,
          CIPHERS,
          DOTNET,
          DOTNET32,
          EXCHANGE,
        ]),
      ),
    )
    expect(fix.coverage.restartMarkers).toBe(false)
    const page = renderReportHtml(buildReport(fix))
    expect(page).toContain(en['reportDoc.restart.notKnown'])
    expect(page).not.toContain(en['reportDoc.restart.notPending'])
  })

  it('several files read as one: a key only implied in one of them stays implied', async () => {
    const most = await demoSections('2019-ex2019', [WINDOWS, CIPHERS, DOTNET, DOTNET32])
    const server = await demoSections('2019-ex2019', [`${SCHANNEL}\\Protocols\\TLS 1.2\\Server`])
    const r = await cli('diagnose', '--registry', most, '--registry', server, '--json')
    const d = JSON.parse(r.out) as { verdict: string; coverage: { missing: string[] } }
    expect(d.coverage.missing).toContain('schannel')
    expect(d.verdict).toBe('inconclusive')
  })

  it('a collect folder that says Exchange is not there ([-KEY] in its summary): decided again', async () => {
    const dir = path.join(await scratchDir(), 'tls-registry')
    await mkdir(dir)
    await copyFile(
      await demoSections('2019-ex2019', [WINDOWS, SCHANNEL, CIPHERS, DOTNET, DOTNET32]),
      path.join(dir, 'tls-all.reg'),
    )
    await writeFile(
      path.join(dir, 'tls-restart.reg'),
      regLines(
        'Windows Registry Editor Version 5.00',
        '',
        '; Made by collect-tls-registry.cmd: whether each restart marker is there, not what it holds,',
        '',
        `[-${EXCHANGE}]`,
        '',
      ),
    )
    const d = JSON.parse((await cli('diagnose', '--registry', dir, '--json')).out)
    expect(d.coverage.missing).toEqual([])
    expect(d.coverage.mailPath).not.toBe('exchange')
    expect(d.verdict).toBe('healthy')
  })

  it('a later [-KEY] for a key an earlier file showed is said, as any disagreement is', async () => {
    const dir = path.join(await scratchDir(), 'tls-registry')
    await mkdir(dir)
    await copyFile(demoFile('2019-ex2019') as string, path.join(dir, 'tls-all.reg'))
    await writeFile(
      path.join(dir, 'tls-restart.reg'),
      regLines('Windows Registry Editor Version 5.00', '', `[-${EXCHANGE}]`, ''),
    )
    const r = await cli('diagnose', '--registry', dir, '--json')
    expect(r.err).toMatch(/exports disagree/)
    expect(r.err).toMatch(
      /HKLM\\SOFTWARE\\Microsoft\\ExchangeServer: an earlier file has it, .*tls-restart\.reg says it is not there/,
    )
  })
})
