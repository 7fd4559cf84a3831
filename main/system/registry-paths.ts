/** Where Windows keeps the values that decide TLS (DOMAIN.md sections 2 and 4). */
import type { SchannelSide, TlsVersion } from '../../shared/tls'

const HKLM = 'HKEY_LOCAL_MACHINE'

/** The Schannel protocols key. */
export const SCHANNEL_PROTOCOLS = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols`

/** `...\Protocols\TLS 1.2\Client` and the like. */
export function schannelKey(version: TlsVersion, side: SchannelSide): string {
  return `${SCHANNEL_PROTOCOLS}\\${version}\\${side === 'client' ? 'Client' : 'Server'}`
}

/** The two registry views of HKLM\SOFTWARE: native 64-bit and the 32-bit Wow6432Node twin. */
export const VIEWS = ['native', 'wow6432'] as const
/** A registry view. */
export type View = (typeof VIEWS)[number]

function software(view: View, rest: string): string {
  return `${HKLM}\\SOFTWARE\\${view === 'wow6432' ? 'Wow6432Node\\' : ''}${rest}`
}

/** .NET Framework versions whose TLS switches matter: v4 (4.x) and v2 (3.5). */
export const DOTNET_VERSIONS = { v4: 'v4.0.30319', v2: 'v2.0.50727' } as const
/** A .NET generation. */
export type DotNetVersion = keyof typeof DOTNET_VERSIONS

/** `HKLM\SOFTWARE\[Wow6432Node\]Microsoft\.NETFramework\v4.0.30319` and the like. */
export function dotnetKey(version: DotNetVersion, view: View): string {
  return software(view, `Microsoft\\.NETFramework\\${DOTNET_VERSIONS[version]}`)
}

/** The WinHTTP key holding DefaultSecureProtocols. */
export function winhttpKey(view: View): string {
  return software(view, 'Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp')
}

/** DefaultSecureProtocols bits. */
export const WINHTTP_BITS = {
  'TLS 1.0': 0x80,
  'TLS 1.1': 0x200,
  'TLS 1.2': 0x800,
  'TLS 1.3': 0x2000,
} as const

/** Local cipher-suite order and the group-policy one that wins over it. */
export const CIPHER_LOCAL_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002`
export const CIPHER_POLICY_KEY = `${HKLM}\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002`

/** Windows version. */
export const WINDOWS_VERSION_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion`
/** Computer name and DNS names. */
export const COMPUTER_NAME_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName`
export const TCPIP_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters`

/** Exchange setup keys: v15 (2013, 2016, 2019, SE) and v14 (2010). */
export function exchangeSetupKey(generation: 'v14' | 'v15'): string {
  return `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\${generation}\\Setup`
}
/** Present when the Edge Transport role is installed. */
export function exchangeEdgeKey(generation: 'v14' | 'v15'): string {
  return `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\${generation}\\EdgeTransportRole`
}

/** Pending-restart markers Windows itself sets. */
export const SESSION_MANAGER_KEY = `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\Session Manager`
export const CBS_REBOOT_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending`
export const WU_REBOOT_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired`
export const UPDATE_EXE_VOLATILE_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Updates\\UpdateExeVolatile`
