/** Before and after: what a fix and restart changed, for verify mode and reports. */
import type { Diagnosis, EffectiveState, Finding, MachineSummary, VersionState } from './diagnosis'
import { TLS_VERSIONS, type TlsVersion } from './tls'

/** One Schannel side before and after. */
export interface SideChange {
  version: TlsVersion
  side: 'client' | 'server'
  before: EffectiveState
  after: EffectiveState
}

/** The side-by-side view of two diagnoses of the same machine. */
export interface Comparison {
  verdict: { before: Diagnosis['verdict']; after: Diagnosis['verdict'] }
  /** Gone, and the registry after showed everything: fixed. */
  fixed: Finding[]
  /** Gone, but the registry after did not show everything (coverage.missing): not known fixed. */
  undecided: Finding[]
  remaining: Finding[]
  added: Finding[]
  /**
   * Against a diagnosis made by older rules (version 1): found now, of a kind the earlier one did
   * not look for, so neither "still there" nor "new" is known.
   */
  foundNow: Finding[]
  schannel: SideChange[]
  /** Both diagnoses name the same machine; false: one does not name it, so it is not confirmed. */
  machineConfirmed: boolean
}

/** Thrown by compareDiagnoses when the two name different machines; `before` and `after` name them. */
export class DifferentMachinesError extends Error {
  override name = 'DifferentMachinesError'
  constructor(
    readonly before: string,
    readonly after: string,
  ) {
    super(`the diagnoses are of different machines: ${before} and ${after}`)
  }
}

const norm = (name: string | null) => name?.trim().replace(/\.$/, '').toLowerCase() || null
const host = (fqdn: string) => fqdn.replace(/\..*$/, '')

/**
 * Whether two diagnoses are of one machine, by computer name and by FQDN (case-insensitive), each
 * compared only where both record it; null when neither is recorded on both sides.
 */
export function sameMachine(a: MachineSummary, b: MachineSummary): boolean | null {
  const [ca, cb, fa, fb] = [a.computerName, b.computerName, a.fqdn, b.fqdn].map(norm)
  const pairs: Array<[string, string]> = []
  if (ca && cb) pairs.push([ca, cb])
  // An FQDN without its domain (an export without the Tcpip Domain value) is compared by host.
  if (fa && fb) pairs.push(fa.includes('.') && fb.includes('.') ? [fa, fb] : [host(fa), host(fb)])
  return pairs.length ? pairs.every(([x, y]) => x === y) : null
}

/** A machine's name for messages, as the CLI shows it: `EX2016 (ex2016.contoso.local)`. */
export function machineLabel(m: MachineSummary): string {
  const fqdn = m.fqdn && m.fqdn !== m.computerName ? m.fqdn : null
  return m.computerName && fqdn ? `${m.computerName} (${fqdn})` : (m.computerName ?? fqdn ?? '?')
}

/**
 * What a side does: `effective` when the diagnosis has it. Reports saved before it existed hold a
 * boolean, and a side without `effective` had only `enabled`, where false also meant "unknown".
 */
export function sideState(s: boolean | EffectiveState | VersionState['client']): EffectiveState {
  if (typeof s === 'string') return s
  if (typeof s === 'boolean') return s ? 'on' : 'off'
  return s.effective ?? (s.enabled ? 'on' : 'off')
}

/**
 * Compares findings by id, and the effective Schannel state per version and side. A finding that
 * is gone counts as fixed only when the registry after showed everything a verdict needs: gone
 * from an export that lacks its keys proves nothing. Two diagnoses that name different machines
 * are refused (DifferentMachinesError): another server's problems are not this one's fixed.
 */
export function compareDiagnoses(before: Diagnosis, after: Diagnosis): Comparison {
  const same = sameMachine(before.machine, after.machine)
  if (same === false)
    throw new DifferentMachinesError(machineLabel(before.machine), machineLabel(after.machine))
  const afterIds = new Set(after.findings.map((f) => f.id))
  const beforeIds = new Set(before.findings.map((f) => f.id))
  const gone = before.findings.filter((f) => !afterIds.has(f.id))
  // A diagnosis made by the first release's rules names some states differently (its "half
  // disabled" is today's "off" and "keys disagree"): a finding gone from it is not known to be
  // fixed, and one it lacks is not known to be new, only found now.
  const olderRules = before.upgradedFrom === 1
  const decided = after.coverage.missing.length === 0 && !olderRules
  const unmatched = after.findings.filter((f) => !beforeIds.has(f.id))
  return {
    verdict: { before: before.verdict, after: after.verdict },
    fixed: decided ? gone : [],
    undecided: decided ? [] : gone,
    remaining: after.findings.filter((f) => beforeIds.has(f.id)),
    added: olderRules ? [] : unmatched,
    foundNow: olderRules ? unmatched : [],
    schannel: TLS_VERSIONS.flatMap((version) =>
      (['client', 'server'] as const).map((side) => ({
        version,
        side,
        before: sideState(before.schannel[version][side]),
        after: sideState(after.schannel[version][side]),
      })),
    ),
    machineConfirmed: same === true,
  }
}
