/** Backups: the state of everything a plan touches, as a `.reg` file that `reg import` restores exactly. */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { FixPlan } from '../../shared/fixes'
import { writeFileAtomic, WriteRefusedError } from '../files/atomic-write'
import { pathInside, safeFileName } from '../files/safe-name'
import { keyPathId } from '../registry/reg-path'
import { isKnown, type RegistrySnapshot } from '../registry/registry-store'
import { encodeRegFile, writeRegText, type RegSection } from '../registry/reg-write'

/** Where and for whom a backup is written. */
export interface BackupTarget {
  dir: string
  host: string
  now: Date
}

/** The default folder on Windows: %ProgramData%\MailflowTlsWizard\backups. */
export function defaultBackupDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ProgramData
    ? path.win32.join(env.ProgramData, 'MailflowTlsWizard', 'backups')
    : undefined
}

/**
 * The sections that undo `plan`: the previous value of every value it changes, `"Name"=-` for values
 * that did not exist, and `[-KEY]` for keys it creates (the topmost one covers its subkeys).
 */
export function backupSections(plan: FixPlan, snap: RegistrySnapshot): RegSection[] {
  // A key absent from an export that does not show its parent may well exist on the server (the
  // .NET keys always do): its `[-KEY]` would delete it there with all its subkeys. Its values are
  // put back one by one instead, as for a key that exists.
  const created = plan.createKeys.filter((k) => isKnown(snap.key(k))).map(keyPathId)
  const coveredByCreated = (key: string) =>
    created.some((c) => keyPathId(key) === c || keyPathId(key).startsWith(`${c}\\`))
  const sections = new Map<string, RegSection>()
  for (const c of plan.changes) {
    if (coveredByCreated(c.key)) continue
    const id = keyPathId(c.key)
    const section = sections.get(id) ?? { path: c.key, entries: [] }
    sections.set(id, section)
    section.entries.push({ name: c.value, value: snap.value(c.key, c.value) ?? null })
  }
  const topCreated = plan.createKeys.filter(
    (k) =>
      created.includes(keyPathId(k)) && !created.some((c) => keyPathId(k).startsWith(`${c}\\`)),
  )
  return [
    ...sections.values(),
    ...topCreated.map((p) => ({ path: p, deleteKey: true, entries: [] })),
  ]
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

/**
 * Writes the backup as a new file (UTF-16LE, importable with `reg import`), whole and flushed to disk
 * before it returns, never half-written. An existing file, link or folder is never overwritten or
 * followed: the name gets -2, -3... instead. The host name is reduced to a safe file name, so the file stays in `target.dir`.
 */
export async function writeBackup(
  sections: readonly RegSection[],
  target: BackupTarget,
): Promise<string> {
  const host = safeFileName(target.host, 'host')
  const text = writeRegText(sections, [
    `Mailflow TLS Wizard backup taken ${target.now.toISOString()} on ${host}.`,
    'Import it (reg import, or tlswizard rollback) to put these values back exactly as they were.',
  ])
  await mkdir(target.dir, { recursive: true })
  const bytes = encodeRegFile(text)
  for (let n = 1; n < 1000; n++) {
    const name = `tls-backup-${stamp(target.now)}-${host}${n > 1 ? `-${n}` : ''}.reg`
    const file = pathInside(target.dir, name)
    try {
      await writeFileAtomic(file, bytes)
    } catch (e) {
      // Whatever holds the name (a file, a planted link, a folder) stays as it is: the next name.
      if (e instanceof WriteRefusedError && ['EEXIST', 'ELINK', 'ENOTFILE'].includes(e.code ?? ''))
        continue
      throw e
    }
    return file
  }
  throw new Error(`could not find a free backup file name in ${target.dir}`)
}
