/** Whether this process runs elevated ("Run as administrator"), which writing HKLM needs. */
import { enErrors } from '../../shared/i18n/en-errors'
import { translate as t } from '../../shared/i18n/translate'
import { execFile } from 'node:child_process'
import { systemProgram } from './system-programs'

/** Runs a program and resolves with its exit code (injectable for tests). */
export type ExitCodeOf = (file: string, args: string[]) => Promise<number>

const exitCodeOf: ExitCodeOf = (file, args) =>
  new Promise((resolve) => {
    execFile(systemProgram(file), args, { timeout: 10_000, windowsHide: true }, (err) => {
      resolve(
        err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 1
          : 0,
      )
    })
  })

/**
 * True when elevated, false when not, null where the question does not apply (not Windows).
 * `net session` succeeds only for an elevated administrator: the long-standing, locale-proof test.
 */
export async function isElevated(
  platform: NodeJS.Platform = process.platform,
  run: ExitCodeOf = exitCodeOf,
): Promise<boolean | null> {
  if (platform !== 'win32') return null
  return (await run('net.exe', ['session'])) === 0
}

/** What to tell an admin whose process is not elevated, in the current language. */
export const elevationHelp = (): string => t('error.cli.elevation')

/** The English text of elevationHelp (what tests and logs compare with). */
export const ELEVATION_HELP: string = enErrors['error.cli.elevation']
