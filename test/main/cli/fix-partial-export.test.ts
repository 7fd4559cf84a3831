/**
 * `fix --apply` on an export that does not hold every key it touches (review finding): the undo file
 * never deletes a key the export simply did not contain (on the server the .NET keys always exist,
 * with subkeys), and the files are named for the server, never for the machine running the tool.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createWizardService } from '../../../main/service/wizard-service'
import { openRegistrySource } from '../../../main/system/registry-source'
import { en } from '../../../shared/i18n/en'
import { cli } from '../../helpers/cli'
import { demoSections, scratchDir } from '../../helpers/demo'

const HKLM = 'HKEY_LOCAL_MACHINE\\'
const CLIENT = `${HKLM}SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`

async function undoText(
  keep: string[],
  demo = '2012r2-ex2016',
): Promise<{ undo: string; names: string[] }> {
  const file = await demoSections(demo, keep)
  const dir = await scratchDir()
  const r = await cli('fix', '--registry', file, '--apply', '--out', path.join(dir, 'p.reg'))
  expect(r.code, r.err).toBe(0)
  const names = await readdir(dir)
  const backup = names.find((n) => n.startsWith('tls-backup-')) as string
  const undo = (await readFile(path.join(dir, backup))).subarray(2).toString('utf16le')
  return { undo, names }
}

describe('fix --apply on a partial export', () => {
  it('.NET keys not in the export: not judged, not planned, and the undo file never touches them', async () => {
    const { undo } = await undoText([
      `${HKLM}SYSTEM`,
      `${HKLM}SOFTWARE\\Microsoft\\Windows NT`,
      `${HKLM}SOFTWARE\\Microsoft\\ExchangeServer`,
    ])
    expect(undo).not.toContain('.NETFramework')
    // The TLS 1.2 Client key is under Protocols' own section: it really did not exist, and goes.
    expect(undo).toContain(`[-${CLIENT}]`)
  })

  it('a key the fix creates whose parent the export does not show: its values go back one by one', async () => {
    // Server 2008 R2 without its WinHttp sections: the fix sets DefaultSecureProtocols there.
    const { undo } = await undoText(
      [
        `${HKLM}SYSTEM`,
        `${HKLM}SOFTWARE\\Microsoft\\Windows NT`,
        `${HKLM}SOFTWARE\\Microsoft\\.NET`,
        `${HKLM}SOFTWARE\\Wow6432Node\\Microsoft\\.NET`,
        `${HKLM}SOFTWARE\\Microsoft\\ExchangeServer`,
      ],
      '2008r2-ex2010',
    )
    const winhttp = `${HKLM}SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp`
    expect(undo).not.toContain(`[-${winhttp}]`)
    expect(undo).toContain(`[${winhttp}]\r\n"DefaultSecureProtocols"=-`)
  })

  it('an export without the computer name: files named for "server", not this machine', async () => {
    const { names } = await undoText([
      `${HKLM}SYSTEM\\CurrentControlSet\\Control\\SecurityProviders`,
      `${HKLM}SOFTWARE`,
    ])
    expect(names).toContainEqual(expect.stringMatching(/^tls-backup-\d{8}-\d{6}-server\.reg$/))
    expect(names.join(' ')).not.toContain(hostname())
  })
})

describe('fix on an offline SYSTEM hive (ControlSet00N, no CurrentControlSet)', () => {
  it('is refused, saying why and what to export instead, and writes nothing', async () => {
    const hive = path.resolve(__dirname, '../../fixtures/verdict/offline-hive-server-off.reg')
    const dry = await cli('fix', '--registry', hive)
    expect(dry.code).toBe(2)
    expect(dry.err).toMatch(
      /offline SYSTEM hive, read from ControlSet00\d: a fix is written for CurrentControlSet/,
    )
    const dir = await scratchDir()
    const apply = await cli('fix', '--registry', hive, '--apply', '--out', path.join(dir, 'p.reg'))
    expect(apply.code).toBe(2)
    expect(await readdir(dir)).toEqual([])
  })

  it('is still diagnosed, with a report that says why no change is planned (review finding)', async () => {
    const hive = path.resolve(__dirname, '../../fixtures/verdict/offline-hive-server-off.reg')
    const report = path.join(await scratchDir(), 'r.html')
    const r = await cli('diagnose', '--registry', hive, '--report', report)
    expect(r.code).toBe(1)
    expect(await readFile(report, 'utf8')).toContain('offline SYSTEM hive, read from ControlSet00')
    // The wizard's engine: the diagnosis comes with a plan that says why it is empty; Apply refuses.
    const api = createWizardService({
      source: await openRegistrySource({ registry: hive }),
      platform: 'linux',
      outDir: await scratchDir(),
      elevated: null,
      verify: false,
      language: 'en',
      emit: () => {},
      chooseReportFile: async () => null,
      chooseReportToOpen: async () => null,
    })
    const { diagnosis, plan } = await api['diagnosis:run']({
      symptom: null,
      pastedText: null,
      probes: [],
    })
    expect(diagnosis.verdict).toBe('action-needed')
    expect(plan.changes).toEqual([])
    expect(plan.refused).toMatch(/offline SYSTEM hive/)
    await expect(api['fixes:apply']({ planId: plan.id })).rejects.toThrow(/offline SYSTEM hive/)
  })
})

describe('fix and verify read several exports, or a folder of them, as diagnose does', () => {
  it('the plan from two files in a folder is the plan from the whole export (it was the last file only)', async () => {
    const dir = path.join(await scratchDir(), 'tls-registry')
    await mkdir(dir)
    await copyFile(await demoSections('2012r2-ex2016', [`${HKLM}SYSTEM`]), path.join(dir, 'a.reg'))
    await copyFile(
      await demoSections('2012r2-ex2016', [`${HKLM}SOFTWARE`]),
      path.join(dir, 'b.reg'),
    )
    const plan = async (...args: string[]) =>
      JSON.parse((await cli('fix', ...args, '--json')).out).plan.changes as unknown[]
    const whole = await plan('--demo', '2012r2-ex2016')
    expect(whole.length).toBeGreaterThan(0)
    expect(await plan('--registry', dir)).toEqual(whole)
    const files = [path.join(dir, 'a.reg'), path.join(dir, 'b.reg')]
    expect(await plan('--registry', files[0]!, '--registry', files[1]!)).toEqual(whole)
    const before = path.join(path.dirname(dir), 'before.json')
    await writeFile(before, (await cli('diagnose', '--registry', dir, '--json')).out)
    const verify = await cli(
      'verify',
      '--before',
      before,
      '--registry',
      files[0]!,
      '--registry',
      files[1]!,
      '--json',
    )
    expect(JSON.parse(verify.out).after.machine.computerName).toBe('EX2016')
  })
})

describe('the report of a server without Exchange', () => {
  it('says the .NET switches were left out of the plan, never that they are already right', async () => {
    const file = await demoSections('2012r2-ex2016', [
      `${HKLM}SYSTEM`,
      `${HKLM}SOFTWARE\\Microsoft\\Windows NT`,
      `${HKLM}SOFTWARE\\Microsoft\\.NETFramework`,
      `${HKLM}SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework`,
    ])
    // A server without Exchange, as the collect script says it ([-KEY] for its missing key).
    const text = (await readFile(file)).subarray(2).toString('utf16le')
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`${text}[-${HKLM}SOFTWARE\\Microsoft\\ExchangeServer]\r\n\r\n`, 'utf16le'),
      ]),
    )
    const report = path.join(await scratchDir(), 'r.html')
    await cli('diagnose', '--registry', file, '--report', report)
    const html = await readFile(report, 'utf8')
    expect(html).toContain(en['fixes.leftOut.dotnet'].slice(0, 40))
    expect(html).not.toContain(en['reportDoc.actions.alreadyRight'])
  })
})

describe("fix on a collect folder: the restart markers' summary is not an export", () => {
  it('its stand-in values never reach the patched copy; its [-KEY]s are taken', async () => {
    const dir = path.join(await scratchDir(), 'tls-registry')
    await mkdir(dir)
    // A server without Exchange: the export has no ExchangeServer key, the summary says why.
    await copyFile(
      await demoSections('2012r2-ex2016', [
        `${HKLM}SYSTEM`,
        `${HKLM}SOFTWARE\\Microsoft\\Windows NT`,
        `${HKLM}SOFTWARE\\Microsoft\\.NETFramework`,
        `${HKLM}SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework`,
      ]),
      path.join(dir, 'tls-all.reg'),
    )
    const summary = [
      'Windows Registry Editor Version 5.00',
      '',
      '; Made by collect-tls-registry.cmd: whether each restart marker is there, not what it holds,',
      '',
      `[-${HKLM}SOFTWARE\\Microsoft\\ExchangeServer]`,
      '',
      `[${HKLM}SYSTEM\\CurrentControlSet\\Control\\Session Manager]`,
      '"PendingFileRenameOperations"=hex(7):00,00',
      '',
      '',
    ].join('\r\n')
    // Re-saved by an editor as UTF-16: still the summary.
    await writeFile(
      path.join(dir, 'tls-restart.reg'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(summary, 'utf16le')]),
    )
    // diagnose reads it (a restart is pending; no Exchange)...
    const d = JSON.parse((await cli('diagnose', '--registry', dir, '--json')).out)
    expect(d.findings.map((f: { id: string }) => f.id)).toContain('restart-pending')
    expect(d.coverage.mailPath).toBe('none-found')
    // ...fix takes its [-KEY] (the .NET fix is left out: no Exchange) but not its values.
    const plan = JSON.parse((await cli('fix', '--registry', dir, '--json')).out).plan
    expect(plan.leftOut).toEqual(['dotnet-v4-strong-crypto'])
    const patched = path.join(path.dirname(dir), 'patched.reg')
    expect((await cli('fix', '--registry', dir, '--apply', '--out', patched)).code).toBe(0)
    const text = (await readFile(patched)).subarray(2).toString('utf16le')
    expect(text).toContain('TLS 1.2')
    expect(text).not.toContain('PendingFileRenameOperations')
  })
})
