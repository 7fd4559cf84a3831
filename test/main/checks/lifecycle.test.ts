import { describe, expect, it } from 'vitest'
import { diagnose } from '../../../main/checks/diagnose'
import { tableIsOld } from '../../../main/checks/lifecycle'
import type { ExchangeFacts, Facts } from '../../../main/system/facts'
import { translate } from '../../../shared/i18n/translate'
import { healthyFacts, withTls } from '../../helpers/facts'

// TLS 1.0/1.1 on, as most servers have them: old builds then meet no legacy-off guard.
const legacyOn = (build: number) =>
  withTls(
    withTls(healthyFacts(build), 'TLS 1.0', { enabled: 1, disabledByDefault: 0 }),
    'TLS 1.1',
    { enabled: 1, disabledByDefault: 0 },
  )

const ctx = (now: string) => ({
  tool: { name: 't', version: '0' },
  source: { kind: 'file' as const, adapter: 'reg-file', location: 'x.reg' },
  now: new Date(`${now}T12:00:00Z`),
})
const ex = (msi: string, fileVersion?: string): ExchangeFacts => {
  const [major, minor, build, revision] = msi.split('.').map(Number) as number[]
  return {
    major: major as number,
    minor: minor as number,
    build: build as number,
    revision: revision as number,
    edgeRole: false,
    installPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\',
    ...(fileVersion ? { fileVersion } : {}),
  }
}
const run = (facts: Facts, now = '2026-03-01') => diagnose(facts, ctx(now))
const of = (facts: Facts, now?: string) =>
  run(facts, now).findings.map((f) => `${f.severity}:${f.id}`)

