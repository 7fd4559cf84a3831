/** Process entry of the bundled CLI (dist/cli.cjs): the support log, then the command. */
import { translate as t } from '../../shared/i18n/translate'
import { AuditLog } from '../audit/audit-log'
import { defaultLogDir } from '../audit/log-dir'
import { SupportLog } from '../audit/support-log'
import { runCli } from './index'
import { takeLogDir } from './log-dir-option'

const { logDir, rest, error } = takeLogDir(process.argv.slice(2))
const dir = logDir ?? process.env.TLSWIZARD_LOG_DIR ?? defaultLogDir()
const log = new SupportLog(dir, 'cli')
let audit: AuditLog | undefined
const io = {
  // Made when a command first records something: only then are the account and host name read.
  get audit() {
    return (audit ??= new AuditLog(dir))
  },
  out: (s: string) => process.stdout.write(s),
  err: (s: string) => process.stderr.write(s),
  log: (level: 'INFO' | 'ERROR', message: string) => void log.write(level, message),
}

const done = error ? Promise.resolve((io.err(`tlswizard: ${error}\n`), 2)) : runCli(rest, io)
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
