/** Backups: the state of everything a plan touches, as a `.reg` file that `reg import` restores exactly. */
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'
import type { FixPlan } from '../../shared/fixes'
import { keyPathId } from '../registry/reg-path'
import type { RegistrySnapshot } from '../registry/registry-store'
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
  const created = plan.createKeys.map(keyPathId)
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
    (k) => !created.some((c) => keyPathId(k).startsWith(`${c}\\`)),
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
 * Writes the backup as a new file (UTF-16LE, importable with `reg import`), flushed to disk before
 * it returns. An existing file is never overwritten: the name gets -2, -3... instead.
 */
export async function writeBackup(
  sections: readonly RegSection[],
  target: BackupTarget,
): Promise<string> {
  const host = target.host.replace(/[^A-Za-z0-9._-]/g, '_') || 'host'
  const text = writeRegText(sections, [
    `Mailflow TLS Wizard backup taken ${target.now.toISOString()} on ${target.host}.`,
    'Import it (reg import, or tlswizard rollback) to put these values back exactly as they were.',
  ])
  await mkdir(target.dir, { recursive: true })
  for (let n = 1; n < 1000; n++) {
    const file = path.join(
      target.dir,
      `tls-backup-${stamp(target.now)}-${host}${n > 1 ? `-${n}` : ''}.reg`,
    )
    let handle
    try {
      handle = await open(file, 'wx')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw e
    }
    try {
      await handle.writeFile(encodeRegFile(text))
      await handle.sync()
    } finally {
      await handle.close()
    }
    return file
  }
  throw new Error(`could not find a free backup file name in ${target.dir}`)
}
