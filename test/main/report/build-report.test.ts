import { describe, expect, it } from 'vitest'
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { diagnosisOfReport, reportSchema, REPORT_KIND } from '../../../shared/report'
import { en } from '../../../shared/i18n/en'
import { enReport } from '../../../shared/i18n/en-report'
import { buildReport } from '../../../main/report/build-report'
import { renderReportHtml } from '../../../main/report/render-html'
import { renderReportReg, reportRegSections } from '../../../main/report/render-reg'
import { reportFormatOf } from '../../../main/report/report-file'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { diagnoseStore, openDemo, scratchDir } from '../../helpers/demo'
import { fixes } from './fixtures'

describe('the report model', () => {
  it('holds the diagnosis, the values read, the restart state; it is ours and versioned', async () => {
    const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
    const r = buildReport(d, { now: new Date('2026-11-22T10:00:00Z') })
    expect(reportSchema.parse(r)).toEqual(r)
    expect(r).toMatchObject({ kind: REPORT_KIND, schemaVersion: 2, redacted: false })
    expect(r.coverage).toEqual(d.coverage)
    expect(r.problems).toEqual(d.problems)
    expect(r.generatedAt).toBe('2026-11-22T10:00:00.000Z')
    expect(r.findings).toEqual(d.findings)
    expect(r.registry.schannel).toEqual(d.schannel)
    // Sixteen Schannel values, the Windows build, then the .NET values the evidence shows, each once.
    const names = r.registry.values.map((v) => `${v.key}\\${v.value}`)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain(
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\\Enabled',
    )
    expect(names.some((n) => n.includes('SchUseStrongCrypto'))).toBe(true)
    expect(
      r.registry.values.find(
        (v) => v.key.endsWith('Windows NT\\CurrentVersion') && v.value === 'CurrentBuild',
      )?.actual,
    ).toBe('9600')
    expect(
      r.registry.values.find((v) => v.key.endsWith('TLS 1.2\\Server') && v.value === 'Enabled')
        ?.actual,
    ).toBe(0)
    expect(r.restart).toEqual({
      pending: false,
      neededAfterFixes: true,
      schannelChangedAt: null,
      scheduledFor: null,
    })
    expect(r.probes).toEqual([])
    expect(r.fixes).toBeUndefined()
    expect(r.comparison).toBeUndefined()
    expect(diagnosisOfReport(r)).toEqual({ ...d, generatedAt: d.generatedAt })
  })

  it('verify mode: before and after; fixes planned and applied with the backup file', async () => {
    const before = await diagnoseStore(await openDemo('2012r2-ex2016'))
    // The healthy sample stands in for the same server after its fix.
    const healthy = await diagnoseStore(await openDemo('2019-ex2019'))
    const after = { ...healthy, machine: before.machine }
    const r = buildReport(after, { before, ...fixes('x') })
    expect(r.comparison?.verdict).toEqual({ before: 'action-needed', after: 'healthy' })
    expect(r.comparison?.machineConfirmed).toBe(true)
    expect(r.comparison?.fixed.map((f) => f.id)).toContain('tls12-not-enabled')
    expect(r.fixes?.applied?.backupFile).toBe('C:\\backups\\x.reg')
  })

  it('the .reg of the values read: Version 5.00, UTF-16LE, and a diagnosis of it agrees', async () => {
    const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
    const r = buildReport(d)
    const bytes = renderReportReg(r)
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe])
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true)
    expect(text).toContain('"Enabled"=dword:00000000')
    expect(text).toContain('; not set: HKLM\\SYSTEM')
    const parsed = parseRegBytes(bytes, 'values.reg')
    expect(parsed.encoding).toBe('utf-16le')
    expect(reportRegSections(r).length).toBeGreaterThan(0)
    // The values read, diagnosed again offline, give the same Schannel picture and verdict.
    const file = path.join(await scratchDir(), 'values.reg')
    await writeFile(file, bytes)
    const again = await diagnoseStore(await RegFileStore.open(file))
    expect(again.schannel).toEqual(d.schannel)
    expect(again.machine.os).toEqual(d.machine.os)
    expect(again.verdict).toBe('action-needed')
  })

  it('a diagnosis of the values read never says more than the report: same Schannel, never greener', async () => {
    const dir = path.join(__dirname, '../../fixtures/verdict')
    const names = (await readdir(dir)).filter((n) => n.endsWith('.reg') && n !== 'header-only.reg')
    expect(names.length).toBeGreaterThan(10)
    const scratch = await scratchDir()
    for (const name of names) {
      const d = await diagnoseStore(await RegFileStore.open(path.join(dir, name)))
      const file = path.join(scratch, name)
      await writeFile(file, renderReportReg(buildReport(d)))
      const again = await diagnoseStore(await RegFileStore.open(file))
      expect(again.schannel, name).toEqual(d.schannel)
      expect(again.coverage.controlSet, name).toBe(d.coverage.controlSet)
      // What the file does not hold (values a check found right) leaves it undecided, never healthy.
      if (d.verdict !== 'healthy') expect(again.verdict, name).not.toBe('healthy')
      if (d.verdict === 'inconclusive') expect(again.verdict, name).toBe('inconclusive')
    }
  })

  it('reports of version 1 still open: coverage and problems are derived, a healthy verdict without a build is not', async () => {
    const d = await diagnoseStore(await openDemo('2019-ex2019'))
    const v2 = buildReport(d)
    const { coverage: _c, problems: _p, ...rest } = v2
    const v1 = reportSchema.parse({ ...rest, schemaVersion: 1 })
    expect(diagnosisOfReport(v1)).toMatchObject({
      schemaVersion: 2,
      verdict: 'healthy',
      coverage: { osBuild: true, missing: [], collect: [], mailPath: 'exchange' },
    })
    // Healthy for mail flow; only a note remains: the update level (no ExSetup.exe in a .reg).
    expect(diagnosisOfReport(v1).problems.map((p) => p.id)).toEqual(['exchange-updates'])
    const noBuild = reportSchema.parse({
      ...v1,
      machine: { ...v1.machine, os: { ...v1.machine.os, build: null } },
    })
    expect(diagnosisOfReport(noBuild)).toMatchObject({
      verdict: 'inconclusive',
      coverage: { osBuild: false, missing: ['os-build'] },
    })
  })

  it('a report whose verdict was edited to be milder than its findings shows what the findings say', async () => {
    const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
    expect(d.verdict).toBe('action-needed')
    const tampered = { ...buildReport(d), verdict: 'healthy' as const }
    expect(diagnosisOfReport(tampered).verdict).toBe('action-needed')
    const html = renderReportHtml(tampered)
    expect(html).toContain(`class="verdict action-needed"`)
    expect(html).toContain(en['reportDoc.verdict.action-needed'])
    expect(html).not.toContain(en['reportDoc.verdict.healthy'])
    // A milder verdict than the findings' is never made graver than what was saved, either.
    const inconclusive = { ...buildReport(d), verdict: 'inconclusive' as const }
    expect(diagnosisOfReport(inconclusive).verdict).toBe('action-needed')
  })

  it('file formats come from the extension', () => {
    expect(reportFormatOf('a/b/Report.HTML', ['html', 'json'])).toBe('html')
    expect(reportFormatOf('r.htm', ['html', 'json'])).toBe('html')
    expect(reportFormatOf('r.json', ['html', 'json'])).toBe('json')
    expect(() => reportFormatOf('r.txt', ['html', 'json'])).toThrow(/must end in .html or .json/)
    expect(() => reportFormatOf('r.reg', ['html', 'json'])).toThrow()
  })

  it('every report message is in the English catalog as written (no key taken by another catalog)', () => {
    for (const [k, v] of Object.entries(enReport))
      expect((en as Record<string, string>)[k], k).toBe(v)
  })
})
