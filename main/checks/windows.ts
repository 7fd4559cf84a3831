/** Windows Server generations and what Schannel does when the registry says nothing (DOMAIN.md table 3). */
import type { TlsVersion } from '../../shared/tls'

/** A Windows generation: its name, first build, and the protocols Schannel has on by default (null: not supported). */
export interface WindowsFamily {
  name: string
  firstBuild: number
  defaults: Record<TlsVersion, boolean | null>
}

const OLD = { 'TLS 1.0': true, 'TLS 1.1': false, 'TLS 1.2': false, 'TLS 1.3': null }
const MODERN = { 'TLS 1.0': true, 'TLS 1.1': true, 'TLS 1.2': true, 'TLS 1.3': null }
const CURRENT = { 'TLS 1.0': true, 'TLS 1.1': true, 'TLS 1.2': true, 'TLS 1.3': true }

/** Newest first. Client Windows builds fall into the server generation of the same kernel. */
const FAMILIES: WindowsFamily[] = [
  { name: 'Windows Server 2025', firstBuild: 26100, defaults: CURRENT },
  { name: 'Windows Server 2022', firstBuild: 20348, defaults: CURRENT },
  { name: 'Windows Server 2019', firstBuild: 17763, defaults: MODERN },
  { name: 'Windows Server 2016', firstBuild: 14393, defaults: MODERN },
  { name: 'Windows Server 2012 R2', firstBuild: 9600, defaults: MODERN },
  { name: 'Windows Server 2012', firstBuild: 9200, defaults: MODERN },
  { name: 'Windows Server 2008 R2', firstBuild: 7600, defaults: OLD },
  { name: 'Windows Server 2008', firstBuild: 0, defaults: OLD },
]

/** What we assume when the build is unknown (a partial export): the 2012-2019 behaviour. */
export const UNKNOWN_WINDOWS: WindowsFamily = {
  name: 'unknown Windows version',
  firstBuild: -1,
  defaults: MODERN,
}

/** The generation a build number belongs to. */
export function windowsFamily(build: number | undefined): WindowsFamily {
  if (build === undefined) return UNKNOWN_WINDOWS
  return FAMILIES.find((f) => build >= f.firstBuild) as WindowsFamily
}

/** Server 2008 R2 and 2012 need KB3140245 and DefaultSecureProtocols for WinHTTP to use TLS 1.2. */
export function needsWinHttpKey(build: number | undefined): boolean {
  return build !== undefined && build >= 7600 && build < 9600
}
