/** Schannel protocol state per TLS version: configured (Health Checker's words) and effective. */
import type { Finding, VersionState } from '../../shared/diagnosis'
import { SCHANNEL_SIDES, type SchannelSide, type TlsVersion } from '../../shared/tls'
import type { Facts, SchannelSideFacts } from '../system/facts'
import { schannelKey } from '../system/registry-paths'
import { evidence, finding } from './finding'
import type { WindowsFamily } from './windows'

interface SideFlags {
  enabled: boolean
  disabledByDefault: boolean
  on: boolean
}

/**
 * One side with OS defaults filled in. A missing `Enabled` takes the OS default; a missing
 * `DisabledByDefault` is 0 where the protocol is on by default, and 1 where it is off by default
 * (Server 2008/2008 R2 TLS 1.1/1.2), which is why both values are needed there.
 */
export function sideFlags(f: SchannelSideFacts, osDefault: boolean | null): SideFlags {
  const enabled = f.enabled !== undefined ? f.enabled !== 0 : osDefault === true
  const disabledByDefault =
    f.disabledByDefault !== undefined ? f.disabledByDefault !== 0 : osDefault !== true
  return { enabled, disabledByDefault, on: osDefault !== null && enabled && !disabledByDefault }
}

const halfDisabled = (s: SideFlags) => s.enabled === s.disabledByDefault

/** Configured and effective state of one version on one Windows generation. */
export function versionState(facts: Facts, version: TlsVersion, os: WindowsFamily): VersionState {
  const osDefault = os.defaults[version]
  const raw = facts.schannel[version]
  const c = sideFlags(raw.client, osDefault)
  const s = sideFlags(raw.server, osDefault)
  const state =
    c.enabled !== s.enabled || c.disabledByDefault !== s.disabledByDefault
      ? 'misconfigured'
      : halfDisabled(c) || halfDisabled(s)
        ? 'half-disabled'
        : !c.enabled && c.disabledByDefault
          ? 'disabled'
          : 'enabled'
  const side = (f: SchannelSideFacts, flags: SideFlags) => ({
    enabled: flags.on,
    enabledValue: f.enabled ?? null,
    disabledByDefaultValue: f.disabledByDefault ?? null,
  })
  return {
    state,
    supportedByOs: osDefault !== null,
    client: side(raw.client, c),
    server: side(raw.server, s),
  }
}

function sideEvidence(facts: Facts, version: TlsVersion, side: SchannelSide) {
  const f = facts.schannel[version][side]
  return [
    evidence(schannelKey(version, side), 'Enabled', f.enabled, '1'),
    evidence(schannelKey(version, side), 'DisabledByDefault', f.disabledByDefault, '0'),
  ]
}

/** Findings about the Schannel keys themselves. */
export function schannelFindings(
  facts: Facts,
  states: Record<TlsVersion, VersionState>,
  os: WindowsFamily,
): Finding[] {
  const out: Finding[] = []
  const tls12 = states['TLS 1.2']
  const fix12 = ['schannel-tls12-enable', 'restart-server'] as const
  const off = SCHANNEL_SIDES.filter((s) => !tls12[s].enabled)
  if (off.length) {
    out.push(
      finding(
        'tls12-not-enabled',
        'error',
        off.flatMap((s) => sideEvidence(facts, 'TLS 1.2', s)),
        [...fix12],
        { sides: off.join(' and '), os: os.name },
      ),
    )
  }
  if (tls12.state === 'misconfigured') {
    out.push(
      finding(
        'tls12-misconfigured',
        'error',
        SCHANNEL_SIDES.flatMap((s) => sideEvidence(facts, 'TLS 1.2', s)),
        [...fix12],
      ),
    )
  }
  const half = SCHANNEL_SIDES.filter((s) =>
    halfDisabled(sideFlags(facts.schannel['TLS 1.2'][s], os.defaults['TLS 1.2'])),
  )
  if (half.length) {
    out.push(
      finding(
        'tls12-half-disabled',
        'error',
        half.flatMap((s) => sideEvidence(facts, 'TLS 1.2', s)),
        [...fix12],
        { sides: half.join(' and ') },
      ),
    )
  }
  const undefinedValues = (['TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const).flatMap((v) =>
    SCHANNEL_SIDES.flatMap((s) => {
      const f = facts.schannel[v][s]
      return [
        ...(f.enabled === undefined
          ? [evidence(schannelKey(v, s), 'Enabled', undefined, 'defined')]
          : []),
        ...(f.disabledByDefault === undefined
          ? [evidence(schannelKey(v, s), 'DisabledByDefault', undefined, 'defined')]
          : []),
      ]
    }),
  )
  if (undefinedValues.length) {
    const fixes = undefinedValues.some((e) => e.key.includes('\\TLS 1.2\\')) ? [...fix12] : []
    out.push(
      finding('schannel-values-undefined', 'warning', undefinedValues, fixes, {
        count: undefinedValues.length,
      }),
    )
  }
  const legacy = (['TLS 1.0', 'TLS 1.1'] as const).flatMap((v) =>
    SCHANNEL_SIDES.filter((s) => states[v][s].enabled).map((s) =>
      evidence(
        schannelKey(v, s),
        'Enabled',
        facts.schannel[v][s].enabled,
        '0 (optional hardening)',
      ),
    ),
  )
  if (legacy.length) out.push(finding('legacy-tls-enabled', 'info', legacy, []))
  return out
}

/** True when the keys switch TLS 1.0 or 1.1 off explicitly (then .NET must be told to use TLS 1.2). */
export function legacyTlsDisabled(facts: Facts): boolean {
  return (['TLS 1.0', 'TLS 1.1'] as const).some((v) =>
    SCHANNEL_SIDES.some((s) => facts.schannel[v][s].enabled === 0),
  )
}
