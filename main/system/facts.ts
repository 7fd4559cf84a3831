/** Gathers every registry fact the checks need, in one batched read (more only for odd exports). */
import { SCHANNEL_SIDES, TLS_VERSIONS, type SchannelSide, type TlsVersion } from '../../shared/tls'
import { isKnown, type RegistrySnapshot, type RegistryStore } from '../registry/registry-store'
import type { RegValue } from '../registry/reg-value'
import { chooseControlSet, controlSetDifferences, type ControlSetFacts } from './control-sets'
import { exchangeFacts, type ExchangeFacts } from './exchange-facts'
import { withLiveExSetupVersion } from './exsetup-version'
import * as P from './registry-paths'
import { oddKeys, treeFacts, treeRoots, type KeyFacts } from './schannel-tree'

export type { ControlSetFacts, ValueData } from './control-sets'
export type { ExchangeFacts } from './exchange-facts'
export type { KeyFacts } from './schannel-tree'
export { chooseControlSet } from './control-sets'

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

/** A value that exists with a type Windows does not read there (so it is ignored). */
export interface WrongType {
  key: string
  value: string
  type: RegValue['type']
}

/** What the registry showed; gatherFacts always sets it. */
export interface Seen {
  /** HKLM\SOFTWARE was exported: `Windows NT\CurrentVersion` is there, with its own section. */
  software: boolean
  /**
   * Both .NET 4 keys (64- and 32-bit views) were exported, or their absence is shown (a parent's
   * section is there). Absent: known (a live registry, hand-written facts).
   */
  dotnet?: boolean
  /**
   * Exchange is there, or its ExchangeServer key's absence is shown (a parent's section, or the
   * collect script's `[-KEY]` for a server without Exchange). Absent: known.
   */
  exchange?: boolean
  /** The Schannel Protocols key is there, with its own section or a parent's (every Windows has it). */
  schannel: boolean
  /**
   * Windows' pending-restart markers were shown (each key, or a parent's section; Session Manager
   * with its own section). Absent: shown (a live registry, hand-written facts).
   */
  restartMarkers?: boolean
  /** The local cipher order's key was exported, or its absence is shown: the local order is known. */
  cipherLocal: boolean
}

/** Everything the checks judge: plain data, easy to write as a literal in a test. */
export interface Facts {
  computerName?: string
  fqdn?: string
  os: { productName?: string; currentBuild?: number; ubr?: number; displayVersion?: string }
  schannel: Record<TlsVersion, Record<SchannelSide, SchannelSideFacts>>
  dotnet: Record<P.DotNetVersion, Record<P.View, DotNetFacts>>
  /** `NDP\v4\Full` `Release`: which .NET Framework 4.x is installed (absent: not known). */
  dotnetRelease?: number
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
  /** Absent only in hand-written facts, which then describe a whole machine. */
  seen?: Seen
  controlSet?: ControlSetFacts
  /** The SCHANNEL key, Protocols, the version keys and every odd key below them. */
  schannelTree?: KeyFacts[]
  /** Which mail services are installed (absent: not known). */
  mailServices?: Partial<Record<P.MailService, boolean>>
}

/** The SYSTEM keys the facts come from, in one control set. */
export function systemKeys(cs: string): string[] {
  return [
    P.schannelRootKey(cs),
    P.protocolsKey(cs),
    ...TLS_VERSIONS.map((v) => P.versionKey(v, cs)),
    ...TLS_VERSIONS.flatMap((v) => SCHANNEL_SIDES.map((s) => P.schannelKey(v, s, cs))),
    P.cryptoConfigKey(cs),
    P.cipherLocalKey(cs),
    P.systemKey('Control\\ComputerName\\ComputerName', cs),
    P.systemKey('Services\\Tcpip\\Parameters', cs),
    P.sessionManagerKey(cs),
    ...P.MAIL_SERVICES.map((n) => P.serviceKey(n, cs)),
  ]
}

