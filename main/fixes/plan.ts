/** Fix plans: the registry writes that resolve the findings, computed from what the registry holds now. */
import type { Finding } from '../../shared/diagnosis'
import {
  REGISTRY_FIX_IDS,
  type FixPlan,
  type PlannedChange,
  type RegistryFixId,
} from '../../shared/fixes'
import { needsWinHttpKey } from '../checks/windows'
import { keyPathId, shortKeyPath } from '../registry/reg-path'
import type { RegistrySnapshot, RegistryStore } from '../registry/registry-store'
import { regValueForDisplay, type RegValue } from '../registry/reg-value'
import {
  dotnetKey,
  schannelKey,
  SCHANNEL_PROTOCOLS,
  VIEWS,
  WINHTTP_BITS,
  winhttpKey,
} from '../system/registry-paths'
import { allowListedKeys } from './allow-list'

/** What one value should become, given what it holds now (undefined: already right). */
interface Rule {
  fixId: RegistryFixId
  key: string
  value: string
  target(now: RegValue | undefined): number | undefined
}

const dword = (v: RegValue | undefined) => (v?.type === 'REG_DWORD' ? v.data : undefined)
const nonZero = (now: RegValue | undefined) => ((dword(now) ?? 0) !== 0 ? undefined : 1)
const exactly = (want: number) => (now: RegValue | undefined) =>
  dword(now) === want ? undefined : want

// WinHTTP: add TLS 1.2 and keep every other bit. When the value is missing, keep TLS 1.0 and 1.1
// on as well (0xA80): a fix never disables an older protocol.
const addTls12Bit = (now: RegValue | undefined) => {
  const current = dword(now)
  if (current !== undefined && current & WINHTTP_BITS['TLS 1.2']) return undefined
  // >>> 0: JavaScript's | is signed; a DWORD with the top bit set must stay unsigned.
  return (
    ((current ?? WINHTTP_BITS['TLS 1.0'] | WINHTTP_BITS['TLS 1.1']) | WINHTTP_BITS['TLS 1.2']) >>> 0
  )
}

const TLS12 = `${SCHANNEL_PROTOCOLS}\\TLS 1.2`

function rules(fixId: RegistryFixId): Rule[] {
  switch (fixId) {
    case 'schannel-tls12-enable':
      return (['client', 'server'] as const).flatMap((side) => [
        { fixId, key: schannelKey('TLS 1.2', side), value: 'Enabled', target: nonZero },
        {
          fixId,
          key: schannelKey('TLS 1.2', side),
          value: 'DisabledByDefault',
          target: exactly(0),
        },
      ])
    case 'dotnet-v4-strong-crypto':
    case 'dotnet-v2-strong-crypto': {
      const version = fixId === 'dotnet-v4-strong-crypto' ? 'v4' : 'v2'
      return VIEWS.flatMap((view) => [
        {
          fixId,
          key: dotnetKey(version, view),
          value: 'SystemDefaultTlsVersions',
          target: exactly(1),
        },
        { fixId, key: dotnetKey(version, view), value: 'SchUseStrongCrypto', target: exactly(1) },
      ])
    }
    case 'winhttp-tls12':
      return VIEWS.map((view) => ({
        fixId,
        key: winhttpKey(view),
        value: 'DefaultSecureProtocols',
        target: addTls12Bit,
      }))
  }
}

/** The registry fixes the findings point to (manual actions such as a restart are not planned here). */
export function registryFixesFor(findings: readonly Finding[]): RegistryFixId[] {
  const wanted = new Set(findings.flatMap((f) => f.fixes))
  return REGISTRY_FIX_IDS.filter((id) => wanted.has(id))
}

/** Reads the current state of every key a plan may touch, in one call. */
export function readFixState(store: RegistryStore): Promise<RegistrySnapshot> {
  return store.readKeys(allowListedKeys())
}

/**
 * The plan for `fixIds` against the registry as `snap` shows it: only real changes, keys to create
 * (parents first), and whether Schannel changes so that a restart is needed. WinHTTP is planned only
 * on the Windows builds that need it.
 */
export function planFixes(
  snap: RegistrySnapshot,
  fixIds: readonly RegistryFixId[],
  windowsBuild: number | undefined,
): FixPlan {
  const changes: PlannedChange[] = []
  for (const fixId of fixIds) {
    if (fixId === 'winhttp-tls12' && !needsWinHttpKey(windowsBuild)) continue
    for (const r of rules(fixId)) {
      const now = snap.value(r.key, r.value)
      const after = r.target(now)
      if (after !== undefined)
        changes.push({
          fixId,
          key: shortKeyPath(r.key),
          value: r.value,
          before: regValueForDisplay(now),
          after,
        })
    }
  }
  // Keys by identity, in order, TLS 1.2 itself before its Client and Server subkeys.
  const keys = new Map<string, string>()
  for (const c of changes) {
    if (c.fixId === 'schannel-tls12-enable') keys.set(keyPathId(TLS12), shortKeyPath(TLS12))
    keys.set(keyPathId(c.key), c.key)
  }
  const createKeys = [...keys.values()].filter((k) => !snap.key(k).exists)
  return { changes, createKeys, restartNeeded: changes.length > 0 }
}
