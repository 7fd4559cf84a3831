/** Gathers every registry fact the checks need, in one batched read through the RegistryStore. */
import { SCHANNEL_SIDES, TLS_VERSIONS, type SchannelSide, type TlsVersion } from '../../shared/tls'
import type { RegistrySnapshot, RegistryStore } from '../registry/registry-store'
import type { RegValue } from '../registry/reg-value'
import * as P from './registry-paths'

/** The two Schannel values of one protocol side; undefined = not set. */
export interface SchannelSideFacts {
  enabled?: number
  disabledByDefault?: number
}

/** The two .NET TLS switches in one view; undefined = not set. */
export interface DotNetFacts {
  systemDefaultTlsVersions?: number
  schUseStrongCrypto?: number
}

/** Exchange as its setup key describes it. */
export interface ExchangeFacts {
  major: number
  minor: number
  build: number
  revision: number
  installPath?: string
  edgeRole: boolean
}

/** A value that exists with a type Windows does not read there (so it is ignored). */
export interface WrongType {
  key: string
  value: string
  type: RegValue['type']
}

/** Everything the checks judge: plain data, easy to write as a literal in a test. */
export interface Facts {
  computerName?: string
  fqdn?: string
  os: { productName?: string; currentBuild?: number; ubr?: number; displayVersion?: string }
  schannel: Record<TlsVersion, Record<SchannelSide, SchannelSideFacts>>
  dotnet: Record<P.DotNetVersion, Record<P.View, DotNetFacts>>
  winhttp: Record<P.View, { defaultSecureProtocols?: number }>
  cipherSuites: { local?: string[]; policy?: string[] }
  exchange?: ExchangeFacts
  pendingRestart: {
    fileRenameOperations: boolean
    cbsRebootPending: boolean
    wuRebootRequired: boolean
    updateExeVolatile: boolean
    /** When this product changed Schannel, if the machine has not restarted since (our state file). */
    wizardChangedAt?: string
  }
  wrongTypes: WrongType[]
}

/** Every key the facts come from: read in one call. */
export const FACT_KEYS: readonly string[] = [
  ...TLS_VERSIONS.flatMap((v) => SCHANNEL_SIDES.map((s) => P.schannelKey(v, s))),
  ...(['v4', 'v2'] as const).flatMap((d) => P.VIEWS.map((view) => P.dotnetKey(d, view))),
  ...P.VIEWS.map(P.winhttpKey),
  P.CIPHER_LOCAL_KEY,
  P.CIPHER_POLICY_KEY,
  P.WINDOWS_VERSION_KEY,
  P.COMPUTER_NAME_KEY,
  P.TCPIP_KEY,
  P.exchangeSetupKey('v15'),
  P.exchangeSetupKey('v14'),
  P.exchangeEdgeKey('v15'),
  P.exchangeEdgeKey('v14'),
  P.SESSION_MANAGER_KEY,
  P.CBS_REBOOT_KEY,
  P.WU_REBOOT_KEY,
  P.UPDATE_EXE_VOLATILE_KEY,
]

/** Reads the facts from a store (one batched call). */
export async function gatherFacts(store: RegistryStore): Promise<Facts> {
  return factsFromSnapshot(await store.readKeys(FACT_KEYS))
}