/** Every key the first (and usually only) read asks for. */
export const FACT_KEYS: readonly string[] = [
  P.SYSTEM_KEY,
  P.SELECT_KEY,
  ...systemKeys(P.CURRENT_CONTROL_SET),
  ...(['v4', 'v2'] as const).flatMap((d) => P.VIEWS.map((view) => P.dotnetKey(d, view))),
  ...P.VIEWS.map(P.winhttpKey),
  P.CIPHER_POLICY_KEY,
  P.WINDOWS_VERSION_KEY,
  P.NDP_V4_FULL_KEY,
  ...(['v15', 'v14'] as const).flatMap((g) => [
    P.exchangeGenerationKey(g),
    P.exchangeSetupKey(g),
    P.exchangeEdgeKey(g),
  ]),
  P.CBS_REBOOT_KEY,
  P.WU_REBOOT_KEY,
  P.UPDATE_EXE_VOLATILE_KEY,
]

function merge(into: RegistrySnapshot, from: RegistrySnapshot, paths: readonly string[]): void {
  for (const p of paths) into.set(p, from.key(p))
}

/**
 * Reads the facts from a store: one call, plus a few only when the export needs them. On the live
 * Windows registry, Exchange's build also comes from ExSetup.exe (security updates change only it).
 */
export async function gatherFacts(
  store: RegistryStore,
  platform: NodeJS.Platform = process.platform,
): Promise<Facts> {
  const facts = await registryFacts(store)
  if (facts.exchange && store.adapter !== 'reg-file' && platform === 'win32')
    facts.exchange = await withLiveExSetupVersion(facts.exchange)
  return facts
}

async function registryFacts(store: RegistryStore): Promise<Facts> {
  const snap = await store.readKeys(FACT_KEYS)
  const cs = chooseControlSet(snap)
  const more = [
    ...(cs.used && cs.used !== P.CURRENT_CONTROL_SET ? systemKeys(cs.used) : []),
    // Live, CurrentControlSet is a link to that set: comparing only makes sense for an export.
    ...(cs.comparedWith && store.adapter === 'reg-file' ? systemKeys(cs.comparedWith) : []),
  ]
  if (more.length) merge(snap, await store.readKeys(more), more)
  if (cs.comparedWith && store.adapter !== 'reg-file') delete cs.comparedWith
  if (cs.used) {
    const read = treeRoots(cs.used)
    for (let round = 0; round < 2; round++) {
      const odd = oddKeys(snap, cs.used, read)
      if (!odd.length) break
      merge(snap, await store.readKeys(odd), odd)
      odd.forEach((p) => read.add(p))
    }
    return factsFromSnapshot(snap, cs, [...read])
  }
  return factsFromSnapshot(snap, cs, [])
}

function cipherList(v: RegValue | undefined): string[] | undefined {
  // Group policy writes one comma-separated REG_SZ; Microsoft's Exchange guidance writes the
  // local list as REG_SZ too, Windows itself as REG_MULTI_SZ: read both.
  if (v?.type === 'REG_MULTI_SZ') return v.data.map((s) => s.trim()).filter(Boolean)
  if (v?.type === 'REG_SZ')
    return v.data
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  return undefined
}

function schannelOf(snap: RegistrySnapshot, cs: string, dw: Dword): Facts['schannel'] {
  const side = (v: TlsVersion, s: SchannelSide) => ({
    enabled: dw(P.schannelKey(v, s, cs), 'Enabled'),
    disabledByDefault: dw(P.schannelKey(v, s, cs), 'DisabledByDefault'),
  })
  return Object.fromEntries(
    TLS_VERSIONS.map((v) => [v, { client: side(v, 'client'), server: side(v, 'server') }]),
  ) as Facts['schannel']
}

/** A DWORD value as the facts read it (undefined: missing or of another type). */
export type Dword = (key: string, name: string) => number | undefined

