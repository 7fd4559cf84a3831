/** What commands that change a live registry need: elevation, the product folders and a host name. */
import { hostname } from 'node:os'
import { defaultBackupDir } from '../fixes/backup'
import { ELEVATION_HELP, isElevated } from '../system/elevation'
import { defaultStateDir } from '../system/wizard-state'
import { UsageError } from './exit-codes'

/** Folders and identity for a live change. */
export interface LiveContext {
  backupDir: string
  stateDir: string
  host: string
}

/** Checks elevation and resolves the folders (or the ones given on the command line). */
export async function liveContext(backupDir?: string): Promise<LiveContext> {
  if ((await isElevated()) === false) throw new UsageError(ELEVATION_HELP)
  const stateDir = defaultStateDir()
  const backups = backupDir ?? defaultBackupDir()
  if (!stateDir || !backups) throw new UsageError('%ProgramData% is not set; pass --backup-dir DIR')
  return { backupDir: backups, stateDir, host: hostname() }
}