describe('support status and update level', () => {
  it('Exchange 2016 CU5 from the setup key: out of support, CU not supported, update level unknown', () => {
    const d = run({ ...legacyOn(17763), exchange: ex('15.1.845.34') })
    expect(d.verdict).toBe('healthy')
    expect(d.machine.exchange).toMatchObject({
      name: 'Exchange 2016 CU5',
      versionSource: 'setup-key',
    })
    const out = d.findings.find((f) => f.id === 'exchange-out-of-support')
    expect(out?.messageKey).toBe('finding.exchange-out-of-support.migrate')
    expect(translate(`${out?.messageKey}.title`, out?.params)).toBe(
      'Exchange 2016 has been out of support since 2025-10-14',
    )
    const cu = d.findings.find((f) => f.id === 'exchange-cu-not-supported')
    expect(cu?.params).toMatchObject({ cu: 'Exchange 2016 CU5', latestCu: 'Exchange 2016 CU23' })
    expect(d.findings.find((f) => f.id === 'exchange-update-level-unknown')?.severity).toBe('info')
    expect(d.findings.find((f) => f.id === 'exchange-build-below-guidance')?.params.build).toBe(
      'Exchange 2016 CU5 (15.1.845.34)',
    )
    // One problem gathers them (the guidance warning keeps its own).
    expect(d.problems.find((p) => p.id === 'exchange-updates')?.findings).toEqual([
      'exchange-out-of-support',
      'exchange-cu-not-supported',
      'exchange-update-level-unknown',
    ])
  })

  it('before the end of support: no lifecycle warning; 2019 CU15 with SE as the path', () => {
    expect(
      of({ ...healthyFacts(17763), exchange: ex('15.1.2507.6', '15.1.2507.63') }, '2025-10-14'),
    ).toEqual(['warning:exchange-updates-behind'])
    const late = run({ ...healthyFacts(17763), exchange: ex('15.2.1748.10', '15.2.1748.43') })
    expect(late.findings.map((f) => f.messageKey)).toEqual([
      'finding.exchange-out-of-support.in-place',
    ])
  })

  it('N updates behind, with the latest name and month', () => {
    const d = run({ ...healthyFacts(17763), exchange: ex('15.1.2507.6', '15.1.2507.55') })
    const f = d.findings.find((x) => x.id === 'exchange-updates-behind')
    expect(f?.params).toMatchObject({
      build: 'Exchange 2016 CU23 Apr25HU (15.1.2507.55)',
      count: 6,
      latest: 'Exchange 2016 CU23 Feb26SU',
      date: '2026-02',
    })
    expect(f?.evidence[0]).toMatchObject({
      key: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe',
      value: 'FileVersion',
      actual: '15.1.2507.55',
    })
  })

  it('Exchange SE up to date: nothing; Exchange 2010 RU32 from ExSetup.exe: out of support only', () => {
    expect(of({ ...healthyFacts(17763), exchange: ex('15.2.2562.17', '15.2.2562.37') })).toEqual([])
    expect(of({ ...healthyFacts(9600), exchange: ex('14.3.123.4', '14.3.513.0') })).toEqual([
      'warning:exchange-out-of-support',
      'warning:windows-out-of-support',
    ])
    expect(of({ ...healthyFacts(9600), exchange: ex('14.3.123.4', '14.3.496.0') })).toContain(
      'warning:exchange-updates-behind',
    )
  })

  it('Exchange 2010 from the setup key: the rollup it shows is a lower bound', () => {
    const d = run({ ...healthyFacts(9600), exchange: ex('14.3.496.0') })
    expect(d.findings.find((f) => f.id === 'exchange-update-level-unknown')).toMatchObject({
      severity: 'info',
      messageKey: 'finding.exchange-update-level-unknown.rollup-at-least',
      params: { build: 'Exchange 2010 SP3 RU30 (14.3.496.0)' },
    })
  })

  it('a build that cannot do TLS 1.2 stays an error; lifecycle findings never add one', () => {
    const d = run({ ...legacyOn(9600), exchange: ex('14.3.123.4', '14.3.224.2') })
    expect(d.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual([
      'exchange-build-no-tls12',
    ])
    expect(d.findings.find((f) => f.id === 'exchange-build-no-tls12')?.params.build).toBe(
      'Exchange 2010 SP3 RU8v2 (14.3.224.2)',
    )
  })

  it('Windows Server 2008 R2 / 2012 / 2012 R2 out of support; 2016 not', () => {
    const w = (build: number, now = '2026-03-01') =>
      run({ ...healthyFacts(build) }, now).findings.filter((f) => f.id === 'windows-out-of-support')
    expect(w(9600)[0]?.params).toEqual({ os: 'Windows Server 2012 R2', date: '2023-10-10' })
    expect(w(9200)[0]?.params.date).toBe('2023-10-10')
    expect(w(7601)[0]?.params.date).toBe('2020-01-14')
    expect(w(9600, '2023-10-10')).toEqual([])
    expect(w(14393)).toEqual([])
  })

  it('the table is old six months after its asOf date', () => {
    expect(tableIsOld(new Date('2026-10-02T00:00:00Z'), '2026-04-01')).toBe(true)
    expect(tableIsOld(new Date('2026-09-30T00:00:00Z'), '2026-04-01')).toBe(false)
    const d = run(
      { ...healthyFacts(17763), exchange: ex('15.2.2562.17', '15.2.2562.37') },
      '2031-01-01',
    )
    expect(d.findings.map((f) => `${f.severity}:${f.id}`)).toContain(
      'info:exchange-build-table-old',
    )
  })

  it("the old table's evidence names the table in words, not a source file as a registry key", () => {
    const d = run(
      { ...healthyFacts(17763), exchange: ex('15.2.2562.17', '15.2.2562.37') },
      '2031-01-01',
    )
    const [e] = d.findings.find((f) => f.id === 'exchange-build-table-old')?.evidence ?? []
    expect(e?.key).not.toMatch(/exchange-builds\.json|[\\/]/)
    expect(e?.key).toBe(translate('evidence.item.buildTable'))
    expect(e?.words?.key).toEqual({ messageKey: 'evidence.item.buildTable', params: {} })
    expect(e?.words?.value).toEqual({ messageKey: 'evidence.item.tableDate', params: {} })
  })
})
