/** Probe results to findings: what the wire shows, alone and joined with what the registry says. */
import { problemsOf, verdictOf } from '../../shared/check-groups'
import type { Diagnosis, Evidence, Finding } from '../../shared/diagnosis'
import type { Severity } from '../../shared/ids'
import { PROBE_TLS_VERSIONS, targetLabel, unreachableReason } from '../../shared/probe-basics'
import type { ProbeOutcome, ProbeResult, ProbeTarget } from '../../shared/probe'
import { schannelKey } from '../system/registry-paths'
import {
  evidence,
  evidenceRow,
  finding,
  outcomeWords,
  said,
  sortFindings,
  type Part,
} from './finding'
import { registryClientTls12, schannelWireFindings } from './schannel-wire'

/** Evidence from the wire: `host:port`, what was tried, what happened, what should happen. */
export function wireEvidence(
  t: { host: string; port: number },
  value: Part<string>,
  actual: Part<string>,
  expected: Part<string>,
): Evidence {
  return evidenceRow({ key: targetLabel(t), value, actual, expected })
}

// Certificates on loopback or an IP are presented for the public name, so a mismatch there is normal.
const isAddressOrLoopback = (host: string) =>
  host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':')

const severity = (t: ProbeTarget, important: Severity, otherwise: Severity): Severity =>
  t.role === 'other' ? otherwise : important

function reachFindings(t: ProbeTarget, r: ProbeResult): Finding[] {
  const label = targetLabel(t)
  const error = unreachableReason(r)
  return [
    finding(
      'probe-unreachable',
      'warning',
      [wireEvidence(t, 'TCP', error, said('evidence.want.connection'))],
      [],
      {
        target: label,
        error,
      },
    ),
  ]
}

// TLS 1.2 first: the version the finding is about when its own connection was turned down.
const REJECTION_ORDER = ['TLSv1.2', 'TLSv1.3', 'TLSv1.1', 'TLSv1'] as const

/**
 * The SMTP session ended before any handshake (greeting or EHLO rejected, STARTTLS refused, a
 * reply too large or not SMTP): TLS was never tried, so no TLS advice applies. An error whatever
 * the role: the peer turns this machine's mail away, and nothing on the wire confirms TLS 1.2.
 */
function smtpRejectedFindings(t: ProbeTarget, r: ProbeResult): Finding[] {
  const decided = ['accepted', 'refused'].includes(r.versions['TLSv1.2'].result)
  const version = REJECTION_ORDER.find((v) => r.versions[v].result === 'smtp-rejected')
  if (decided || !version) return []
  const error = r.versions[version].error ?? ''
  const ev = [
    wireEvidence(t, version, outcomeWords('smtp-rejected'), outcomeWords('accepted')),
    wireEvidence(t, 'SMTP', error, said('evidence.want.smtpToTls')),
  ]
  return [finding('probe-smtp-rejected', 'error', ev, [], { target: targetLabel(t), error })]
}

function tls12Findings(t: ProbeTarget, r: ProbeResult, d: Diagnosis | null): Finding[] {
  const label = targetLabel(t)
  const v = r.versions['TLSv1.2']
  if (r.starttlsOffered === false) {
    const e = wireEvidence(
      t,
      'STARTTLS',
      said('evidence.found.notOffered'),
      said('evidence.want.offered'),
    )
    return [
      finding('starttls-not-offered', severity(t, 'error', 'warning'), [e], [], { target: label }),
    ]
  }
  // Only a refusal in the handshake itself is TLS 1.2 refused; one before it is not.
  if (v.result !== 'refused') return smtpRejectedFindings(t, r)
  const wire = wireEvidence(t, 'TLSv1.2', outcomeWords(v.result), outcomeWords('accepted'))
  const server = d?.schannel['TLS 1.2'].server
  if (t.role === 'local' && server?.enabled) {
    const key = schannelKey('TLS 1.2', 'server')
    const registry = [
      evidence(key, 'Enabled', server.enabledValue ?? undefined, '1'),
      evidence(key, 'DisabledByDefault', server.disabledByDefaultValue ?? undefined, '0'),
    ]
    return [
      finding(
        'tls12-refused-despite-registry',
        'error',
        [wire, ...registry],
        ['restart-server', 'update-exchange'],
        { target: label, error: v.error ?? '' },
      ),
    ]
  }
  return [
    finding('probe-tls12-refused', 'error', [wire], [], { target: label, error: v.error ?? '' }),
  ]
}

