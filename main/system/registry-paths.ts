/** Where Windows keeps the values that decide TLS (DOMAIN.md sections 2 and 4). */
import type { SchannelSide, TlsVersion } from '../../shared/tls'

const HKLM = 'HKEY_LOCAL_MACHINE'

/** The control set Windows runs on; an offline SYSTEM hive has only `ControlSet00N` (DOMAIN.md 8). */
export const CURRENT_CONTROL_SET = 'CurrentControlSet'
/** `HKLM\SYSTEM`: its subkeys tell which control sets a registry (or an export) holds. */
export const SYSTEM_KEY = `${HKLM}\\SYSTEM`
/** `Select\Current` names the control set in use (1 = ControlSet001). */
export const SELECT_KEY = `${HKLM}\\SYSTEM\\Select`

/** `ControlSet001` for 1. */
export function controlSetName(n: number): string {
  return `ControlSet${String(n).padStart(3, '0')}`
}

/** A key below a control set: `HKLM\SYSTEM\<controlSet>\<rest>`. */
export function systemKey(rest: string, controlSet = CURRENT_CONTROL_SET): string {
  return `${HKLM}\\SYSTEM\\${controlSet}\\${rest}`
}

/** The SCHANNEL key (its Protocols subkey holds the TLS switches). */
export function schannelRootKey(controlSet = CURRENT_CONTROL_SET): string {
  return systemKey('Control\\SecurityProviders\\SCHANNEL', controlSet)
}

/** The Schannel protocols key of a control set. */
export function protocolsKey(controlSet = CURRENT_CONTROL_SET): string {
  return `${schannelRootKey(controlSet)}\\Protocols`
}

/** The Schannel protocols key. */
export const SCHANNEL_PROTOCOLS = protocolsKey()

/** `...\Protocols\TLS 1.2` */
export function versionKey(version: TlsVersion, controlSet = CURRENT_CONTROL_SET): string {
  return `${protocolsKey(controlSet)}\\${version}`
}

/** `...\Protocols\TLS 1.2\Client` and the like. */
export function schannelKey(
  version: TlsVersion,
  side: SchannelSide,
  controlSet = CURRENT_CONTROL_SET,
): string {
  return `${versionKey(version, controlSet)}\\${side === 'client' ? 'Client' : 'Server'}`
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

/** `...\Control\Cryptography\Configuration`: present in an export that holds the local cipher order. */
export function cryptoConfigKey(controlSet = CURRENT_CONTROL_SET): string {
  return systemKey('Control\\Cryptography\\Configuration', controlSet)
}
/** The local cipher-suite order of a control set. */
export function cipherLocalKey(controlSet = CURRENT_CONTROL_SET): string {
  return `${cryptoConfigKey(controlSet)}\\Local\\SSL\\00010002`
}
/** The group-policy cipher-suite order, which wins over the local one. */
export const CIPHER_POLICY_KEY = `${HKLM}\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002`

/** Windows version. */
export const WINDOWS_VERSION_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion`

/** .NET Framework 4.x setup key: its `Release` DWORD says which 4.x is installed. */
export const NDP_V4_FULL_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full`

/** Windows services that carry mail: the IIS SMTP service (a relay) and Exchange's transport. */
export const MAIL_SERVICES = [
  'SMTPSVC',
  'MSExchangeTransport',
  'MSExchangeFrontEndTransport',
] as const
/** A mail service name. */
export type MailService = (typeof MAIL_SERVICES)[number]
/** `HKLM\SYSTEM\<controlSet>\Services\<name>` */
export function serviceKey(name: MailService, controlSet = CURRENT_CONTROL_SET): string {
  return systemKey(`Services\\${name}`, controlSet)
}

/** Exchange's own key: every Exchange server has it. */
export const EXCHANGE_SERVER_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer`

/** Exchange setup keys: v15 (2013, 2016, 2019, SE) and v14 (2010). */
export function exchangeSetupKey(generation: 'v14' | 'v15'): string {
  return `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\${generation}\\Setup`
}
/** Present when the Edge Transport role is installed. */
export function exchangeEdgeKey(generation: 'v14' | 'v15'): string {
  return `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\${generation}\\EdgeTransportRole`
}
/** `...\ExchangeServer\v15`: its `<Name>Role` subkeys are the installed roles. */
export function exchangeGenerationKey(generation: 'v14' | 'v15'): string {
  return `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\${generation}`
}

/** The Session Manager key of a control set (pending file renames: a restart marker). */
export function sessionManagerKey(controlSet = CURRENT_CONTROL_SET): string {
  return systemKey('Control\\Session Manager', controlSet)
}
/** The other pending-restart markers Windows itself sets. */
export const CBS_REBOOT_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending`
export const WU_REBOOT_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired`
export const UPDATE_EXE_VOLATILE_KEY = `${HKLM}\\SOFTWARE\\Microsoft\\Updates\\UpdateExeVolatile`