/** Turns a snapshot of FACT_KEYS into facts. */
export function factsFromSnapshot(snap: RegistrySnapshot): Facts {
  const wrongTypes: WrongType[] = []
  const dw = (key: string, name: string): number | undefined => {
    const v = snap.value(key, name)
    if (!v) return undefined
    if (v.type === 'REG_DWORD') return v.data
    wrongTypes.push({ key, value: name, type: v.type })
    return undefined
  }
  const str = (key: string, name: string): string | undefined => {
    const v = snap.value(key, name)
    return v && (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') ? v.data : undefined
  }
  const buildText =
    str(P.WINDOWS_VERSION_KEY, 'CurrentBuild') ?? str(P.WINDOWS_VERSION_KEY, 'CurrentBuildNumber')
  const host = str(P.TCPIP_KEY, 'Hostname')
  const domain = str(P.TCPIP_KEY, 'Domain') || str(P.TCPIP_KEY, 'NV Domain')
  const policy = snap.value(P.CIPHER_POLICY_KEY, 'Functions')
  const local = snap.value(P.CIPHER_LOCAL_KEY, 'Functions')
  return {
    computerName: str(P.COMPUTER_NAME_KEY, 'ComputerName'),
    fqdn: host ? (domain ? `${host}.${domain}` : host) : undefined,
    os: {
      productName: str(P.WINDOWS_VERSION_KEY, 'ProductName'),
      currentBuild: buildText && /^\d+$/.test(buildText) ? Number(buildText) : undefined,
      ubr: dw(P.WINDOWS_VERSION_KEY, 'UBR'),
      displayVersion:
        str(P.WINDOWS_VERSION_KEY, 'DisplayVersion') ?? str(P.WINDOWS_VERSION_KEY, 'ReleaseId'),
    },
    schannel: Object.fromEntries(
      TLS_VERSIONS.map((v) => [
        v,
        Object.fromEntries(
          SCHANNEL_SIDES.map((s) => [
            s,
            {
              enabled: dw(P.schannelKey(v, s), 'Enabled'),
              disabledByDefault: dw(P.schannelKey(v, s), 'DisabledByDefault'),
            },
          ]),
        ),
      ]),
    ) as Facts['schannel'],
    dotnet: Object.fromEntries(
      (['v4', 'v2'] as const).map((d) => [
        d,
        Object.fromEntries(
          P.VIEWS.map((view) => [
            view,
            {
              systemDefaultTlsVersions: dw(P.dotnetKey(d, view), 'SystemDefaultTlsVersions'),
              schUseStrongCrypto: dw(P.dotnetKey(d, view), 'SchUseStrongCrypto'),
            },
          ]),
        ),
      ]),
    ) as Facts['dotnet'],
    winhttp: {
      native: { defaultSecureProtocols: dw(P.winhttpKey('native'), 'DefaultSecureProtocols') },
      wow6432: { defaultSecureProtocols: dw(P.winhttpKey('wow6432'), 'DefaultSecureProtocols') },
    },
    cipherSuites: {
      policy:
        policy?.type === 'REG_SZ'
          ? policy.data
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : policy?.type === 'REG_MULTI_SZ'
            ? policy.data
            : undefined,
      local: local?.type === 'REG_MULTI_SZ' ? local.data : undefined,
    },
    exchange: exchangeFacts(snap, dw, str),
    pendingRestart: {
      fileRenameOperations:
        snap.value(P.SESSION_MANAGER_KEY, 'PendingFileRenameOperations') !== undefined,
      cbsRebootPending: snap.key(P.CBS_REBOOT_KEY).exists,
      wuRebootRequired: snap.key(P.WU_REBOOT_KEY).exists,
      updateExeVolatile: (dw(P.UPDATE_EXE_VOLATILE_KEY, 'Flags') ?? 0) !== 0,
    },
    wrongTypes,
  }
}

function exchangeFacts(
  snap: RegistrySnapshot,
  dw: (k: string, n: string) => number | undefined,
  str: (k: string, n: string) => string | undefined,
): ExchangeFacts | undefined {
  for (const gen of ['v15', 'v14'] as const) {
    const key = P.exchangeSetupKey(gen)
    const major = dw(key, 'MsiProductMajor')
    const minor = dw(key, 'MsiProductMinor')
    if (major === undefined || minor === undefined) continue
    return {
      major,
      minor,
      build: dw(key, 'MsiBuildMajor') ?? 0,
      revision: dw(key, 'MsiBuildMinor') ?? 0,
      installPath: str(key, 'MsiInstallPath'),
      edgeRole: snap.key(P.exchangeEdgeKey(gen)).exists,
    }
  }
  return undefined
}
