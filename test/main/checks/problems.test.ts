import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../../../main/checks/diagnose'
import { sideLike, valueLike, versionLike } from '../../../main/checks/misplaced'
import type { Facts, SchannelSideFacts } from '../../../main/system/facts'
import { problemsOf } from '../../../shared/check-groups'
import {
  DIAGNOSIS_FINDING_IDS,
  DIAGNOSIS_FIX_IDS,
  diagnosisSchema,
  PROBLEM_IDS,
  type Finding,
} from '../../../shared/diagnosis'
import { en } from '../../../shared/i18n/en'
import { SCHANNEL_SIDES, SCHANNEL_STATES, TLS_VERSIONS } from '../../../shared/tls'
import { emptyFacts, withDotnet } from '../../helpers/facts'

const ctx = {
  tool: { name: 't', version: '0' },
  source: { kind: 'file' as const, adapter: 'reg-file', location: 'x' },
  now: new Date(0),
}
const RANK = { error: 0, warning: 1, info: 2 }

const side: fc.Arbitrary<SchannelSideFacts> = fc.record(
  {
    enabled: fc.constantFrom(0, 1, 0xffffffff),
    disabledByDefault: fc.constantFrom(0, 1),
  },
  { requiredKeys: [] },
)

const facts: fc.Arbitrary<Facts> = fc
  .record({
    build: fc.constantFrom(undefined, 7601, 9200, 9600, 14393, 17763, 20348, 26100),
    tls: fc.array(fc.tuple(side, side), { minLength: 4, maxLength: 4 }),
    dotnet: fc.constantFrom(0, 1),
    seen: fc.record({ software: fc.boolean(), schannel: fc.boolean(), cipherLocal: fc.boolean() }),
    exchange: fc.constantFrom(undefined, [14, 3, 496, 0], [15, 1, 2507, 6], [15, 2, 1544, 4]),
    ciphers: fc.constantFrom<Facts['cipherSuites']>(
      {},
      { local: ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'] },
      { policy: ['TLS_RSA_WITH_AES_128_CBC_SHA'] },
    ),
    smtpsvc: fc.boolean(),
  })
  .map((m) => {
    const f = withDotnet(emptyFacts(m.build), m.dotnet)
    TLS_VERSIONS.forEach((v, i) => {
      const [client, server] = m.tls[i] as [SchannelSideFacts, SchannelSideFacts]
      f.schannel[v] = { client, server }
    })
    const [major, minor, build, revision] = m.exchange ?? []
    return {
      ...f,
      seen: m.seen,
      cipherSuites: m.ciphers,
      mailServices: { SMTPSVC: m.smtpsvc },
      exchange:
        major === undefined
          ? undefined
          : {
              major,
              minor: minor ?? 0,
              build: build ?? 0,
              revision: revision ?? 0,
              edgeRole: false,
            },
    }
  })

describe('verdict and problems on random machines (property)', () => {
  it('never healthy without the build, TLS 1.2 on both sides, known ciphers and HKLM\\SOFTWARE', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const d = diagnose(f, ctx)
        expect(diagnosisSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d)
        expect(d.findings.some((x) => x.id === 'registry-export-incomplete')).toBe(
          d.coverage.missing.length > 0,
        )
        if (d.verdict === 'healthy') {
          expect(f.os.currentBuild).toBeDefined()
          for (const s of SCHANNEL_SIDES) expect(d.schannel['TLS 1.2'][s].effective).toBe('on')
          expect(d.coverage.missing).toEqual([])
          expect(d.coverage.mailPath).not.toBe('unknown')
        }
        if (d.findings.some((x) => x.severity === 'error')) expect(d.verdict).toBe('action-needed')
        // Every wording a finding or problem picks exists in the catalog.
        for (const x of [...d.findings, ...d.problems])
          expect(en).toHaveProperty([`${x.messageKey}.title`])
        for (const x of d.findings) expect(en).toHaveProperty([`${x.messageKey}.advice`])
      }),
      { numRuns: 400 },
    )
  })

  it('every finding is in exactly one problem; problems worst first, as bad as their worst finding', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const d = diagnose(f, ctx)
        const ids = d.problems.flatMap((p) => p.findings)
        expect([...ids].sort()).toEqual([...new Set(d.findings.map((x) => x.id))].sort())
        expect(new Set(d.problems.map((p) => p.id)).size).toBe(d.problems.length)
        const ranks = d.problems.map((p) => RANK[p.severity])
        expect(ranks).toEqual([...ranks].sort())
        for (const p of d.problems) {
          const own = d.findings.filter((x) => p.findings.includes(x.id))
          expect(RANK[p.severity]).toBe(Math.min(...own.map((x) => RANK[x.severity])))
          if (p.fixes.includes('restart-server')) expect(p.fixes.at(-1)).toBe('restart-server')
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the catalog', () => {
  it('has the messages of every finding, fix and problem of schemaVersion 2', () => {
    const keys = new Set(Object.keys(en))
    const missing = [
      ...DIAGNOSIS_FINDING_IDS.flatMap((id) => [`finding.${id}.title`, `finding.${id}.advice`]),
      ...DIAGNOSIS_FIX_IDS.map((id) => `fix.${id}`),
      ...PROBLEM_IDS.map((id) => `problem.${id}.title`),
      ...SCHANNEL_STATES.map((s) => `schannelState.${s}`),
      'verdict.inconclusive',
    ].filter((k) => !keys.has(k))
    expect(missing).toEqual([])
  })
})