/** Office 365 takes 1.2+ only; does the evidence say this machine cannot send with 1.2? */
function office365Findings(o: ProbeOutcome, d: Diagnosis | null): Finding[] {
  const { target: t, result: r } = o
  const v = r.versions
  const modernOnly =
    (v['TLSv1.2'].accepted || v['TLSv1.3'].accepted) && !v.TLSv1.accepted && !v['TLSv1.1'].accepted
  if (t.role !== 'office365' || !modernOnly) return []
  const client = d?.schannel['TLS 1.2'].client
  // Off, not merely "not known to be on": an undecided side (unknown Windows) proves nothing.
  const registryOff =
    client !== undefined && (client.effective ? client.effective === 'off' : !client.enabled)
  const schannel = o.schannel?.versions['TLSv1.2']
  // With the keys saying on, Schannel refusing is schannel-refuses-tls12 (restart, policy), not this.
  const schannelOff =
    schannel !== undefined && !schannel.accepted && registryClientTls12(d) !== 'on'
  if (!registryOff && !schannelOff) return []
  const ev: Evidence[] = [
    wireEvidence(t, 'TLSv1', outcomeWords(v.TLSv1.result), outcomeWords('refused')),
    wireEvidence(t, 'TLSv1.1', outcomeWords(v['TLSv1.1'].result), outcomeWords('refused')),
    wireEvidence(t, 'TLSv1.2', outcomeWords(v['TLSv1.2'].result), outcomeWords('accepted')),
  ]
  if (registryOff) {
    const key = schannelKey('TLS 1.2', 'client')
    ev.push(evidence(key, 'Enabled', client.enabledValue ?? undefined, '1'))
    ev.push(evidence(key, 'DisabledByDefault', client.disabledByDefaultValue ?? undefined, '0'))
  }
  if (schannel && schannelOff)
    ev.push(
      evidenceRow({
        key: `Schannel ${targetLabel(t)}`,
        value: 'TLSv1.2',
        actual: outcomeWords(schannel.result),
        expected: outcomeWords('accepted'),
      }),
    )
  return [
    finding(
      'o365-needs-tls12-client',
      'error',
      ev,
      ['schannel-tls12-enable', 'dotnet-v4-strong-crypto', 'restart-server'],
      { target: targetLabel(t) },
    ),
  ]
}

function certificateFindings(t: ProbeTarget, r: ProbeResult): Finding[] {
  const c = r.certificate
  if (!c) return []
  const label = targetLabel(t)
  const out: Finding[] = []
  if (c.expired)
    out.push(
      finding(
        'certificate-expired',
        severity(t, 'error', 'warning'),
        [
          wireEvidence(
            t,
            said('evidence.item.certificateValidTo'),
            c.validTo ?? '',
            said('evidence.want.futureDate'),
          ),
        ],
        [],
        { target: label, validTo: (c.validTo ?? '').slice(0, 10) },
      ),
    )
  if (!c.nameMatches && !isAddressOrLoopback(t.host)) {
    const names = c.subjectAltNames.length ? c.subjectAltNames.join(', ') : (c.subject ?? '-')
    out.push(
      finding(
        'certificate-name-mismatch',
        'warning',
        [
          evidenceRow({
            key: label,
            value: said('evidence.item.certificateNames'),
            actual: c.subjectAltNames,
            expected: t.host,
          }),
        ],
        [],
        { target: label, host: t.host, names },
      ),
    )
  }
  const trustError = c.trustError ?? ''
  if (!c.trusted && !(c.expired && trustError === 'CERT_HAS_EXPIRED'))
    out.push(
      finding(
        'certificate-untrusted',
        'warning',
        [
          wireEvidence(
            t,
            said('evidence.item.certificateChain'),
            trustError,
            said('evidence.want.trustedRoot'),
          ),
        ],
        [],
        { target: label, reason: trustError },
      ),
    )
  return out
}

// Unreachable, or silent on every connection: nothing else can be judged.
const noAnswer = (r: ProbeResult) =>
  PROBE_TLS_VERSIONS.some((v) => r.versions[v].result !== 'untestable') &&
  PROBE_TLS_VERSIONS.every((v) =>
    ['unreachable', 'timeout', 'untestable'].includes(r.versions[v].result),
  )

/**
 * Findings for probed targets. With the registry diagnosis, the joint rules apply too: a local
 * server that refuses TLS 1.2 the registry enables, and an Office 365 endpoint that needs the
 * TLS 1.2 client side this machine lacks.
 */
export function probeFindings(
  outcomes: ProbeOutcome[],
  diagnosis: Diagnosis | null = null,
): Finding[] {
  return sortFindings(
    outcomes.flatMap((o) =>
      noAnswer(o.result)
        ? reachFindings(o.target, o.result)
        : [
            ...tls12Findings(o.target, o.result, diagnosis),
            ...office365Findings(o, diagnosis),
            ...schannelWireFindings(o, diagnosis),
            ...certificateFindings(o.target, o.result),
          ],
    ),
  )
}

/** The diagnosis with probe findings merged in, the verdict and the problems recomputed. */
export function withProbeFindings(diagnosis: Diagnosis, outcomes: ProbeOutcome[]): Diagnosis {
  const findings = sortFindings([...diagnosis.findings, ...probeFindings(outcomes, diagnosis)])
  return { ...diagnosis, verdict: verdictOf(findings), problems: problemsOf(findings), findings }
}
