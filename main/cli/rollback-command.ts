/** `tlswizard rollback [BACKUP.reg | --newest] [--backup-dir DIR] [--registry FILE.reg --out PATCHED.reg]` */
import { parseArgs } from 'node:util'
import { defaultBackupDir } from '../fixes/backup'
import { newestBackup, rollbackFromFile } from '../fixes/rollback'
import { RegFileStore } from '../registry/reg-file-store'
import { openRegistrySource } from '../system/registry-source'
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
  if (positionals.length > 1) throw new UsageError('give one backup file')
  if (!positionals.length && !o.newest) throw new UsageError('name a backup file, or use --newest')
  if (positionals.length && o.newest)
    throw new UsageError('use either a backup file or --newest, not both')
  const source = await openRegistrySource({ registry: o.registry })
  const offline = source.store instanceof RegFileStore
  if (offline && !o.out)
    throw new UsageError(
      'with --registry, the restored snapshot is written to a copy: add --out RESTORED.reg',
    )
  if (!offline) await liveContext(o['backup-dir'])
  const dir = o['backup-dir'] ?? defaultBackupDir()
  const file = positionals[0] ?? (dir ? await newestBackup(dir) : undefined)
  if (!file)
    throw new UsageError(`no backup found in ${dir ?? '(no backup folder: pass --backup-dir DIR)'}`)
  // A snapshot file is not a registry: only live rollbacks go to the audit trail.
  const result = await rollbackFromFile(source.store, file, offline ? undefined : io.audit)
  if (source.store instanceof RegFileStore && o.out) await source.store.saveAs(o.out)
  io.out(
    o.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `Restored ${result.restoredValues} values and removed ${result.deletedKeys} keys from ${file}.\n${result.keptKeys.map((k) => `Kept ${k}: it holds values or subkeys this product never creates (only its own values were removed).\n`).join('')}${result.mismatches.length ? `Still different: ${result.mismatches.join('; ')}\n` : 'Read back: everything matches the backup.\n'}`,
  )
  return result.mismatches.length ? EXIT.failure : EXIT.ok
}
