/** Apply a plan: check it, back up, write, read back, and restore automatically if anything fails. */
import { translate as t } from '../../shared/i18n/translate'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { keyPathId } from '../registry/reg-path'
import type { RegistryStore } from '../registry/registry-store'
import { dword, regValueForDisplay } from '../registry/reg-value'
import {
  assertAllowedKey,
  assertAllowedValue,
  assertEngineWrite,
  FixRefusedError,
} from './allow-list'
import { backupSections, writeBackup, type BackupTarget } from './backup'
import { readFixState } from './plan'
import { restoreAndVerify } from './restore'

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** Throws FixRefusedError unless every change and key of the plan is allow-listed. */
export function assertPlanAllowed(plan: FixPlan): void {
  for (const c of plan.changes) assertAllowedValue(c.key, c.value, dword(c.after))
  for (const k of plan.createKeys) assertAllowedKey(k)
}

/**
 * Applies `plan` to `store`. Nothing is written unless the plan is allow-listed, still matches the
 * registry (nobody changed it since it was shown), asks for exactly the values the engine computes
 * from the registry as it is, and the backup is safely on disk. If a write or
 * the read-back fails, the backup is applied at once and both outcomes are reported.
 */
export async function applyPlan(
  store: RegistryStore,
  plan: FixPlan,
  backup: BackupTarget,
): Promise<ApplyResult> {
  assertPlanAllowed(plan)
  if (!plan.changes.length)
    return {
      status: 'nothing-to-do',
      backupFile: null,
      results: [],
      error: null,
      restoreError: null,
    }
  const before = await readFixState(store)
  for (const c of plan.changes) {
    const now = regValueForDisplay(before.value(c.key, c.value))
    if (JSON.stringify(now) !== JSON.stringify(c.before)) {
      throw new FixRefusedError(
        t('error.fixes.valueChanged', {
          key: c.key,
          name: c.value,
          now: JSON.stringify(now),
          planned: JSON.stringify(c.before),
        }),
      )
    }
    // The number written is the engine's own for what the registry holds, never the plan's say.
    assertEngineWrite(c.key, c.value, before.value(c.key, c.value), c.after)
  }
  const sections = backupSections(plan, before)
  const backupFile = await writeBackup(sections, backup)
  let error: string | null = null
  let results: ApplyResult['results'] = []
  try {
    if (plan.createKeys.length) await store.createKeys(plan.createKeys)
    await store.setValues(
      plan.changes.map((c) => ({ key: c.key, name: c.value, value: dword(c.after) })),
    )
    const after = await store.readKeys([...new Set(plan.changes.map((c) => keyPathId(c.key)))])
    results = plan.changes.map((c) => {
      const read = after.value(c.key, c.value)
      return {
        key: c.key,
        value: c.value,
        ok: read?.type === 'REG_DWORD' && read.data === c.after,
        read: regValueForDisplay(read),
      }
    })
    const bad = results.filter((r) => !r.ok)
    if (bad.length)
      error = `read-back after writing does not match for ${bad.map((r) => `${r.key}\\${r.value}`).join(', ')}`
  } catch (e) {
    error = `writing failed: ${message(e)}`
  }
  if (!error) return { status: 'applied', backupFile, results, error: null, restoreError: null }
  let restoreError: string | null = null
  try {
    const left = (await restoreAndVerify(store, sections)).mismatches
    if (left.length) restoreError = `after restoring, ${left.join('; ')}`
  } catch (e) {
    restoreError = message(e)
  }
  return {
    status: restoreError ? 'rollback-failed' : 'rolled-back',
    backupFile,
    results,
    error,
    restoreError,
  }
}
