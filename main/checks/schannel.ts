/** Findings about the Schannel protocol keys, in Health Checker's words (DOMAIN.md section 2). */
import type { Evidence, Finding, VersionState } from '../../shared/diagnosis'
import { SCHANNEL_SIDES, TLS_VERSIONS, type SchannelSide, type TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import { schannelKey, versionKey } from '../system/registry-paths'
import { evidence, finding, HEALTH_CHECKER_WORDS, said } from './finding'
import { legacyOnAdvice } from './legacy-guard'
import { healthCheckerState } from './schannel-state'
import type { WindowsFamily } from './windows'

export { versionState } from './schannel-state'

type States = Record<TlsVersion, VersionState>

function sideEvidence(facts: Facts, version: TlsVersion, side: SchannelSide, cs?: string) {
  const f = facts.schannel[version][side]
  const key = schannelKey(version, side, cs)
  return [
    evidence(key, 'Enabled', f.enabled, '1'),
    evidence(key, 'DisabledByDefault', f.disabledByDefault, '0'),
  ]
}

const OTHERS = ['TLS 1.0', 'TLS 1.1', 'TLS 1.3'] as const
const FIX12 = ['schannel-tls12-enable', 'restart-server'] as const

/** TLS 1.2: off (per side, as Schannel acts), Misconfigured, Half Disabled. */
function tls12Findings(facts: Facts, s: VersionState, os: WindowsFamily, cs?: string): Finding[] {
  const out: Finding[] = []
  const all = SCHANNEL_SIDES.flatMap((side) => sideEvidence(facts, 'TLS 1.2', side, cs))
  const off = SCHANNEL_SIDES.filter((side) => s[side].effective === 'off')
  if (off.length)
    out.push(
      finding(
        'tls12-not-enabled',
        'error',
        off.flatMap((side) => sideEvidence(facts, 'TLS 1.2', side, cs)),
        [...FIX12],
        { sides: off.join(' and '), os: os.name },
        off.length === 2 ? 'both' : off[0],
      ),
    )
  if (s.state === 'misconfigured')
    out.push(finding('tls12-misconfigured', 'error', all, [...FIX12]))
  if (s.state === 'half-disabled') {
    // Half Disabled is judged on the Server side; Client is the same (else it is Misconfigured).
    const server = facts.schannel['TLS 1.2'].server
    const variant =
      server.enabled === 0
        ? 'off-yet-default-on'
        : server.disabledByDefault === undefined
          ? 'default-off-by-windows'
          : 'on-yet-default-off'
    out.push(finding('tls12-half-disabled', 'error', all, [...FIX12], { os: os.name }, variant))
  }
  return out
}

/** Health Checker's "should be defined for consistent results" (TLS 1.0 to 1.2). */
function undefinedValues(facts: Facts, skip12: boolean, cs?: string): Finding[] {
  const defined = said('evidence.want.defined')
  const versions = (['TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const).filter(
    (v) => !(skip12 && v === 'TLS 1.2'),
  )
  const ev = versions.flatMap((v) =>
    SCHANNEL_SIDES.flatMap((side) => {
      const f = facts.schannel[v][side]
      const key = schannelKey(v, side, cs)
      return [
        ...(f.enabled === undefined ? [evidence(key, 'Enabled', undefined, defined)] : []),
        ...(f.disabledByDefault === undefined
          ? [evidence(key, 'DisabledByDefault', undefined, defined)]
          : []),
      ]
    }),
  )
  return ev.length
    ? [finding('schannel-values-undefined', 'warning', ev, [], { count: ev.length })]
    : []
}

/** Misconfigured and Half Disabled for the other versions: Health Checker marks them red too. */
function otherVersionFindings(facts: Facts, states: States, cs?: string): Finding[] {
  const supported = OTHERS.filter((v) => states[v].supportedByOs)
  const pick = (state: string) => supported.filter((v) => states[v].state === state)
  // No value is "right" for these versions: each side should match the other.
  const rows = (vs: readonly TlsVersion[]) =>
    vs.flatMap((v) =>
      SCHANNEL_SIDES.flatMap((side) => {
        const f = facts.schannel[v][side]
        const key = schannelKey(v, side, cs)
        const other = said('evidence.want.sameAsSide', {
          side: side === 'client' ? 'Server' : 'Client',
        })
        return [
          evidence(key, 'Enabled', f.enabled, other),
          evidence(key, 'DisabledByDefault', f.disabledByDefault, other),
        ]
      }),
    )
  const mis = pick('misconfigured')
  const half = pick('half-disabled')
  return [
    ...(mis.length
      ? [finding('schannel-misconfigured', 'warning', rows(mis), [], { versions: mis.join(', ') })]
      : []),
    ...(half.length
      ? [
          finding('schannel-half-disabled', 'warning', rows(half), [], {
            versions: half.join(', '),
          }),
        ]
      : []),
  ]
}

/** Health Checker accepts only 0 and 1; Windows reads any non-zero as 1. */
function notZeroOrOne(facts: Facts, cs?: string): Finding[] {
  const ev: Evidence[] = TLS_VERSIONS.flatMap((v) =>
    SCHANNEL_SIDES.flatMap((side) => {
      const f = facts.schannel[v][side]
      const key = schannelKey(v, side, cs)
      return (
        [
          ['Enabled', f.enabled],
          ['DisabledByDefault', f.disabledByDefault],
        ] as const
      )
        .filter(([, x]) => x !== undefined && x !== 0 && x !== 1)
        .map(([name, x]) => evidence(key, name, x, said('evidence.want.zeroOrOne')))
    }),
  )
  return ev.length
    ? [finding('schannel-value-not-0-or-1', 'info', ev, [], { count: ev.length })]
    : []
}

/** Where our word differs from Health Checker's for the same values: the Windows default decided. */
function healthCheckerNote(facts: Facts, states: States, os: WindowsFamily, cs?: string) {
  const differ = TLS_VERSIONS.filter((v) => {
    const raw = facts.schannel[v]
    return (
      states[v].supportedByOs && healthCheckerState(v, raw.client, raw.server) !== states[v].state
    )
  })
  if (!differ.length) return []
  const ev = differ.map((v) =>
    evidence(
      versionKey(v, cs),
      said('evidence.item.state'),
      HEALTH_CHECKER_WORDS[states[v].state],
      said('evidence.want.healthChecker', {
        state:
          HEALTH_CHECKER_WORDS[
            healthCheckerState(v, facts.schannel[v].client, facts.schannel[v].server)
          ],
      }),
    ),
  )
  return [
    finding('schannel-state-differs-from-health-checker', 'info', ev, [], {
      versions: differ.join(', '),
      os: os.name,
    }),
  ]
}

/** Findings about the Schannel keys themselves; none when the export did not hold them. */
export function schannelFindings(facts: Facts, states: States, os: WindowsFamily): Finding[] {
  if (facts.seen && !facts.seen.schannel) return []
  const cs = facts.controlSet?.used ?? undefined
  const tls12 = tls12Findings(facts, states['TLS 1.2'], os, cs)
  const undecided12 = SCHANNEL_SIDES.some((side) => states['TLS 1.2'][side].effective === 'unknown')
  const legacy = (['TLS 1.0', 'TLS 1.1'] as const).flatMap((v) =>
    SCHANNEL_SIDES.filter((side) => states[v][side].effective === 'on').map((side) =>
      evidence(
        schannelKey(v, side, cs),
        'Enabled',
        facts.schannel[v][side].enabled,
        said('evidence.want.optionalHardening'),
      ),
    ),
  )
  return [
    ...tls12,
    // The TLS 1.2 fix defines its four values, and its evidence (or the undecided sides' in the
    // incomplete-export finding) shows the missing ones: once.
    ...undefinedValues(facts, tls12.length > 0 || undecided12, cs),
    ...otherVersionFindings(facts, states, cs),
    ...notZeroOrOne(facts, cs),
    ...healthCheckerNote(facts, states, os, cs),
    ...(legacy.length ? [legacyOnFinding(facts, legacy)] : []),
  ]
}

function legacyOnFinding(facts: Facts, legacy: Evidence[]): Finding {
  const { params, variant } = legacyOnAdvice(facts)
  return finding('legacy-tls-enabled', 'info', legacy, [], params, variant)
}

/** True when the keys switch TLS 1.0 or 1.1 off explicitly (then .NET must be told to use TLS 1.2). */
export function legacyTlsDisabled(facts: Facts): boolean {
  return (['TLS 1.0', 'TLS 1.1'] as const).some((v) =>
    SCHANNEL_SIDES.some((s) => facts.schannel[v][s].enabled === 0),
  )
}
