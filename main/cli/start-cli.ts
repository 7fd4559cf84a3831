/** The CLI process: the support log, the command line run, the exit code. */
import { translate as t } from '../../shared/i18n/translate'
import { AuditLog } from '../audit/audit-log'
import { defaultLogDir } from '../audit/log-dir'
import { SupportLog } from '../audit/support-log'
import { guardProgramSearch } from '../system/system-programs'
import type { CliIo } from './exit-codes'
import { takeLogDir } from './log-dir-option'

/** Runs `argv` (the process's arguments) with `run` and sets the exit code. */
export function startCli(
  run: (argv: string[], io: CliIo) => Promise<number>,
  argv = process.argv.slice(2),
): void {
  guardProgramSearch()
  const { logDir, rest, error } = takeLogDir(argv)
  const dir = logDir ?? process.env.TLSWIZARD_LOG_DIR ?? defaultLogDir()
  const log = new SupportLog(dir, 'cli')
  let audit: AuditLog | undefined
  const io: CliIo = {
    // Made when a command first records something: only then are the account and host name read.
    get audit() {
      return (audit ??= new AuditLog(dir))
    },
    out: (s: string) => process.stdout.write(s),
    err: (s: string) => process.stderr.write(s),
    log: (level: 'INFO' | 'ERROR', message: string) => void log.write(level, message),
  }

  const done = error ? Promise.resolve((io.err(`tlswizard: ${error}\n`), 2)) : run(rest, io)
  done.then(
    async (code) => {
      process.exitCode = code
      await log.file.flush()
    },
    (e: unknown) => {
      process.stderr.write(`tlswizard: ${t('error.cli.unexpectedBare', { detail: String(e) })}\n`)
      process.exitCode = 3
    },
  )
}
