/** Before and after: what a fix and restart changed, for verify mode and reports. */
import type { Diagnosis, EffectiveState, Finding, VersionState } from './diagnosis'
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
 * from an export that lacks its keys proves nothing.
 */
export function compareDiagnoses(before: Diagnosis, after: Diagnosis): Comparison {
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
  }
}
