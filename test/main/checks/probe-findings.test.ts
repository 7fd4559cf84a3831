import { describe, expect, it } from 'vitest'
import { probeFindings, withProbeFindings } from '../../../main/checks/probe-findings'
import type { Facts } from '../../../main/system/facts'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { translate } from '../../../shared/i18n/translate'
import {
  PROBE_TLS_VERSIONS,
  type ProbeCertificate,
  type ProbeOutcome,
  type ProbeResult,
  type ProbeRole,
  type ProbeTlsVersion,
  type VersionOutcome,
} from '../../../shared/probe'
import { clientOffFacts, diagnoseFacts, emptyFacts, healthyFacts } from '../../helpers/facts'

const diagnosis = (f: Facts) => diagnoseFacts(f)
const healthy = diagnosis(healthyFacts(17763))
const clientOff = diagnosis(clientOffFacts())

const cert = (over: Partial<ProbeCertificate> = {}): ProbeCertificate => ({
  version: 'TLSv1.2',
  subject: 'CN=mail.contoso.com',
  subjectAltNames: ['DNS:mail.contoso.com'],
  issuer: "CN=R11, O=Let's Encrypt",
  validFrom: '2025-01-01T00:00:00.000Z',
  validTo: '2099-01-01T00:00:00.000Z',
  fingerprint256: 'AB',
  selfSigned: false,
  expired: false,
  trusted: true,
  trustError: null,
  nameMatches: true,
  nameError: null,
  ...over,
})

/** A probe result where each version has the given outcome. */
function result(
  outcomes: Partial<Record<ProbeTlsVersion, VersionOutcome>>,
  over: Partial<ProbeResult> = {},
): ProbeResult {
  const versions = Object.fromEntries(
    PROBE_TLS_VERSIONS.map((v) => {
      const r = outcomes[v] ?? 'refused'
      return [
        v,
        {
          result: r,
          accepted: r === 'accepted',
          protocol: r === 'accepted' ? v : null,
          cipher: null,
          error: r === 'accepted' ? null : `${r} here`,
        },
      ]
    }),
  ) as ProbeResult['versions']
  return {
    host: 'mail.contoso.com',
    port: 25,
    mode: 'starttls',
    starttlsOffered: true,
    starttlsRequired: false,
    stack: 'OpenSSL 3.0.15',
    versions,
    certificate: cert(),
    transcript: [],
    durationMs: 40,
    ...over,
  }
}

const outcome = (
  role: ProbeRole,
  r: ProbeResult,
  schannel: ProbeOutcome['schannel'] = null,
): ProbeOutcome => ({
  target: { host: r.host, port: r.port, mode: r.mode, role },
  result: r,
  schannel,
  schannelError: null,
})

const modern = { 'TLSv1.2': 'accepted', 'TLSv1.3': 'accepted' } as const
const ids = (fs: { id: string; severity: string }[]) => fs.map((f) => `${f.severity}:${f.id}`)