describe('problemsOf', () => {
  const f = (id: Finding['id'], severity: Finding['severity'], params = {}): Finding => ({
    id,
    severity,
    messageKey: `finding.${id}`,
    params,
    evidence: [{ key: 'HKLM\\X', value: 'Enabled', actual: 0, expected: '1' }],
    fixes: ['restart-server', 'schannel-tls12-enable'],
  })

  it('the TLS 1.2 problem takes the findings about the same keys, evidence once, restart last', () => {
    const [p, ...rest] = problemsOf([
      f('tls12-not-enabled', 'error', { sides: 'client and server' }),
      f('tls12-half-disabled', 'error'),
      f('o365-needs-tls12-client', 'error'),
      f('legacy-tls-enabled', 'info'),
    ])
    expect(p).toMatchObject({
      id: 'tls12-off-both',
      findings: ['tls12-not-enabled', 'tls12-half-disabled', 'o365-needs-tls12-client'],
      fixes: ['schannel-tls12-enable', 'restart-server'],
    })
    expect(p?.evidence).toHaveLength(1)
    expect(rest.map((x) => x.id)).toEqual(['legacy-tls'])
  })

  it('without a TLS 1.2 opener, Misconfigured stands alone; a wire refusal is its own problem', () => {
    expect(
      problemsOf([f('tls12-misconfigured', 'error'), f('o365-needs-tls12-client', 'error')]).map(
        (p) => p.id,
      ),
    ).toEqual(['tls12-inconsistent', 'wire-tls12-client'])
  })
})

describe('names typed from machine-translated articles', () => {
  it('versions', () => {
    for (const n of ['TLS 1,2', 'TLS1.2', 'TLS 1.2 ', 'tlsv1_2', 'ＴＬＳ 1.2', 'TLS 1，2'])
      expect(versionLike(n), n).toBe('TLS 1.2')
    expect(versionLike('SSL 3.0')).toBeUndefined()
    expect(versionLike('TLS 1.4')).toBeUndefined()
  })
  it('sides', () => {
    for (const n of ['klien', ' klien', 'klientas', 'máy khách', 'Client', '客户端'])
      expect(sideLike(n), n).toBe('client')
    for (const n of ['serveris', 'máy chủ', ' server', '服务器'])
      expect(sideLike(n), n).toBe('server')
    expect(sideLike('Ciphers')).toBeUndefined()
  })
  it('values', () => {
    for (const n of ['diaktifkan', 'bật', ' įjungtas ', 'Enable'])
      expect(valueLike(n), n).toBe('Enabled')
    expect(valueLike(' DisabledByDefault ')).toBe('DisabledByDefault')
    expect(valueLike('Foo')).toBeUndefined()
  })
})
