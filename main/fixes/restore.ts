/** Putting registry values back from `.reg` sections: shared by automatic restore and rollback. */
import { translate as t } from '../../shared/i18n/translate'
import { canonicalKeyPath, keyPathId } from '../registry/reg-path'
import type { RegistrySnapshot, RegistryStore } from '../registry/registry-store'
import { regValuesEqual, type RegValue } from '../registry/reg-value'
import type { RegSection } from '../registry/reg-write'
import {
  assertAllowedKey,
  assertAllowedValue,
  FixRefusedError,
  allowListedKeys,
  isManagedKey,
  isManagedValue,
} from './allow-list'

// A value the product could have backed up: a DWORD, or a number typed by hand as a QWORD or a
// short string (an admin who followed an article and made `Enabled` a REG_SZ "1"). Nothing else.
// A backup holds whatever an allow-listed value held before the fix: a DWORD, or a value of another
// type typed there by hand (a string "1", binary bytes), which Windows ignores and the fix replaces.
// Any type restores, as it was; only a size no hand-typed value reaches is refused.
const MAX_RESTORED_BYTES = 4096

function restorable(v: RegValue): boolean {
  switch (v.type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return true
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return v.data.length * 2 <= MAX_RESTORED_BYTES
    case 'REG_MULTI_SZ':
      return v.data.reduce((n, s) => n + s.length * 2 + 2, 2) <= MAX_RESTORED_BYTES
    default:
      return v.data.length <= MAX_RESTORED_BYTES
  }
}

/**
 * Refuses the whole set before anything is written if any part is outside what the product could
 * have saved: allow-listed values only, each a DWORD (or a short number typed as a string) or
 * absent, and key deletions only of keys a fix may create.
 */
export function assertSectionsAllowed(sections: readonly RegSection[]): void {
  for (const s of sections) {
    if (s.deleteKey) assertAllowedKey(s.path)
    for (const e of s.entries) {
      assertAllowedValue(s.path, e.name)
      if (e.value && !restorable(e.value))
        throw new FixRefusedError(
          t('error.fixes.restoreType', {
            key: canonicalKeyPath(s.path),
            name: e.name,
            type: e.value.type,
          }),
        )
    }
  }
}

/** What restoring did beyond the values: keys removed, and keys kept because they hold more. */
export interface SectionsOutcome {
  deletedKeys: string[]
  keptKeys: string[]
}

// `[-KEY]` in a backup means "the fix created this key". It is honoured only as far as it is true:
// the values the fix writes are removed, and a key is removed only once it holds nothing else. A
// vendor value or a subkey the product never creates keeps its key (and is reported).
// `snap` is one read of every managed key (a key a fix may create is one of them).
async function removeCreatedKey(
  store: RegistryStore,
  snap: RegistrySnapshot,
  key: string,
  out: SectionsOutcome,
): Promise<boolean> {
  const read = snap.key(key)
  const gone = out.deletedKeys.map(keyPathId)
  // Not there, or already removed with a key above it by an earlier section.
  if (!read.exists || gone.some((g) => keyPathId(key) === g || keyPathId(key).startsWith(`${g}\\`)))
    return true
  let empty = true
  for (const sub of read.subkeys) {
    const child = `${key}\\${sub}`
    if (!isManagedKey(child) || !(await removeCreatedKey(store, snap, child, out))) empty = false
  }
  const ours = [...read.values.values()].filter((v) => isManagedValue(key, v.name))
  if (ours.length) await store.deleteValues(ours.map((v) => ({ key, name: v.name })))
  if (ours.length < read.values.size) empty = false
  if (!empty) {
    out.keptKeys.push(canonicalKeyPath(key))
    return false
  }
  await store.deleteKeys([key])
  out.deletedKeys.push(canonicalKeyPath(key))
  return true
}

/** Applies sections as `reg import` would: values first (creating keys), key removals last. */
export async function applySections(
  store: RegistryStore,
  sections: readonly RegSection[],
): Promise<SectionsOutcome> {
  assertSectionsAllowed(sections)
  const live = sections.filter((s) => !s.deleteKey)
  const sets = live.flatMap((s) =>
    s.entries.flatMap((e) => (e.value ? [{ key: s.path, name: e.name, value: e.value }] : [])),
  )
  const deletes = live.flatMap((s) =>
    s.entries.filter((e) => !e.value).map((e) => ({ key: s.path, name: e.name })),
  )
  const keysToCreate = [...new Set(sets.map((w) => w.key))]
  if (keysToCreate.length) await store.createKeys(keysToCreate)
  if (sets.length) await store.setValues(sets)
  if (deletes.length) await store.deleteValues(deletes)
  const out: SectionsOutcome = { deletedKeys: [], keptKeys: [] }
  const created = sections.filter((s) => s.deleteKey)
  if (!created.length) return out
  // One read of every managed key, after the values went back, serves every key removal.
  const snap = await store.readKeys(allowListedKeys())
  for (const s of created) await removeCreatedKey(store, snap, s.path, out)
  return out
}

/**
 * Differences between what the sections say and what the registry now holds (empty: restored).
 * A created key that was kept because it holds other data must at least hold none of our values.
 */
export function sectionMismatches(
  sections: readonly RegSection[],
  snap: RegistrySnapshot,
  kept: readonly string[] = [],
): string[] {
  const out: string[] = []
  const keptIds = new Set(kept.map(keyPathId))
  // A later section for the same key wins, as on import.
  const deleted = new Set(sections.filter((s) => s.deleteKey).map((s) => keyPathId(s.path)))
  for (const s of sections) {
    if (s.deleteKey) {
      const read = snap.key(s.path)
      if (!keptIds.has(keyPathId(s.path)) && read.exists) out.push(`${s.path} still exists`)
      else if ([...read.values.values()].some((v) => isManagedValue(s.path, v.name)))
        out.push(`${s.path} still holds a value the fix wrote`)
      continue
    }
    if (deleted.has(keyPathId(s.path))) continue
    for (const e of s.entries) {
      const now = snap.value(s.path, e.name)
      if (e.value === null ? now !== undefined : !now || !regValuesEqual(now, e.value))
        out.push(`${s.path}\\${e.name} is not as the backup says`)
    }
  }
  return out
}

/**
 * Applies the sections, then reads back (the sections' keys and `alsoRead`, in one batch) and
 * checks; returns what still differs, what was kept, and the read-back itself.
 */
export async function restoreAndVerify(
  store: RegistryStore,
  sections: readonly RegSection[],
  alsoRead: readonly string[] = [],
): Promise<{ mismatches: string[]; after: RegistrySnapshot } & SectionsOutcome> {
  const outcome = await applySections(store, sections)
  const after = await store.readKeys([...new Set([...sections.map((s) => s.path), ...alsoRead])])
  return { mismatches: sectionMismatches(sections, after, outcome.keptKeys), after, ...outcome }
}
