import type { Language } from '../../shared/i18n/languages'
import type { AuditLog } from '../audit/audit-log'
import { InputError } from '../input-error'

/** Exit codes every `tlswizard` command uses; scripts rely on them. */
export const EXIT = {
  /** Healthy, or the command did what it was asked. */
  ok: 0,
  /** The diagnosis found something to fix. */
  actionNeeded: 1,
  /** Bad input or usage: the message on stderr says what to correct. */
  badInput: 2,
  /** Something unexpected failed (or, for probes, the target could not be reached). */
  failure: 3,
  /** The diagnosis could not decide: the registry export lacks keys it needs (it says which). */
  inconclusive: 4,
} as const

/** A mistake in how the command was called. */
export class UsageError extends InputError {
  override name = 'UsageError'
}

/** Where a command writes; tests pass collectors, the real CLI passes process streams. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** The support log (main/audit/support-log.ts); absent in tests that do not look at it. */
  log?(level: 'INFO' | 'ERROR', message: string): void
  /** The audit trail of registry writes, rollbacks and restarts (main/audit/audit-log.ts). */
  audit?: AuditLog
  /** The language given with --lang (absent: the system's, already in effect). */
  lang?: Language
}
