import { describe, expect, it } from 'vitest'
import { diagnose } from '../../../main/checks/diagnose'
import type { Facts } from '../../../main/system/facts'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { emptyFacts, healthyFacts, withDotnet, withTls } from '../../helpers/facts'

const ctx = {
  tool: { name: 't', version: '0' },
  source: { kind: 'file' as const, adapter: 'reg-file', location: 'x' },
  now: new Date(0),
}
const run = (f: Facts) => diagnose(f, ctx)
const ids = (f: Facts) => run(f).findings.map((x) => `${x.severity}:${x.id}`)
const ex = (major: number, minor: number, build: number, revision: number) => ({
  major,
  minor,
  build,
  revision,
  edgeRole: false,
})

describe('diagnose', () => {
  it('a healthy, up-to-date 2019 server has no findings and a schema-valid diagnosis', () => {
    // ExSetup.exe says CU14 Feb26SU, the latest update of a supported CU (the clock is 1970).
    const d = run({
      ...healthyFacts(17763),
      exchange: { ...ex(15, 2, 1544, 4), fileVersion: '15.2.1544.39' },
    })
    expect(d.findings).toEqual([])
    expect(d.verdict).toBe('healthy')
    expect(diagnosisSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d)
  })

  it('TLS 1.2 off makes the verdict action-needed, with evidence and fixes', () => {
    const d = run(
      withTls(healthyFacts(9600), 'TLS 1.2', { enabled: 1, disabledByDefault: 0 }, { enabled: 0 }),
    )
    expect(d.verdict).toBe('action-needed')
    const f = d.findings.find((x) => x.id === 'tls12-not-enabled')
    expect(f?.params.sides).toBe('server')
    expect(f?.fixes).toEqual(['schannel-tls12-enable', 'restart-server'])
    expect(f?.evidence).toContainEqual({
      key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
      value: 'Enabled',
      actual: 0,
      expected: '1',
    })
    // One wrong value: off and Misconfigured (Health Checker's word), one problem; not Half
    // Disabled (DisabledByDefault is not set), and no second warning repeating the same rows.
    expect(
      ids(
        withTls(
          healthyFacts(9600),
          'TLS 1.2',
          { enabled: 1, disabledByDefault: 0 },
          { enabled: 0 },
        ),
      ),
    ).toEqual(['error:tls12-not-enabled', 'error:tls12-misconfigured'])
    expect(d.problems.map((p) => [p.id, p.findings])).toEqual([
      ['tls12-off-incoming', ['tls12-not-enabled', 'tls12-misconfigured']],
    ])
  })

  it('findings come worst first', () => {
    const sev = run(emptyFacts(7601)).findings.map((f) => f.severity)
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    )
  })

  it('.NET v4 switches: where Exchange runs, an error on 2013+ or with TLS 1.0/1.1 off; elsewhere a warning that says why', () => {
    const noDotnet = (f: Facts) => ({ ...f, dotnet: emptyFacts().dotnet })
    const base = noDotnet(withTls(withTls(healthyFacts(17763), 'TLS 1.0', {}), 'TLS 1.1', {}))
    expect(ids(base)).toContain('warning:dotnet-tls-not-configured')
    expect(ids({ ...base, exchange: ex(15, 1, 2507, 6) })).toContain(
      'error:dotnet-tls-not-configured',
    )
    expect(ids({ ...base, exchange: ex(14, 3, 496, 0) })).toContain(
      'warning:dotnet-tls-not-configured',
    )
    // TLS 1.0/1.1 off (healthyFacts): an error with Exchange 2010 too, not without Exchange.
    const legacyOff = noDotnet(healthyFacts(17763))
    expect(ids({ ...legacyOff, exchange: ex(14, 3, 496, 0) })).toContain(
      'error:dotnet-tls-not-configured',
    )
    const relay = run({ ...legacyOff, mailServices: { SMTPSVC: true } })
    expect(relay.findings.find((f) => f.id === 'dotnet-tls-not-configured')).toMatchObject({
      severity: 'warning',
      messageKey: 'finding.dotnet-tls-not-configured.relay',
    })
    expect(relay.verdict).toBe('healthy')
    // HKLM\SOFTWARE not exported: the values were not seen, so nothing is said about them.
    const unseen = { ...legacyOff, seen: { software: false, schannel: true, cipherLocal: true } }
    expect(ids(unseen)).not.toContain('warning:dotnet-tls-not-configured')
    // One view missing is enough.
    const oneView = withDotnet(healthyFacts(17763))
    oneView.dotnet.v4.wow6432 = { systemDefaultTlsVersions: 1, schUseStrongCrypto: 0 }
    expect(
      run(oneView).findings.find((f) => f.id === 'dotnet-tls-not-configured')?.evidence,
    ).toEqual([
      {
        key: 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319',
        value: 'SchUseStrongCrypto',
        actual: 0,
        expected: '1',
      },
    ])
  })

  it('.NET v2 matters only with Exchange 2010', () => {
    const f = {
      ...healthyFacts(7601),
      dotnet: { ...withDotnet(emptyFacts()).dotnet, v2: emptyFacts().dotnet.v2 },
    }
    expect(ids(f)).not.toContain('warning:dotnet-v2-tls-not-configured')
    expect(ids({ ...f, exchange: ex(14, 3, 496, 0) })).toContain(
      'warning:dotnet-v2-tls-not-configured',
    )
  })

  it('WinHTTP TLS 1.2 bit: only Server 2008 R2 and 2012, other bits irrelevant', () => {
    const f = (build: number, dsp?: number) => ({
      ...healthyFacts(build),
      winhttp: {
        native: { defaultSecureProtocols: dsp },
        wow6432: { defaultSecureProtocols: dsp },
      },
    })
    expect(ids(f(7601))).toContain('warning:winhttp-tls12-missing')
    expect(ids(f(9200, 0xa80 & ~0x800))).toContain('warning:winhttp-tls12-missing')
    expect(ids(f(9200, 0xa80))).not.toContain('warning:winhttp-tls12-missing')
    expect(ids(f(9600))).not.toContain('warning:winhttp-tls12-missing')
    expect(ids(f(17763))).not.toContain('warning:winhttp-tls12-missing')
  })

  it('Exchange builds: no TLS 1.2 before 2010 SP3 RU9 / 2013 CU8, below guidance before RU19 / CU19 / 2016 CU8', () => {
    const at = (x: ReturnType<typeof ex>) =>
      ids({ ...healthyFacts(9600), exchange: x }).filter((i) => i.includes('exchange-build'))
    // 2010 rollups leave the setup key at SP3: the build comes from ExSetup.exe.
    const file = (v: string) => ({ ...ex(14, 3, 123, 4), fileVersion: v })
    expect(at(file('14.3.224.2'))).toEqual(['error:exchange-build-no-tls12'])
    expect(at(ex(14, 2, 390, 3))).toEqual(['error:exchange-build-no-tls12'])
    expect(at(file('14.3.235.1'))).toEqual(['warning:exchange-build-below-guidance'])
    expect(at(file('14.3.382.0'))).toEqual([])
    expect(at(ex(15, 0, 1044, 25))).toEqual(['error:exchange-build-no-tls12'])
    expect(at(ex(15, 0, 1076, 9))).toEqual(['warning:exchange-build-below-guidance'])
    expect(at(ex(15, 0, 1365, 1))).toEqual([])
    expect(at(ex(15, 1, 845, 34))).toEqual(['warning:exchange-build-below-guidance'])
    expect(at(ex(15, 1, 1415, 2))).toEqual([])
    expect(at(ex(15, 2, 221, 12))).toEqual([])
  })

  it('Exchange 2010 SP3 from the setup key alone: the rollup is unknown, never "cannot do TLS 1.2"', () => {
    const d = run({ ...healthyFacts(9600), exchange: ex(14, 3, 123, 4) })
    // TLS 1.0/1.1 are off in these facts: safe only from RU22, which the key cannot show either.
    expect(d.findings.map((f) => `${f.severity}:${f.id}`)).toEqual([
      'warning:exchange-update-level-unknown',
      'warning:legacy-tls-off-build-too-old',
    ])
    expect(d.findings[0]?.messageKey).toBe('finding.exchange-update-level-unknown.rollup')
    expect(d.findings[0]?.params.minimum).toBe('Exchange 2010 SP3 RU9')
    expect(d.findings[1]?.messageKey).toBe('finding.legacy-tls-off-build-too-old.unknown')
    expect(d.verdict).toBe('healthy')
  })

  it('TLS 1.3 on Server 2022 with an Exchange that does not support it: an error, as in Health Checker', () => {
    const f = (x: ReturnType<typeof ex>) => ids({ ...healthyFacts(20348), exchange: x })
    expect(f(ex(15, 2, 1544, 4))).toContain('error:tls13-not-supported-by-exchange')
    expect(f(ex(15, 1, 2507, 6))).toContain('error:tls13-not-supported-by-exchange')
    expect(f(ex(15, 2, 1748, 10))).not.toContain('error:tls13-not-supported-by-exchange')
    expect(f(ex(15, 2, 2562, 17))).not.toContain('error:tls13-not-supported-by-exchange')
    expect(
      ids(
        withTls({ ...healthyFacts(20348), exchange: ex(15, 2, 1544, 4) }, 'TLS 1.3', {
          enabled: 0,
          disabledByDefault: 1,
        }),
      ),
    ).not.toContain('error:tls13-not-supported-by-exchange')
    // Server 2019 has no TLS 1.3 at all: nothing to warn about.
    expect(ids({ ...healthyFacts(17763), exchange: ex(15, 1, 2507, 6) })).not.toContain(
      'error:tls13-not-supported-by-exchange',
    )
  })

  it('restart markers, legacy TLS, unknown build, wrong types and cipher suites', () => {
    const f = healthyFacts(17763)
    expect(ids({ ...f, pendingRestart: { ...f.pendingRestart, cbsRebootPending: true } })).toEqual([
      'warning:restart-pending',
    ])
    expect(ids(withTls(f, 'TLS 1.0', { enabled: 1, disabledByDefault: 0 }))).toEqual([
      'info:legacy-tls-enabled',
    ])
    // No build: the defaults (and the default cipher list) are unknown, so no verdict.
    expect(ids({ ...f, os: {} })).toEqual([
      'warning:registry-export-incomplete',
      'warning:os-version-unknown',
    ])
    expect(run({ ...f, os: {} }).verdict).toBe('inconclusive')
    expect(
      ids({
        ...f,
        wrongTypes: [{ key: 'HKEY_LOCAL_MACHINE\\X', value: 'Enabled', type: 'REG_SZ' }],
      }),
    ).toEqual(['warning:registry-value-wrong-type'])
    // RSA AES suites are on Office 365's list: a partial overlap is fine.
    expect(
      ids({
        ...f,
        cipherSuites: {
          local: ['TLS_RSA_WITH_AES_256_CBC_SHA256', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
        },
      }),
    ).toEqual([])
    expect(
      ids({ ...f, cipherSuites: { local: ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384_P384'] } }),
    ).toEqual(['error:cipher-suites-no-tls12'])
    expect(
      ids({ ...f, cipherSuites: { local: ['TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384'] } }),
    ).toEqual([])
    // Group policy wins over the local order.
    expect(
      ids({
        ...f,
        cipherSuites: {
          local: ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
          policy: ['TLS_RSA_WITH_RC4_128_SHA'],
        },
      }),
    ).toEqual(['error:cipher-suites-no-tls12'])
  })
})
