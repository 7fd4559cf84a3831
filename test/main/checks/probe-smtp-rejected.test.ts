import { describe, expect, it } from 'vitest'
import { probeFindings, withProbeFindings } from '../../../main/checks/probe-findings'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { PROBE_ROLES } from '../../../shared/probe-basics'
import {
  PROBE_TLS_VERSIONS,
  type ProbeOutcome,
  type ProbeResult,
  type ProbeRole,
  type ProbeTlsVersion,
  type VersionOutcome,
} from '../../../shared/probe'
import { diagnoseFacts, emptyFacts, healthyFacts } from '../../helpers/facts'

// The registry says TLS 1.2 is on, both sides: the joint rule would fire on a real TLS refusal.
const healthy = diagnoseFacts(healthyFacts(17763))
const GREETING = 'the server did not greet with 220: 554 5.7.1 go away'

/** Every version rejected before TLS unless `outcomes` says otherwise. */
function result(
  outcomes: Partial<Record<ProbeTlsVersion, VersionOutcome>> = {},
  over: Partial<ProbeResult> = {},
): ProbeResult {
  const versions = Object.fromEntries(
    PROBE_TLS_VERSIONS.map((v) => {
      const r = outcomes[v] ?? 'smtp-rejected'
      const ok = r === 'accepted'
      const error = ok ? null : r === 'smtp-rejected' ? GREETING : `${r} here`
      return [v, { result: r, accepted: ok, protocol: ok ? v : null, cipher: null, error }]
    }),
  ) as ProbeResult['versions']
  return {
    ...{ host: '127.0.0.1', port: 2525, mode: 'starttls', starttlsOffered: null },
    ...{ starttlsRequired: null, stack: 'OpenSSL 3.0.15', versions, certificate: null },
    ...{ transcript: [], durationMs: 12 },
    ...over,
  }
}

const outcome = (role: ProbeRole, r: ProbeResult): ProbeOutcome => ({
  target: { host: r.host, port: r.port, mode: r.mode, role },
  result: r,
  schannel: null,
  schannelError: null,
})

const ids = (fs: { id: string; severity: string }[]) => fs.map((f) => `${f.severity}:${f.id}`)

describe('an SMTP session rejected before any TLS handshake', () => {
  it('is its own finding, never "TLS 1.2 refused", and points to no registry or Exchange fix', () => {
    const fs = probeFindings([outcome('local', result())], healthy)
    expect(ids(fs)).toEqual(['error:probe-smtp-rejected'])
    expect(fs[0]).toMatchObject({
      params: { target: '127.0.0.1:2525', error: GREETING },
      fixes: [],
      evidence: [
        {
          key: '127.0.0.1:2525',
          value: 'TLSv1.2',
          actual: 'rejected before TLS',
          expected: 'accepted',
        },
        {
          key: '127.0.0.1:2525',
          value: 'SMTP',
          actual: GREETING,
          expected: 'a 220 greeting, then 220 to STARTTLS',
        },
      ],
    })
  })

  it('is an error whatever the role of the target', () => {
    for (const role of PROBE_ROLES)
      expect(ids(probeFindings([outcome(role, result())], healthy)), role).toEqual([
        'error:probe-smtp-rejected',
      ])
  })

  it('turns a healthy diagnosis into action needed, as its own problem with no fix to apply', () => {
    const merged = withProbeFindings(healthy, [outcome('local', result())])
    expect(healthy.verdict).toBe('healthy')
    expect(merged.verdict).toBe('action-needed')
    expect(merged.problems.map((p) => p.id)).toEqual(['smtp-rejected'])
    expect(merged.problems[0]).toMatchObject({ severity: 'error', fixes: [] })
    // The schema takes the new outcome, finding and problem.
    expect(diagnosisSchema.parse({ ...merged, probes: [outcome('local', result())] })).toBeTruthy()
  })

  it('is never hidden behind an export that alone would be inconclusive', () => {
    const undecided = diagnoseFacts({
      ...healthyFacts(17763),
      os: {},
      schannel: emptyFacts().schannel,
    })
    expect(undecided.verdict).toBe('inconclusive')
    const merged = withProbeFindings(undecided, [outcome('local', result())])
    expect(merged.verdict).toBe('action-needed')
    expect(merged.findings.map((f) => f.id)).not.toContain('tls12-refused-despite-registry')
  })

  it('names the version turned down when TLS 1.2 itself ran out of time', () => {
    const r = result({ 'TLSv1.2': 'timeout', TLSv1: 'timeout', 'TLSv1.1': 'timeout' })
    const [f] = probeFindings([outcome('office365', r)], healthy)
    expect(f?.id).toBe('probe-smtp-rejected')
    expect(f?.evidence[0]?.value).toBe('TLSv1.3')
  })

  it('says nothing when TLS 1.2 was decided on its own connection', () => {
    // Too many connections at once: the TLS 1.0 one got 421, the TLS 1.2 one was refused in TLS.
    const refused = result(
      { 'TLSv1.2': 'refused', 'TLSv1.3': 'refused' },
      { starttlsOffered: true },
    )
    expect(ids(probeFindings([outcome('local', refused)], healthy))).toEqual([
      'error:tls12-refused-despite-registry',
    ])
    const accepted = result({ 'TLSv1.2': 'accepted', 'TLSv1.3': 'accepted' })
    expect(probeFindings([outcome('local', accepted)], healthy)).toEqual([])
  })

  it('no STARTTLS in the EHLO answer stays starttls-not-offered', () => {
    const r = result({}, { starttlsOffered: false })
    expect(ids(probeFindings([outcome('local', r)], healthy))).toEqual([
      'error:starttls-not-offered',
    ])
  })
})