/** Turns a snapshot into facts; `tree` lists the SCHANNEL keys read for the misplaced-key check. */
export function factsFromSnapshot(
  snap: RegistrySnapshot,
  cs: ControlSetFacts = chooseControlSet(snap),
  tree: readonly string[] = [],
): Facts {
  const wrongTypes: WrongType[] = []
  const dw: Dword = (key, name) => {
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
  // There, and what it holds is in the source (a .reg file may only imply a key by a subkey's section).
  const shown = (key: string) => {
    const read = snap.key(key)
    return read.exists && isKnown(read)
  }
  const exchange = exchangeFacts(snap, dw, str)
  const sys = cs.used ?? P.CURRENT_CONTROL_SET
  const tcpip = P.systemKey('Services\\Tcpip\\Parameters', sys)
  const buildText =
    str(P.WINDOWS_VERSION_KEY, 'CurrentBuild') ?? str(P.WINDOWS_VERSION_KEY, 'CurrentBuildNumber')
  const host = str(tcpip, 'Hostname')
  const domain = str(tcpip, 'Domain') || str(tcpip, 'NV Domain')
  const other = cs.comparedWith
  const compare = other !== undefined && snap.key(P.protocolsKey(other)).exists
  return {
    computerName: str(P.systemKey('Control\\ComputerName\\ComputerName', sys), 'ComputerName'),
    fqdn: host ? (domain ? `${host}.${domain}` : host) : undefined,
    os: {
      productName: str(P.WINDOWS_VERSION_KEY, 'ProductName'),
      currentBuild: buildText && /^\d+$/.test(buildText) ? Number(buildText) : undefined,
      ubr: dw(P.WINDOWS_VERSION_KEY, 'UBR'),
      displayVersion:
        str(P.WINDOWS_VERSION_KEY, 'DisplayVersion') ?? str(P.WINDOWS_VERSION_KEY, 'ReleaseId'),
    },
    schannel: schannelOf(snap, sys, dw),
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
    dotnetRelease: dw(P.NDP_V4_FULL_KEY, 'Release'),
    winhttp: {
      native: { defaultSecureProtocols: dw(P.winhttpKey('native'), 'DefaultSecureProtocols') },
      wow6432: { defaultSecureProtocols: dw(P.winhttpKey('wow6432'), 'DefaultSecureProtocols') },
    },
    cipherSuites: {
      policy: cipherList(snap.value(P.CIPHER_POLICY_KEY, 'Functions')),
      local: cipherList(snap.value(P.cipherLocalKey(sys), 'Functions')),
    },
    exchange,
    pendingRestart: {
      fileRenameOperations:
        snap.value(P.sessionManagerKey(sys), 'PendingFileRenameOperations') !== undefined,
      cbsRebootPending: snap.key(P.CBS_REBOOT_KEY).exists,
      wuRebootRequired: snap.key(P.WU_REBOOT_KEY).exists,
      updateExeVolatile: (dw(P.UPDATE_EXE_VOLATILE_KEY, 'Flags') ?? 0) !== 0,
    },
    wrongTypes,
    seen: {
      software: shown(P.WINDOWS_VERSION_KEY),
      dotnet: P.VIEWS.every((view) => isKnown(snap.key(P.dotnetKey('v4', view)))),
      exchange:
        exchange !== undefined ||
        (['v15', 'v14'] as const).every((g) => isKnown(snap.key(P.exchangeGenerationKey(g)))),
      schannel: cs.used !== null && shown(P.protocolsKey(sys)),
      cipherLocal: cs.used !== null && isKnown(snap.key(P.cipherLocalKey(sys))),
      restartMarkers:
        cs.used !== null &&
        [
          P.sessionManagerKey(sys),
          P.CBS_REBOOT_KEY,
          P.WU_REBOOT_KEY,
          P.UPDATE_EXE_VOLATILE_KEY,
        ].every((key) => isKnown(snap.key(key))),
    },
    controlSet: {
      ...cs,
      ...(compare ? {} : { comparedWith: undefined }),
      differences: compare ? controlSetDifferences(snap, sys, other) : [],
    },
    schannelTree: treeFacts(snap, tree),
    mailServices: Object.fromEntries(
      P.MAIL_SERVICES.map((n) => [n, snap.key(P.serviceKey(n, sys)).exists]),
    ),
  }
}
