/** The global `--log-dir DIR` option, given before the command. */
import { translate as t } from '../../shared/i18n/translate'

/**
 * `--log-dir DIR` before the command names the support log's folder (else TLSWIZARD_LOG_DIR, else
 * %ProgramData%\MailflowTlsWizard\logs, or the temporary folder off Windows).
 */
export function takeLogDir(argv: string[]): { logDir?: string; rest: string[]; error?: string } {
  const [first, ...after] = argv
  const inline = first?.startsWith('--log-dir=')
  if (!inline && first !== '--log-dir') return { rest: argv }
  const [dir, rest] = inline
    ? [first!.slice('--log-dir='.length), after]
    : [after[0], after.slice(1)]
  if (!dir || dir.startsWith('-')) return { rest, error: t('error.cli.logDirNeedsFolder') }
  return { logDir: dir, rest }
}
