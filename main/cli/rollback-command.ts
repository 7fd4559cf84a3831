/** `tlswizard rollback [BACKUP.reg | --newest] [--backup-dir DIR] [--registry FILE.reg --out PATCHED.reg]` */
import { translate as t } from '../../shared/i18n/translate'
import { parseArgs } from 'node:util'
import { defaultBackupDir } from '../fixes/backup'
import { isRecordedBackup, newestRecordedBackup } from '../fixes/backup-record'
import { newestBackup, readBackup, rollbackSections, type RollbackResult } from '../fixes/rollback'
import { RegFileStore } from '../registry/reg-file-store'
import { openRegistrySource } from '../system/registry-source'
import { terminalSafe, terminalSafeData } from '../../shared/terminal-safe'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { liveContext } from './live-context'

/** Restores the values a backup holds (live, or into a copy of a `.reg` snapshot). */
export async function rollbackCommand(args: string[], io: CliIo): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      newest: { type: 'boolean', default: false },
      'backup-dir': { type: 'string' },
      registry: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  if (positionals.length > 1) throw new UsageError(t('error.rollback.giveOne'))
  if (!positionals.length && !o.newest) throw new UsageError(t('error.rollback.nameOrNewest'))
  if (positionals.length && o.newest) throw new UsageError(t('error.rollback.notBoth'))
  // A backup named on the command line is read and checked first: a missing or foreign file is
  // the first thing to say, before anything about the registry it would go into.
  const named = positionals[0] === undefined ? undefined : await readBackup(positionals[0])
  const source = await openRegistrySource({ registry: o.registry })
  const offline = source.store instanceof RegFileStore
  if (offline && !o.out) throw new UsageError(t('error.rollback.needOut'))
  const ctx = offline ? undefined : await liveContext(o['backup-dir'])
  const dir = o['backup-dir'] ?? defaultBackupDir()
  // Live, --newest is the newest backup this product recorded here, unchanged since (a file
  // planted in the folder, newer by its date, is not one).
  const newest = async () =>
    ctx ? newestRecordedBackup(ctx.stateDir, dir) : dir ? newestBackup(dir) : undefined
  const file = named?.file ?? (o.newest ? await newest() : undefined)
  if (!file)
    throw new UsageError(
      dir ? t('error.rollback.noBackupIn', { folder: dir }) : t('error.rollback.noBackupFolder'),
    )
  // A file named on the command line is the admin's choice; one this product did not record is
  // still bounded by the allow-list, and said.
  if (ctx && named && !(await isRecordedBackup(ctx.stateDir, named.file)))
    io.err(`${t('rollback.notRecordedNote', { file: terminalSafe(named.file) })}\n`)
  // A snapshot file is not a registry: only live rollbacks go to the audit trail.
  const backup = named ?? (await readBackup(file))
  const result = await rollbackSections(source.store, backup, offline ? undefined : io.audit)
  if (source.store instanceof RegFileStore && o.out) await source.store.saveAs(o.out)
  io.out(
    o.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : rollbackText(terminalSafeData(result), terminalSafe(file)),
  )
  return result.mismatches.length ? EXIT.failure : EXIT.ok
}

/** What a rollback did, one sentence a line. */
function rollbackText(result: RollbackResult, file: string): string {
  const lines = [
    t('error.rollback.restored', {
      values: result.restoredValues,
      keys: result.deletedKeys,
      file,
    }),
    ...result.keptKeys.map((key) => t('error.rollback.kept', { key })),
    result.mismatches.length
      ? t('error.rollback.stillDifferent', { mismatches: result.mismatches.join('; ') })
      : t('error.rollback.allMatch'),
  ]
  return lines.map((l) => `${l}\n`).join('')
}
