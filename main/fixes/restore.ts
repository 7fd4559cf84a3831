/** Putting registry values back from `.reg` sections: shared by automatic restore and rollback. */
import { keyPathId } from '../registry/reg-path'
import type { RegistrySnapshot, RegistryStore } from '../registry/registry-store'
import { regValuesEqual } from '../registry/reg-value'
import type { RegSection } from '../registry/reg-write'
import { assertAllowedKey, assertAllowedValue } from './allow-list'

/**
 * Refuses the whole set before anything is written if any part is outside the allow-list. Any type
 * may be restored: a backup puts back exactly what was there, a mistyped value included.
 */
export function assertSectionsAllowed(sections: readonly RegSection[]): void {
  for (const s of sections) {
    if (s.deleteKey) assertAllowedKey(s.path)
    for (const e of s.entries) assertAllowedValue(s.path, e.name)
  }
}

/** Applies sections as `reg import` would: values first (creating keys), key deletions last. */
export async function applySections(
  store: RegistryStore,
  sections: readonly RegSection[],
): Promise<void> {
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
  const dropped = sections.filter((s) => s.deleteKey).map((s) => s.path)
  if (dropped.length) await store.deleteKeys(dropped)
}

/** Differences between what the sections say and what the registry now holds (empty: restored). */
export function sectionMismatches(
  sections: readonly RegSection[],
  snap: RegistrySnapshot,
): string[] {
  const out: string[] = []
  // A later section for the same key wins, as on import.
  const deleted = new Set(sections.filter((s) => s.deleteKey).map((s) => keyPathId(s.path)))
  for (const s of sections) {
    if (s.deleteKey) {
      if (snap.key(s.path).exists) out.push(`${s.path} still exists`)
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

/** Applies the sections, then reads back and checks; returns what still differs. */
export async function restoreAndVerify(
  store: RegistryStore,
  sections: readonly RegSection[],
): Promise<string[]> {
  await applySections(store, sections)
  const snap = await store.readKeys([...new Set(sections.map((s) => s.path))])
  return sectionMismatches(sections, snap)
}
