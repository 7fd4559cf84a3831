/** Windows Server generations and what Schannel does when the registry says nothing (DOMAIN.md table 3). */
import type { TlsVersion } from '../../shared/tls'

/** A Windows generation: its name, first build, and the protocols Schannel has on by default (null: not supported). */
export interface WindowsFamily {
  name: string
  firstBuild: number
  /** False for UNKNOWN_WINDOWS: its defaults are then placeholders that must not decide anything. */
  known: boolean
  defaults: Record<TlsVersion, boolean | null>
}

const OLD = { 'TLS 1.0': true, 'TLS 1.1': false, 'TLS 1.2': false, 'TLS 1.3': null }
const MODERN = { 'TLS 1.0': true, 'TLS 1.1': true, 'TLS 1.2': true, 'TLS 1.3': null }
const CURRENT = { 'TLS 1.0': true, 'TLS 1.1': true, 'TLS 1.2': true, 'TLS 1.3': true }

/** Newest first. Client Windows builds fall into the server generation of the same kernel. */
export const WINDOWS_FAMILIES: readonly WindowsFamily[] = [
  { name: 'Windows Server 2025', firstBuild: 26100, known: true, defaults: CURRENT },
  { name: 'Windows Server 2022', firstBuild: 20348, known: true, defaults: CURRENT },
  { name: 'Windows Server 2019', firstBuild: 17763, known: true, defaults: MODERN },
  { name: 'Windows Server 2016', firstBuild: 14393, known: true, defaults: MODERN },
  { name: 'Windows Server 2012 R2', firstBuild: 9600, known: true, defaults: MODERN },
  { name: 'Windows Server 2012', firstBuild: 9200, known: true, defaults: MODERN },
  { name: 'Windows Server 2008 R2', firstBuild: 7600, known: true, defaults: OLD },
  { name: 'Windows Server 2008', firstBuild: 0, known: true, defaults: OLD },
]

/**
 * The build is unknown (a partial export): what Schannel does with a missing value cannot be told,
 * so nothing that depends on a default is decided (the verdict is then inconclusive).
 */
export const UNKNOWN_WINDOWS: WindowsFamily = {
  name: 'unknown Windows version',
  firstBuild: -1,
  known: false,
  defaults: MODERN,
}

/** The generation a build number belongs to. */
export function windowsFamily(build: number | undefined): WindowsFamily {
  if (build === undefined) return UNKNOWN_WINDOWS
  return WINDOWS_FAMILIES.find((f) => build >= f.firstBuild) as WindowsFamily
}

/** Server 2008 R2 and 2012 need KB3140245 and DefaultSecureProtocols for WinHTTP to use TLS 1.2. */
export function needsWinHttpKey(build: number | undefined): boolean {
  return build !== undefined && build >= 7600 && build < 9600
}
