import { describe, expect, it } from 'vitest'
import { probeFindings, withProbeFindings } from '../../../main/checks/probe-findings'
import { schannelWireFindings } from '../../../main/checks/schannel-wire'
import type { Facts } from '../../../main/system/facts'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { translate } from '../../../shared/i18n/translate'
import {
  PROBE_TLS_VERSIONS,
  type ProbeOutcome,
  type ProbeResult,
  type ProbeRole,
  type ProbeTlsVersion,
  type SchannelProbeResult,
  type VersionOutcome,
  type VersionResult,
} from '../../../shared/probe'
import { clientOffFacts, diagnoseFacts, healthyFacts } from '../../helpers/facts'

const diagnosis = (f: Facts) =>
  diagnoseFacts(f, { kind: 'live' as const, adapter: 'native-reg', location: 'HKLM' })
const on = diagnosis(healthyFacts(17763))
const off = diagnosis(clientOffFacts())

const v = (result: VersionOutcome, protocol: string | null = null): VersionResult => ({
  result,
  accepted: result === 'accepted',
  protocol: result === 'accepted' ? protocol : null,
  cipher: null,
  error: result === 'accepted' ? null : `${result} (SEC_E_ALGORITHM_MISMATCH 0x80090331)`,
})

const versions = (o: Partial<Record<ProbeTlsVersion, VersionResult>>) =>
  Object.fromEntries(
    PROBE_TLS_VERSIONS.map((x) => [x, o[x] ?? v('refused')]),
  ) as ProbeResult['versions']

const base = {
  host: 'contoso-com.mail.protection.outlook.com',
  port: 25,
  mode: 'starttls' as const,
}

/** Node's result (TLS 1.2 as given), and Schannel's: pinned TLS 1.2 and the system default. */
function outcome(
  node: VersionOutcome,
  pinned: VersionResult | null,
  def: VersionResult = pinned ?? v('refused'),
  role: ProbeRole = 'office365',
): ProbeOutcome {
  const result: ProbeResult = {
    ...base,
    starttlsOffered: true,
    starttlsRequired: false,
    stack: 'OpenSSL 3',
    versions: versions({ 'TLSv1.2': v(node, 'TLSv1.2') }),
    certificate: null,
    transcript: [],
    durationMs: 5,
  }
  const schannel: SchannelProbeResult | null = pinned && {
    ...result,
    stack: 'Schannel',
    versions: versions({ 'TLSv1.2': pinned }),
    systemDefault: def,
  }
  return { target: { ...base, role }, result, schannel, schannelError: null }
}

const ids = (fs: { id: string; severity: string }[]) => fs.map((f) => `${f.severity}:${f.id}`)

describe('schannelWireFindings', () => {
  it('registry on, server does TLS 1.2, Windows by default does not: restart or policy', () => {
    const o = outcome('accepted', v('accepted', 'TLSv1.2'), v('accepted', 'TLSv1'))
    const fs = schannelWireFindings(o, on)
    expect(ids(fs)).toEqual(['error:schannel-refuses-tls12'])
    expect(fs[0]?.params).toMatchObject({ got: 'TLSv1', target: `${base.host}:25` })
    expect(fs[0]?.fixes).toEqual(['restart-server', 'review-cipher-suites'])
    expect(fs[0]?.evidence.map((e) => `${e.value}=${String(e.actual)}`)).toEqual([
      'Schannel system default=TLSv1',
      'Node TLSv1.2=accepted',
      'Enabled=1',
      'DisabledByDefault=0',
    ])
    // Only a warning for a target of no particular role; nothing when Node saw no TLS 1.2 either.
    expect(ids(schannelWireFindings({ ...o, target: { ...o.target, role: 'other' } }, on))).toEqual(
      ['warning:schannel-refuses-tls12'],
    )
    expect(schannelWireFindings(outcome('refused', v('refused')), on)).toEqual([])
  })

  it('registry off, yet Windows negotiated TLS 1.2: keys changed since the last restart', () => {
    const fs = schannelWireFindings(outcome('accepted', v('accepted', 'TLSv1.2')), off)
    expect(ids(fs)).toEqual(['warning:schannel-tls12-despite-registry'])
    expect(fs[0]?.params.protocol).toBe('TLSv1.2')
    expect(fs[0]?.evidence.slice(1).map((e) => `${e.value}=${String(e.actual)}`)).toEqual([
      'Enabled=0',
      'DisabledByDefault=1',
    ])
  })

  it('Node and Schannel pinned to TLS 1.2 disagree, in either direction', () => {
    // No registry: nothing to compare with, but the two probes still disagree.
    const local = schannelWireFindings(outcome('accepted', v('untestable')), null)
    expect(ids(local)).toEqual(['warning:schannel-node-disagree'])
    expect(local[0]?.messageKey).toBe('finding.schannel-node-disagree.schannel-refused')
    const nodeOnly = schannelWireFindings(outcome('refused', v('accepted', 'TLSv1.2')), on)
    expect(nodeOnly[0]?.messageKey).toBe('finding.schannel-node-disagree.node-refused')
    expect(nodeOnly[0]?.params).toMatchObject({ node: 'refused', schannel: 'accepted' })
  })

  it('network trouble and agreement prove nothing; no Schannel result, no finding', () => {
    expect(schannelWireFindings(outcome('accepted', v('accepted', 'TLSv1.2')), on)).toEqual([])
    expect(
      schannelWireFindings(outcome('accepted', v('accepted', 'TLSv1.2'), v('timeout')), on),
    ).toEqual([])
    expect(schannelWireFindings(outcome('timeout', v('refused'), v('unreachable')), on)).toEqual([])
    expect(schannelWireFindings(outcome('accepted', null), on)).toEqual([])
    // Schannel's own session rejected at the SMTP stage (a 554 greeting, say): no TLS was tried.
    expect(
      schannelWireFindings(outcome('accepted', v('accepted', 'TLSv1.2'), v('smtp-rejected')), on),
    ).toEqual([])
  })
})

describe('with the other probe findings', () => {
  it('replaces the generic Office 365 rule when the registry says on, and stays valid', () => {
    const o = outcome('accepted', v('untestable'), v('refused'))
    expect(ids(probeFindings([o], on))).toEqual(['error:schannel-refuses-tls12'])
    // With the keys off, the Office 365 rule explains it; Schannel agrees with the keys.
    expect(ids(probeFindings([o], off))).toEqual(['error:o365-needs-tls12-client'])
    const d = withProbeFindings(on, [o])
    expect(diagnosisSchema.safeParse({ ...d, probes: [o] }).success).toBe(true)
    expect(d.problems.map((p) => p.id)).toContain('schannel-not-as-registry')
  })

  it('every new message is in the catalog and fills its parameters', () => {
    const all = [
      outcome('accepted', v('accepted', 'TLSv1.2'), v('refused')),
      outcome('accepted', v('accepted', 'TLSv1.2')),
      outcome('refused', v('accepted', 'TLSv1.2')),
      outcome('accepted', v('refused'), v('timeout')),
    ].flatMap((o, i) => schannelWireFindings(o, i === 1 ? off : on))
    expect(new Set(all.map((f) => f.messageKey)).size).toBe(4)
    for (const f of all)
      for (const part of ['title', 'advice']) {
        const text = translate(`${f.messageKey}.${part}`, f.params)
        expect(text, `${f.messageKey}.${part}`).not.toMatch(/[{}]|^finding\./)
      }
  })
})
