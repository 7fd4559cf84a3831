/** Rolling back from a backup file: the newest one or one the admin chooses. */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { readRegSections } from '../registry/reg-file'
import type { RegistryStore } from '../registry/registry-store'
import { assertSectionsAllowed, restoreAndVerify } from './restore'

/** What a rollback did. */
export interface RollbackResult {
  file: string
  restoredValues: number
  deletedKeys: number
  mismatches: string[]
}

/**
 * Restores the registry from a backup file. The file is read and checked against the allow-list
 * first; one value outside it and nothing at all is written.
 */
export async function rollbackFromFile(
  store: RegistryStore,
  file: string,
): Promise<RollbackResult> {
  const sections = await readRegSections(file)
  assertSectionsAllowed(sections)
  const mismatches = await restoreAndVerify(store, sections)
  return {
    file,
    restoredValues: sections.reduce((n, s) => n + s.entries.length, 0),
    deletedKeys: sections.filter((s) => s.deleteKey).length,
    mismatches,
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
