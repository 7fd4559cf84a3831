import { describe, expect, it } from 'vitest'
import { diagnose } from '../../../main/checks/diagnose'
import type { ExchangeFacts, Facts } from '../../../main/system/facts'
import { healthyFacts, withDotnet, withTls } from '../../helpers/facts'

const ctx = {
  tool: { name: 't', version: '0' },
  source: { kind: 'file' as const, adapter: 'reg-file', location: 'x.reg' },
  now: new Date(0),
}
const ex = (v: string, fileVersion?: string): ExchangeFacts => {
  const [major, minor, build, revision] = v.split('.').map(Number) as [
    number,
    number,
    number,
    number,
  ]
  return { major, minor, build, revision, edgeRole: false, ...(fileVersion ? { fileVersion } : {}) }
}
// healthyFacts has TLS 1.0 and 1.1 switched off (Enabled=0) and the .NET switches set.
const off = (x: ExchangeFacts, os = 14393): Facts => ({ ...healthyFacts(os), exchange: x })
const on = (x: ExchangeFacts, os = 14393): Facts =>
  withTls(withTls(off(x, os), 'TLS 1.0', { enabled: 1, disabledByDefault: 0 }), 'TLS 1.1', {
    enabled: 1,
    disabledByDefault: 0,
  })
const guard = (f: Facts) => diagnose(f, ctx).findings.filter((x) => x.id.startsWith('legacy-tls'))

describe('switching TLS 1.0/1.1 off: only on builds that allow it', () => {
  it('off on Exchange 2016 before CU9, 2013 before CU20, 2010 before SP3 RU22: an error', () => {
    for (const [x, minimum] of [
      [ex('15.1.1415.2'), 'Exchange 2016 CU9'],
      [ex('15.0.1365.1'), 'Exchange 2013 CU20'],
      [ex('14.3.123.4', '14.3.399.2'), 'Exchange 2010 SP3 RU22'],
    ] as const) {
      const [f] = guard(off(x))
      expect(f?.id).toBe('legacy-tls-off-build-too-old')
      expect(f?.severity).toBe('error')
      expect(f?.params.minimum).toBe(minimum)
      expect(f?.fixes).toEqual(['update-exchange', 'restart-server'])
      expect(diagnose(off(x), ctx).problems[0]?.id).toBe('legacy-tls-off')
    }
  })

  it('off on builds that allow it: nothing; an unknown 2010 rollup: a warning', () => {
    expect(guard(off(ex('15.1.1466.3')))).toEqual([])
    expect(guard(off(ex('15.0.1367.3')))).toEqual([])
    expect(guard(off(ex('14.3.123.4', '14.3.411.0')))).toEqual([])
    expect(guard(off(ex('15.2.1544.4'), 17763))).toEqual([])
    const [unknown] = guard(off(ex('14.3.123.4')))
    expect(unknown?.severity).toBe('warning')
    expect(unknown?.messageKey).toBe('finding.legacy-tls-off-build-too-old.unknown')
  })

  it('off without the .NET switches: the .NET finding is the error (Health Checker rule)', () => {
    const d = diagnose(withDotnet(off(ex('15.1.2507.6')), 0), ctx)
    expect(d.findings.find((f) => f.id === 'dotnet-tls-not-configured')?.severity).toBe('error')
  })

  it('on: the note says what makes switching them off safe here', () => {
    const key = (f: Facts) => guard(f).map((x) => x.messageKey)
    expect(key(on(ex('15.1.1415.2')))).toEqual(['finding.legacy-tls-enabled.update-first'])
    expect(guard(on(ex('15.1.1415.2')))[0]?.params.minimum).toBe('Exchange 2016 CU9')
    expect(key(on(ex('15.1.2507.6')))).toEqual(['finding.legacy-tls-enabled.safe'])
    expect(key(withDotnet(on(ex('15.1.2507.6')), 0))).toEqual([
      'finding.legacy-tls-enabled.dotnet-first',
    ])
    expect(key(on(ex('14.3.123.4')))).toEqual(['finding.legacy-tls-enabled.check-rollup'])
    expect(key({ ...on(ex('15.1.2507.6')), exchange: undefined })).toEqual([
      'finding.legacy-tls-enabled',
    ])
  })
})
