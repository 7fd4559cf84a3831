/**
 * The backups this product wrote on this machine, recorded with their SHA-256 in its state file
 * (%ProgramData%\MailflowTlsWizard\state.json). A file planted in the backup folder (ordinary users
 * may create files there), or a backup changed since it was written, is not one of them: the
 * wizard and `rollback --newest` restore only recorded backups.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readWizardState, type WizardState } from '../system/wizard-state'

/** How many backups the state remembers (the newest). */
const KEPT = 20

/** The SHA-256 of a file, hex; undefined when it cannot be read. */
export async function fileDigest(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined)
  return bytes && createHash('sha256').update(bytes).digest('hex')
}

/** `state` with `file` recorded as a backup this product wrote (the newest last). */
export function withBackupRecorded(state: WizardState, file: string, sha256: string): WizardState {
  const others = (state.backups ?? []).filter((b) => !samePath(b.file, file))
  return { ...state, backups: [...others, { file, sha256 }].slice(-KEPT) }
}

const samePath = (a: string, b: string) =>
  process.platform === 'win32'
    ? path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase()
    : path.resolve(a) === path.resolve(b)

/** Whether `file` is a backup this product wrote here, unchanged since (a damaged state: no). */
export async function isRecordedBackup(stateDir: string, file: string): Promise<boolean> {
  const state = await readWizardState(stateDir).catch((): WizardState => ({}))
  const record = state.backups?.find((b) => samePath(b.file, file))
  return record !== undefined && (await fileDigest(file)) === record.sha256
}

/**
 * The newest recorded backup that is still there, unchanged, in `dir` when given (the folder the
 * admin named); undefined when there is none.
 */
export async function newestRecordedBackup(
  stateDir: string,
  dir?: string,
): Promise<string | undefined> {
  const records = (await readWizardState(stateDir)).backups ?? []
  const inDir = (file: string) => dir === undefined || samePath(path.dirname(file), dir)
  for (const b of [...records].reverse())
    if (inDir(b.file) && (await fileDigest(b.file)) === b.sha256) return b.file
  return undefined
}
