/** Fix plans: the registry writes that resolve the findings, computed from what the registry holds now. */
import { createHash } from 'node:crypto'
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
import { regValueForDisplay } from '../registry/reg-value'
import { SCHANNEL_PROTOCOLS } from '../system/registry-paths'
import { ALLOWED_VALUES, allowListedKeys } from './allow-list'

const TLS12 = `${SCHANNEL_PROTOCOLS}\\TLS 1.2`

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
    for (const r of ALLOWED_VALUES.filter((a) => a.fixId === fixId)) {
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
  const body = { changes, createKeys, restartNeeded: changes.length > 0 }
  return { id: planId(body), ...body }
}

/**
 * The plan's identity: a hash of everything it would do. A client says "apply the plan I was
 * shown" with it, and the engine applies only a plan it computes again and finds identical.
 */
export function planId(body: Omit<FixPlan, 'id'>): string {
  const canonical = JSON.stringify([
    body.changes.map((c) => [c.fixId, c.key, c.value, c.before, c.after]),
    body.createKeys,
    body.restartNeeded,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}
