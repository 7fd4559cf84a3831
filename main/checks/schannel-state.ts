/** Schannel state per TLS version: Health Checker's word for the values, and what Schannel does. */
import type { EffectiveState, VersionState } from '../../shared/diagnosis'
import type { SchannelState, TlsVersion } from '../../shared/tls'
import type { Facts, SchannelSideFacts } from '../system/facts'
import { WINDOWS_FAMILIES, type WindowsFamily } from './windows'

/**
 * Health Checker's configuration word for the values as they are, the way microsoft/CSS-Exchange
 * computes it (Shared/TLS/Get-AllTlsSettingsFromRegistry.ps1): a missing Enabled counts as on (as
 * off for TLS 1.3), a missing DisabledByDefault as 0. Misconfigured (Client and Server differ) wins
 * over Half Disabled (judged on the Server side: Enabled=0 with DisabledByDefault=0 set, or Enabled
 * on with DisabledByDefault on), which wins over Disabled (Enabled=0 with DisabledByDefault
 * non-zero or missing, on both sides).
 */
export function healthCheckerState(
  version: TlsVersion,
  client: SchannelSideFacts,
  server: SchannelSideFacts,
): SchannelState {
  const on = (s: SchannelSideFacts) =>
    s.enabled === undefined ? version !== 'TLS 1.3' : s.enabled !== 0
  const dbd = (s: SchannelSideFacts) =>
    s.disabledByDefault !== undefined && s.disabledByDefault !== 0
  const off = (s: SchannelSideFacts) => !on(s) && (dbd(s) || s.disabledByDefault === undefined)
  if (on(client) !== on(server) || dbd(client) !== dbd(server)) return 'misconfigured'
  const s = server
  if ((!on(s) && !dbd(s) && s.disabledByDefault !== undefined) || (on(s) && dbd(s)))
    return 'half-disabled'
  return off(client) && off(server) ? 'disabled' : 'enabled'
}

/**
 * The values with this Windows build's defaults filled in. Here we differ from Health Checker on
 * purpose (it reads missing values the same way on every Windows): Schannel on Server 2008 R2
 * keeps TLS 1.1/1.2 off and disabled by default when the values are missing (DOMAIN.md table 3,
 * Microsoft's "TLS 1.2 support at Microsoft" / KB 3140245), and Server 2022+ has TLS 1.3 on.
 * On an unknown Windows nothing is filled in.
 */
export function withDefaults(f: SchannelSideFacts, osDefault: boolean | null, known: boolean) {
  if (!known || osDefault === null) return f
  return {
    enabled: f.enabled ?? (osDefault ? 1 : 0),
    disabledByDefault: f.disabledByDefault ?? (osDefault ? undefined : 1),
  }
}

function effectiveOn(f: SchannelSideFacts, family: WindowsFamily, version: TlsVersion): boolean {
  const osDefault = family.defaults[version]
  if (osDefault === null) return false
  const enabled = f.enabled !== undefined ? f.enabled !== 0 : osDefault
  const disabledByDefault =
    f.disabledByDefault !== undefined ? f.disabledByDefault !== 0 : !osDefault
  return enabled && !disabledByDefault
}

/**
 * On, off or unknown for one side. On an unknown Windows the answer is the one every Windows
 * generation would give, or unknown when they differ (a missing TLS 1.2 value: off on 2008 R2,
 * on from 2012).
 */
export function effectiveState(
  f: SchannelSideFacts,
  os: WindowsFamily,
  version: TlsVersion,
): EffectiveState {
  const families = os.known ? [os] : WINDOWS_FAMILIES
  const answers = new Set(families.map((family) => effectiveOn(f, family, version)))
  if (answers.size > 1) return 'unknown'
  return answers.has(true) ? 'on' : 'off'
}

/** Configured and effective state of one version; effective is unknown when Schannel was not seen. */
export function versionState(facts: Facts, version: TlsVersion, os: WindowsFamily): VersionState {
  const seen = facts.seen?.schannel ?? true
  const osDefault = os.defaults[version]
  const raw = facts.schannel[version]
  const client = withDefaults(raw.client, osDefault, os.known)
  const server = withDefaults(raw.server, osDefault, os.known)
  const side = (f: SchannelSideFacts) => {
    const effective = seen ? effectiveState(f, os, version) : 'unknown'
    return {
      enabled: effective === 'on',
      enabledValue: f.enabled ?? null,
      disabledByDefaultValue: f.disabledByDefault ?? null,
      effective,
    }
  }
  return {
    state: healthCheckerState(version, client, server),
    // An unknown Windows may have the version: it is not ruled out.
    supportedByOs: !os.known || osDefault !== null,
    client: side(raw.client),
    server: side(raw.server),
  }
}
