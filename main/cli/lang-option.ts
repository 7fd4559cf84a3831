/** The global `--lang LANG` option, and the command a command line names. */
import { takeLogDir } from './log-dir-option'

/**
 * Takes `--lang LANG` (or `--lang=LANG`) out of the arguments before a "--": the language of the
 * human output, in any position. JSON output is language-neutral whatever it says.
 */
export function takeLang(args: string[]): { args: string[]; lang?: string } {
  const end = args.indexOf('--') === -1 ? args.length : args.indexOf('--')
  const out: string[] = []
  let lang: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (i < end && a === '--lang') {
      lang = args[++i] ?? ''
      continue
    }
    if (i < end && a.startsWith('--lang=')) {
      lang = a.slice('--lang='.length)
      continue
    }
    out.push(a)
  }
  return lang === undefined ? { args: out } : { args: out, lang }
}

/** The command `argv` names once the global options (`--log-dir` first, `--lang` anywhere) are out. */
export function commandOf(argv: string[]): string | undefined {
  return takeLang(takeLogDir(argv).rest).args[0]
}