describe('probeFindings', () => {
  it('a healthy server gives no findings', () => {
    expect(probeFindings([outcome('local', result(modern))], healthy)).toEqual([])
  })

  it('an unreachable target gives only probe-unreachable, with the error', () => {
    const r = result(
      {
        TLSv1: 'unreachable',
        'TLSv1.1': 'unreachable',
        'TLSv1.2': 'unreachable',
        'TLSv1.3': 'unreachable',
      },
      { certificate: null },
    )
    const [f, ...rest] = probeFindings([outcome('smarthost', r)])
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      id: 'probe-unreachable',
      severity: 'warning',
      params: { target: 'mail.contoso.com:25', error: 'unreachable here' },
      evidence: [
        {
          key: 'mail.contoso.com:25',
          value: 'TCP',
          actual: 'unreachable here',
          expected: 'connection',
        },
      ],
    })
  })

  it('a peer silent on every connection also counts as unreachable', () => {
    const r = result(
      { TLSv1: 'untestable', 'TLSv1.1': 'timeout', 'TLSv1.2': 'timeout', 'TLSv1.3': 'timeout' },
      { certificate: null },
    )
    const fs = probeFindings([outcome('local', r)])
    expect(ids(fs)).toEqual(['warning:probe-unreachable'])
    expect(fs[0]?.params.error).toBe('timeout here')
  })

  it('no STARTTLS on the local server is an error, and hides the per-version refusals', () => {
    const r = result({}, { starttlsOffered: false, certificate: null })
    expect(ids(probeFindings([outcome('local', r)]))).toEqual(['error:starttls-not-offered'])
    expect(ids(probeFindings([outcome('other', r)]))).toEqual(['warning:starttls-not-offered'])
  })

  it('TLS 1.2 refused: wire evidence, host:port key, IPv6 in brackets', () => {
    const r = result({ TLSv1: 'accepted' }, { host: '::1' })
    const [f] = probeFindings([outcome('other', r)])
    expect(f).toMatchObject({
      id: 'probe-tls12-refused',
      severity: 'error',
      params: { target: '[::1]:25', error: 'refused here' },
      evidence: [{ key: '[::1]:25', value: 'TLSv1.2', actual: 'refused', expected: 'accepted' }],
    })
  })

  it('joint rule: the registry enables TLS 1.2 yet the local server refuses it', () => {
    const r = result({ TLSv1: 'accepted' })
    const fs = probeFindings([outcome('local', r)], healthy)
    expect(ids(fs)).toEqual(['error:tls12-refused-despite-registry'])
    expect(fs[0]?.fixes).toEqual(['restart-server', 'update-exchange'])
    expect(fs[0]?.evidence.map((e) => `${e.key}|${e.value}=${String(e.actual)}`)).toEqual([
      'mail.contoso.com:25|TLSv1.2=refused',
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server|Enabled=1',
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server|DisabledByDefault=0',
    ])
    // A remote server refusing TLS 1.2 says nothing about this machine's registry.
    expect(ids(probeFindings([outcome('smarthost', r)], healthy))).toEqual([
      'error:probe-tls12-refused',
    ])
  })

  it('joint rule: Office 365 takes 1.2+ only and the registry has the client side off', () => {
    const exo = result(modern, { host: 'contoso-com.mail.protection.outlook.com' })
    const fs = probeFindings([outcome('office365', exo)], clientOff)
    expect(ids(fs)).toEqual(['error:o365-needs-tls12-client'])
    expect(fs[0]?.fixes).toContain('schannel-tls12-enable')
    expect(fs[0]?.evidence.map((e) => `${e.value}=${String(e.actual)}`)).toEqual([
      'TLSv1=refused',
      'TLSv1.1=refused',
      'TLSv1.2=accepted',
      'Enabled=0',
      'DisabledByDefault=1',
    ])
    expect(probeFindings([outcome('office365', exo)], healthy)).toEqual([])
    // Without the registry, nothing can be said about this machine's client side.
    expect(probeFindings([outcome('office365', exo)])).toEqual([])
  })

  it('joint rule from the wire alone: the Schannel probe could not use TLS 1.2', () => {
    const exo = result(modern, { host: 'contoso-com.mail.protection.outlook.com' })
    const schannel = {
      ...result({ 'TLSv1.2': 'untestable' }, { stack: 'Schannel' }),
      stack: 'Schannel' as const,
      systemDefault: {
        result: 'refused' as const,
        accepted: false,
        protocol: null,
        cipher: null,
        error: 'x',
      },
    }
    // No registry verdict (with one saying on, schannel-refuses-tls12 names the cause instead).
    const [f] = probeFindings([outcome('office365', exo, schannel)], null)
    expect(f?.id).toBe('o365-needs-tls12-client')
    expect(f?.evidence.at(-1)).toEqual({
      key: 'Schannel contoso-com.mail.protection.outlook.com:25',
      value: 'TLSv1.2',
      actual: 'untestable',
      expected: 'accepted',
      // The outcomes as catalog words, for readers in other languages.
      words: {
        actual: { messageKey: 'probe.result.untestable', params: {} },
        expected: { messageKey: 'probe.result.accepted', params: {} },
      },
    })
  })

  it('certificate problems: expired, wrong name, untrusted', () => {
    const c = cert({
      expired: true,
      validTo: '2024-03-01T00:00:00.000Z',
      trusted: false,
      trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      nameMatches: false,
      subjectAltNames: ['DNS:ex01.contoso.local'],
    })
    const fs = probeFindings([outcome('local', result(modern, { certificate: c }))])
    expect(ids(fs)).toEqual([
      'error:certificate-expired',
      'warning:certificate-name-mismatch',
      'warning:certificate-untrusted',
    ])
    expect(fs[0]?.params).toEqual({ target: 'mail.contoso.com:25', validTo: '2024-03-01' })
    expect(fs[1]?.params.names).toBe('DNS:ex01.contoso.local')
    expect(translate('finding.certificate-name-mismatch.title', fs[1]?.params)).toBe(
      'The certificate of mail.contoso.com:25 does not carry the name mail.contoso.com',
    )
  })

  it('no name check on an address, and expiry alone does not count as untrusted', () => {
    const c = cert({
      expired: true,
      trusted: false,
      trustError: 'CERT_HAS_EXPIRED',
      nameMatches: false,
    })
    const r = result(modern, { host: '127.0.0.1', certificate: c })
    expect(ids(probeFindings([outcome('local', r)]))).toEqual(['error:certificate-expired'])
  })
})

describe('withProbeFindings', () => {
  it('merges worst first and recomputes the verdict', () => {
    expect(healthy.verdict).toBe('healthy')
    const d = withProbeFindings(healthy, [outcome('local', result({ TLSv1: 'accepted' }))])
    expect(d.verdict).toBe('action-needed')
    expect(d.findings[0]?.id).toBe('tls12-refused-despite-registry')
    expect(diagnosisSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d)
  })

  it('every probe finding has an English title and advice', () => {
    const ids = [
      'probe-unreachable',
      'starttls-not-offered',
      'probe-tls12-refused',
      'tls12-refused-despite-registry',
      'o365-needs-tls12-client',
      'certificate-expired',
      'certificate-name-mismatch',
      'certificate-untrusted',
    ]
    for (const id of ids)
      for (const part of ['title', 'advice'])
        expect(translate(`finding.${id}.${part}`)).not.toBe(`finding.${id}.${part}`)
  })
})

describe('probe findings on an undecided registry', () => {
  it('an unknown Windows leaves the TLS 1.2 client undecided: no claim that the registry has it off', () => {
    const undecided = diagnosis({ ...healthyFacts(17763), os: {}, schannel: emptyFacts().schannel })
    expect(undecided.schannel['TLS 1.2'].client.effective).toBe('unknown')
    const exo = result(modern, { host: 'contoso-com.mail.protection.outlook.com' })
    expect(probeFindings([outcome('office365', exo)], undecided)).toEqual([])
    const merged = withProbeFindings(undecided, [outcome('office365', exo)])
    expect(merged.verdict).toBe('inconclusive')
    expect(merged.problems[0]?.id).toBe('evidence-incomplete')
  })
})
