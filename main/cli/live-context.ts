/** What commands that change a live registry need: elevation, the product folders and a host name. */
import { translate as t } from '../../shared/i18n/translate'
import { hostname } from 'node:os'
import { defaultBackupDir } from '../fixes/backup'
import { elevationHelp, isElevated } from '../system/elevation'
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
  if ((await isElevated()) === false) throw new UsageError(elevationHelp())
  const stateDir = defaultStateDir()
  const backups = backupDir ?? defaultBackupDir()
  if (!stateDir || !backups) throw new UsageError(t('error.cli.noProgramData'))
  return { backupDir: backups, stateDir, host: hostname() }
}
