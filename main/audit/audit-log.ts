/**
 * The audit trail: one JSON line per registry write, rollback and restart, with the values before
 * and after, the backup file, the account and the time (audit.log beside support.log).
 */
import { hostname } from 'node:os'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { currentAccount } from './log-dir'
import { RotatingFile, type RotationOptions } from './rotating-file'

/** A value as the fix engine shows it (a number for a DWORD, null when not set). */
export type AuditValue = unknown

/** One registry value changed by a fix or put back by a rollback. */
export interface AuditValueChange {
  key: string
  value: string
  before: AuditValue
  after: AuditValue
  /** Whether reading it back showed the value written. */
  ok: boolean
}

/** What the audit trail records. */
export type AuditEvent =
  | ({ action: 'registry-write'; backup: string | null } & AuditValueChange)
  | ({ action: 'rollback'; backup: string } & AuditValueChange)
  | {
      action: 'restart'
      /** now, in N minutes, or cancel a scheduled one. */
      kind: 'now' | 'scheduled' | 'cancel'
      minutes: number | null
      /** The command line run (shutdown.exe ...). */
      command: string
      exitCode: number
    }

/** An audit line as written: the event with when, by whom and on which machine. */
export type AuditRecord = AuditEvent & { time: string; account: string; host: string }

/** Appends audit records to audit.log in `dir`. */
export class AuditLog {
  readonly file: RotatingFile

  constructor(
    dir: string,
    options: Partial<RotationOptions> = {},
    private readonly who: { account: string; host: string } = {
      account: currentAccount(),
      host: hostname(),
    },
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.file = new RotatingFile(dir, 'audit', { maxBytes: 4 * 1024 * 1024, keep: 10, ...options })
  }

  /** Records events, one line each, in order; resolves false if the log could not be written. */
  record(...events: AuditEvent[]): Promise<boolean> {
    const time = this.clock().toISOString()
    const lines = events.map((e) =>
      JSON.stringify({ time, ...this.who, ...e } satisfies AuditRecord),
    )
    return this.file.append(lines.map((l) => `${l}\n`).join(''))
  }
}

/**
 * The audit events of one live apply: every planned change with what was read back, and, when a
 * failure made the engine restore the backup at once, that rollback too. A fix prepared into
 * files changed no registry: no events.
 */
export function applyEvents(plan: FixPlan, result: ApplyResult): AuditEvent[] {
  if (result.status === 'nothing-to-do' || result.prepared) return []
  const changes: AuditValueChange[] = plan.changes.map((c) => {
    const done = result.results.find((r) => r.key === c.key && r.value === c.value)
    return {
      key: c.key,
      value: c.value,
      before: c.before,
      after: done ? done.read : c.after,
      ok: done?.ok ?? false,
    }
  })
  const writes = changes.map((c): AuditEvent => ({
    action: 'registry-write',
    ...c,
    backup: result.backupFile,
  }))
  const backup = result.backupFile
  if (result.status === 'applied' || !backup) return writes
  // The engine put the backup back at once: each value went from what was written to what it was.
  const ok = result.status === 'rolled-back'
  return [
    ...writes,
    ...changes.map((c): AuditEvent => ({
      action: 'rollback',
      ...c,
      before: c.after,
      after: c.before,
      ok,
      backup,
    })),
  ]
}
