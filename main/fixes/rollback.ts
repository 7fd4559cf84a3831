/** Rolling back from a backup file: the newest one or one the admin chooses. */
import { translate as t } from '../../shared/i18n/translate'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { AuditLog } from '../audit/audit-log'
import { InputError } from '../input-error'
import { readRegSections } from '../registry/reg-file'
import type { RegSection } from '../registry/reg-write'
import { RegFormatError } from '../registry/reg-format-error'
import { shortKeyPath } from '../registry/reg-path'
import { regValueForDisplay, regValuesEqual } from '../registry/reg-value'
import { ALLOWED_VALUES, allowListedKeys } from './allow-list'
import type { RegistryStore } from '../registry/registry-store'
import { assertSectionsAllowed, restoreAndVerify } from './restore'

/** What a rollback did. */
export interface RollbackResult {
  file: string
  /** How many managed values changed back (a created key's values count too). */
  restoredValues: number
  deletedKeys: number
  /** Keys the backup says the fix created, kept because they now hold something else too. */
  keptKeys: string[]
  mismatches: string[]
}

/**
 * Restores the registry from a backup file. The file is read and checked against the allow-list
 * first; one value outside it and nothing at all is written.
 */
export async function rollbackFromFile(
  store: RegistryStore,
  file: string,
  audit?: AuditLog,
): Promise<RollbackResult> {
  return rollbackSections(store, await readBackup(file), audit)
}

/** A backup file as the sections it restores, checked against the allow-list (nothing written). */
export async function readBackup(file: string): Promise<Backup> {
  let sections
  try {
    sections = await readRegSections(file)
  } catch (e) {
    // The codec quotes a piece of a bad line; a file that is not a backup may be anything (a
    // password file named by a hostile client), so say where it failed and never what it holds.
    if (!(e instanceof RegFormatError)) throw e
    if (e.line === null) throw new InputError(e.message)
    throw new InputError(t('error.rollback.notBackup', { file, line: e.line }))
  }
  assertSectionsAllowed(sections)
  return { file, sections }
}

/** A backup read and checked by readBackup. */
export interface Backup {
  file: string
  sections: RegSection[]
}

/** Restores a backup read by readBackup, reads it back, and audits each value that changed. */
export async function rollbackSections(
  store: RegistryStore,
  { file, sections }: Backup,
  audit?: AuditLog,
): Promise<RollbackResult> {
  // Every managed value, before and after: a created key's values are put back by deleting the
  // key, so they are in no entry of the backup, and they still count (and are audited).
  const keys = allowListedKeys()
  const before = await store.readKeys(keys)
  const done = await restoreAndVerify(store, sections, keys)
  const after = done.after
  const changed = ALLOWED_VALUES.flatMap((a) => {
    const was = before.value(a.key, a.value)
    const now = after.value(a.key, a.value)
    if (was === now || (was && now && regValuesEqual(was, now))) return []
    return [{ key: shortKeyPath(a.key), value: a.value, before: was, after: now }]
  })
  await audit?.record(
    ...changed.map((c) => ({
      action: 'rollback' as const,
      key: c.key,
      value: c.value,
      before: regValueForDisplay(c.before),
      after: regValueForDisplay(c.after),
      // Read back as a whole: nothing differs from the backup.
      ok: done.mismatches.length === 0,
      backup: file,
    })),
  )
  return {
    file,
    restoredValues: changed.length,
    deletedKeys: done.deletedKeys.length,
    keptKeys: done.keptKeys,
    mismatches: done.mismatches,
  }
}

/** The newest backup in `dir` (by modification time), or undefined when there is none. */
export async function newestBackup(dir: string): Promise<string | undefined> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => /^tls-backup-.*\.reg$/i.test(n))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
  const dated = await Promise.all(
    names.map(async (n) => ({
      file: path.join(dir, n),
      t: (await stat(path.join(dir, n))).mtimeMs,
    })),
  )
  return dated.sort((a, b) => b.t - a.t || b.file.localeCompare(a.file))[0]?.file
}
