/** The fix ids and helpers the screens need, without the schemas: shared/fixes.ts re-exports them. */
import type { ApplyResult } from './fixes'

/** Registry fixes the engine can apply (the other fix ids are manual actions). */
export const REGISTRY_FIX_IDS = [
  'schannel-tls12-enable',
  'dotnet-v4-strong-crypto',
  'dotnet-v2-strong-crypto',
  'winhttp-tls12',
] as const

/** A registry fix id. */
export type RegistryFixId = (typeof REGISTRY_FIX_IDS)[number]

/** A backup file name as the product writes it: the only names a rollback over IPC/HTTP accepts. */
export const BACKUP_FILE_NAME = /^tls-backup-\d{8}-\d{6}-[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.reg$/

/** The last part of a Windows or POSIX path: what an admin copies and types on the server. */
export function fileNameOf(p: string): string {
  return p.split(/[\\/]/).pop() ?? p
}

/** The message key of an outcome: a fix written only into files is "prepared", never "applied". */
export function applyStatusKey(
  r: ApplyResult,
): `fixes.status.${ApplyResult['status'] | 'prepared'}` {
  return r.prepared ? 'fixes.status.prepared' : `fixes.status.${r.status}`
}
