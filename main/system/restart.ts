/** Restarting Windows: now, in N minutes, or cancelling; commands are built here and run by the caller. */
import { translate as t } from '../../shared/i18n/translate'
import { execFile } from 'node:child_process'
import { InputError } from '../input-error'
import { systemProgram } from './system-programs'

/** A program and its arguments (never a shell string). */
export interface Command {
  file: string
  args: string[]
}

/** Longest delay we offer: one week (shutdown.exe itself accepts ten years). */
export const MAX_RESTART_MINUTES = 7 * 24 * 60

const COMMENT =
  'Mailflow TLS Wizard: restart so that the new TLS settings (Schannel, .NET) take effect.'

function shutdown(seconds: number): Command {
  // /d p:4:2 = planned, "Application: Installation" (the closest documented reason for a config change).
  return {
    file: 'shutdown.exe',
    args: ['/r', '/t', String(seconds), '/c', COMMENT, '/d', 'p:4:2'],
  }
}

/**
 * `shutdown.exe /r /t SECONDS /c COMMENT` for a restart in `minutes`, a whole number from 1 to one
 * week. 0, a negative or empty number never becomes `/t 0`: an immediate restart is only ever
 * asked for by name (restartNowCommand), never reached by a bad number.
 */
export function restartCommand(minutes: number): Command {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_RESTART_MINUTES) {
    throw new InputError(
      t('error.restart.delayRange', { max: MAX_RESTART_MINUTES, minutes: String(minutes) }),
    )
  }
  return shutdown(minutes * 60)
}

/** `shutdown.exe /r /t 0 ...`: the restart the admin asked for now, by name. */
export function restartNowCommand(): Command {
  return shutdown(0)
}

/** `shutdown.exe /a`: cancels a scheduled restart. */
export function cancelRestartCommand(): Command {
  return { file: 'shutdown.exe', args: ['/a'] }
}

/** The command as an admin would type it (arguments with spaces quoted). */
export function commandText(cmd: Command): string {
  return [cmd.file, ...cmd.args.map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(' ')
}

/** Runs a command; resolves with its exit code and output (no shell, bounded time). */
export function runCommand(
  cmd: Command,
  timeoutMs = 15_000,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      systemProgram(cmd.file),
      cmd.args,
      { timeout: timeoutMs, windowsHide: true },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 1
          : 0
        resolve({ code, output: `${stdout}${stderr}`.trim() || (err ? err.message : '') })
      },
    )
  })
}
