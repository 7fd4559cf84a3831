/**
 * Schannel's own handshakes (the native probe) against the registry verdict and Node's probe: the
 * keys say TLS 1.2 is on but Windows did not use it, the keys say off but Windows used it, and the
 * two probes disagreeing. Pure: an outcome and a diagnosis in, findings out.
 */
import type { Diagnosis, Evidence, Finding } from '../../shared/diagnosis'
import { targetLabel } from '../../shared/probe-basics'
import type { ProbeOutcome, ProbeTarget, VersionResult } from '../../shared/probe'
import { schannelKey } from '../system/registry-paths'
import { evidence, evidenceRow, finding, outcomeWords, said, type Part } from './finding'

const MODERN = ['TLSv1.2', 'TLSv1.3']

/** TLS 1.2 or later negotiated. */
const modern = (v: VersionResult) => v.accepted && MODERN.includes(v.protocol ?? '')

/**
 * A network failure (no connection, no answer in time), or an SMTP session the peer rejected
 * before any TLS handshake, proves nothing about TLS settings.
 */
const network = (v: VersionResult) =>
  v.result === 'timeout' || v.result === 'unreachable' || v.result === 'smtp-rejected'

/** What an attempt got, in a word for the messages: the protocol, or its outcome. */
const got = (v: VersionResult) => (v.accepted ? (v.protocol ?? 'accepted') : v.result)

/** Whether the registry says this machine's TLS 1.2 client side is on, off, or cannot say. */
export function registryClientTls12(d: Diagnosis | null): 'on' | 'off' | 'unknown' {
  const client = d?.schannel['TLS 1.2'].client
  if (!client) return 'unknown'
  if (client.effective) return client.effective
  return client.enabled ? 'on' : 'off'
}

function registryEvidence(d: Diagnosis): Evidence[] {
  const client = d.schannel['TLS 1.2'].client
  const key = schannelKey('TLS 1.2', 'client')
  return [
    evidence(key, 'Enabled', client.enabledValue ?? undefined, '1'),
    evidence(key, 'DisabledByDefault', client.disabledByDefaultValue ?? undefined, '0'),
  ]
}

// Keyed by the target's label, as every wire finding is, so the probe's row in the Checks step
// shows it (shared/check-groups.ts findingsOfTarget).
const wireEvidence = (
  t: ProbeTarget,
  value: Part<string>,
  actual: Part<string>,
  expected: Part<string>,
) => evidenceRow({ key: targetLabel(t), value, actual, expected })

/** What an attempt got as evidence: the protocol, or its outcome in words. */
const gotWords = (v: VersionResult) =>
  v.accepted && v.protocol ? v.protocol : outcomeWords(v.accepted ? 'accepted' : v.result)

const schannelEvidence = (
  t: ProbeTarget,
  what: Part<string>,
  v: VersionResult,
  expected: Part<string>,
) => wireEvidence(t, what, gotWords(v), expected)

/** The comparison findings of one probed target (none without a Schannel result). */
export function schannelWireFindings(o: ProbeOutcome, d: Diagnosis | null): Finding[] {
  const s = o.schannel
  if (!s) return []
  const { target: t, result: node } = o
  const label = targetLabel(t)
  const important = t.role === 'other' ? 'warning' : 'error'
  const registry = registryClientTls12(d)
  const def = s.systemDefault
  const nodeTls12 = node.versions['TLSv1.2']
  const out: Finding[] = []

  // The server does TLS 1.2 (Node saw it), the keys say on, and Windows by default did not use it.
  if (d && registry === 'on' && nodeTls12.accepted && !modern(def) && !network(def))
    out.push(
      finding(
        'schannel-refuses-tls12',
        important,
        [
          schannelEvidence(t, said('evidence.item.schannelDefault'), def, 'TLSv1.2'),
          wireEvidence(t, 'Node TLSv1.2', outcomeWords(nodeTls12.result), outcomeWords('accepted')),
          ...registryEvidence(d),
        ],
        ['restart-server', 'review-cipher-suites'],
        { target: label, got: got(def), error: def.error ?? '' },
      ),
    )

  // The keys say off, yet Windows used TLS 1.2 by default: it still runs on older settings.
  if (d && registry === 'off' && modern(def))
    out.push(
      finding(
        'schannel-tls12-despite-registry',
        'warning',
        [
          schannelEvidence(t, said('evidence.item.schannelDefault'), def, outcomeWords('refused')),
          ...registryEvidence(d),
        ],
        ['schannel-tls12-enable'],
        { target: label, protocol: def.protocol ?? '' },
      ),
    )

  // Node and Schannel, both pinned to TLS 1.2, answered differently (a local refusal counts).
  const pinned = s.versions['TLSv1.2']
  const decided = (v: VersionResult) => v.result === 'accepted' || v.result === 'refused'
  const schannelDecided = decided(pinned) || pinned.result === 'untestable'
  // Keys that switch TLS 1.2 off explain a Schannel refusal: that is no disagreement.
  const explained = registry === 'off' && !pinned.accepted
  if (
    !out.length &&
    !explained &&
    decided(nodeTls12) &&
    schannelDecided &&
    nodeTls12.accepted !== pinned.accepted
  )
    out.push(
      finding(
        'schannel-node-disagree',
        'warning',
        [
          wireEvidence(
            t,
            'Node TLSv1.2',
            outcomeWords(nodeTls12.result),
            outcomeWords(pinned.result),
          ),
          schannelEvidence(t, 'Schannel TLSv1.2', pinned, outcomeWords(nodeTls12.result)),
        ],
        [],
        {
          target: label,
          node: nodeTls12.result,
          schannel: pinned.result,
          error: (pinned.accepted ? nodeTls12.error : pinned.error) ?? '',
        },
        pinned.accepted ? 'node-refused' : 'schannel-refused',
      ),
    )
  return out
}
