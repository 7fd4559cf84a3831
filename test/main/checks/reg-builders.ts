/** Builders of `reg export` text for the verdict fixtures: the keys of a typical server. */
import { formatValueLine } from '../../../main/registry/reg-write'
import type { RegValue } from '../../../main/registry/reg-value'

/** One key with its values, as a `[KEY]` block. */
export type Section = [path: string, ...values: Array<[string, RegValue]>]

/** The full hive name reg.exe writes. */
export const HKLM = 'HKEY_LOCAL_MACHINE'
/** A REG_DWORD. */
export const dw = (data: number): RegValue => ({ type: 'REG_DWORD', data })
/** A REG_SZ. */
export const sz = (data: string): RegValue => ({ type: 'REG_SZ', data })
/** A REG_MULTI_SZ. */
export const multi = (data: string[]): RegValue => ({ type: 'REG_MULTI_SZ', data })

/** The file text: header, then each key with its values, a blank line after each, CRLF. */
export function regText(sections: Section[]): string {
  const lines = ['Windows Registry Editor Version 5.00', '']
  for (const [path, ...values] of sections)
    lines.push(`[${path}]`, ...values.map(([n, v]) => formatValueLine(n, v)), '')
  return `${lines.join('\r\n')}\r\n`
}

const schannel = (cs = 'CurrentControlSet') =>
  `${HKLM}\\SYSTEM\\${cs}\\Control\\SecurityProviders\\SCHANNEL`
/** `...\SCHANNEL\Protocols` of a control set. */
export const protocols = (cs?: string) => `${schannel(cs)}\\Protocols`

/** The Schannel keys of a version, as `reg export` lists them (the version key, then its sides). */
export function tls(
  version: string,
  client: Array<[string, RegValue]>,
  server: Array<[string, RegValue]> = client,
  cs?: string,
): Section[] {
  const key = `${protocols(cs)}\\${version}`
  return [[key], [`${key}\\Client`, ...client], [`${key}\\Server`, ...server]]
}

/** The documented TLS 1.2 values: on. */
export const on: Array<[string, RegValue]> = [
  ['DisabledByDefault', dw(0)],
  ['Enabled', dw(1)],
]
/** A version switched off as Microsoft documents it. */
export const off: Array<[string, RegValue]> = [
  ['DisabledByDefault', dw(1)],
  ['Enabled', dw(0)],
]

/** SCHANNEL as a fresh Windows has it: Protocols with SSL 2.0\Client. */
export function schannelBase(cs?: string): Section[] {
  return [
    [schannel(cs)],
    [`${schannel(cs)}\\Ciphers`],
    [protocols(cs)],
    [`${protocols(cs)}\\SSL 2.0`],
    [`${protocols(cs)}\\SSL 2.0\\Client`, ['DisabledByDefault', dw(1)]],
  ]
}

/** `Windows NT\CurrentVersion` of a build. */
export function windows(build: number, product: string): Section[] {
  return [
    [
      `${HKLM}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion`,
      ['ProductName', sz(product)],
      ['CurrentBuild', sz(String(build))],
      ['CurrentBuildNumber', sz(String(build))],
    ],
  ]
}

/** .NET 4 told to use the system TLS settings, both views. */
export const DOTNET_OK: Section[] = ['', 'Wow6432Node\\'].map((view) => [
  `${HKLM}\\SOFTWARE\\${view}Microsoft\\.NETFramework\\v4.0.30319`,
  ['SchUseStrongCrypto', dw(1)],
  ['SystemDefaultTlsVersions', dw(1)],
])
/** .NET 4 installed, its TLS switches not set. */
export const DOTNET_NONE: Section[] = ['', 'Wow6432Node\\'].map((view) => [
  `${HKLM}\\SOFTWARE\\${view}Microsoft\\.NETFramework\\v4.0.30319`,
  ['Install', dw(1)],
])

/** Windows Server 2016+ default order (the head of it is enough: ECDSA, ECDHE_RSA, DHE, RSA). */
export const DEFAULT_2019 = [
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
]

/** The local cipher-suite order of a control set. */
export const localCiphers = (value: RegValue, cs = 'CurrentControlSet'): Section[] => [
  [
    `${HKLM}\\SYSTEM\\${cs}\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002`,
    ['Functions', value],
  ],
]
/** The group-policy cipher-suite order (one comma-separated REG_SZ). */
export const policyCiphers = (list: string): Section[] => [
  [
    `${HKLM}\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002`,
    ['Functions', sz(list)],
  ],
]

/** Exchange's setup key and its role keys. */
export function exchange(
  major: number,
  minor: number,
  build: number,
  rev: number,
  roles: string[],
): Section[] {
  const gen = `${HKLM}\\SOFTWARE\\Microsoft\\ExchangeServer\\v${major}`
  return [
    ...roles.map((r): Section => [
      `${gen}\\${r}Role`,
      ['ConfiguredVersion', sz(`${major}.${minor}.${build}.${rev}`)],
    ]),
    [
      `${gen}\\Setup`,
      ['MsiProductMajor', dw(major)],
      ['MsiProductMinor', dw(minor)],
      ['MsiBuildMajor', dw(build)],
      ['MsiBuildMinor', dw(rev)],
    ],
  ]
}

/** Exchange 2019 CU14, Mailbox role. */
export const EX2019_CU14 = exchange(15, 2, 1544, 4, ['Mailbox'])

/** A complete, healthy Windows Server 2019 + Exchange 2019 export, with one part swapped. */
export function server2019(
  over: { legacy?: Section[]; tls12?: Section[]; ciphers?: Section[]; extra?: Section[] } = {},
) {
  return [
    ...windows(17763, 'Windows Server 2019 Standard'),
    ...schannelBase(),
    ...(over.legacy ?? [...tls('TLS 1.0', off), ...tls('TLS 1.1', off)]),
    ...(over.tls12 ?? tls('TLS 1.2', on)),
    ...(over.ciphers ?? localCiphers(multi(DEFAULT_2019))),
    ...(over.extra ?? []),
    ...DOTNET_OK,
    ...EX2019_CU14,
  ]
}
