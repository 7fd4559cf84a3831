/** The `tlswizard` command line: dispatch, error reporting and exit codes. */
import pkg from '../../package.json'
import { completeLanguages } from '../../shared/i18n/catalogs'
import { languageOf, pickLanguage, systemLocales } from '../../shared/i18n/pick'
import { currentLanguage, setLanguage } from '../../shared/i18n/translate'
import type { Language } from '../../shared/i18n/languages'
import { RegFormatError } from '../registry/reg-format-error'
import { RegPathError } from '../registry/reg-path'
import { RegistryError } from '../registry/registry-store'
import { InputError } from '../input-error'
import { diagnoseCommand } from './diagnose-command'
import { fixCommand } from './fix-command'
import { logsCommand } from './logs-command'
import { serveCommand } from './serve-command'
import { probeCommand } from './probe-command'
import { reportCommand } from './report-command'
import { restartCli } from './restart-command'
import { rollbackCommand } from './rollback-command'
import { verifyCommand } from './verify-command'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { commandUsageText, usageText, type CommandName } from './usage'

type Command = (args: string[], io: CliIo) => Promise<number>

const COMMANDS: Record<CommandName, Command> = {
  diagnose: diagnoseCommand,
  probe: (args, io) => probeCommand(args, io),
  fix: fixCommand,
  serve: (args, io) => serveCommand(args, io),
  rollback: rollbackCommand,
  restart: (args, io) => restartCli(args, io),
  verify: verifyCommand,
  report: reportCommand,
  logs: (args, io) => logsCommand(args, io),
}

/** Errors the user can act on: message only, exit 2. */
function isBadInput(e: unknown): e is Error {
  if (e instanceof InputError || e instanceof RegFormatError || e instanceof RegPathError)
    return true
  // node:util parseArgs reports unknown options and missing option values with these codes.
  const code = (e as { code?: string }).code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name)
}

/** A mistake in the command line itself (not in a file it names): worth pointing at --help. */
function isUsageMistake(e: Error): boolean {
  const code = (e as { code?: string }).code
  return e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
}

/** `tlswizard help [COMMAND]`: like `--help`, on stdout with exit 0. */
function help(rest: string[], io: CliIo): number {
  const [topic, ...extra] = rest
  if (topic === undefined) {
    io.out(usageText())
    return EXIT.ok
  }
  if (!isCommand(topic) || extra.length) {
    io.err(`tlswizard help: no help on "${rest.join(' ')}"; run "tlswizard --help" for the list\n`)
    return EXIT.badInput
  }
  io.out(commandUsageText(topic))
  return EXIT.ok
}

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

/** Runs one command line; never throws, returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const taken = takeLang(argv)
  let lang: Language | undefined
  if (taken.lang !== undefined) {
    const l = languageOf(taken.lang)
    if (!l || !completeLanguages().includes(l)) {
      io.err(
        `tlswizard: --lang takes one of ${completeLanguages().join(', ')}, not "${taken.lang}"\n`,
      )
      return EXIT.badInput
    }
    lang = l
  }
  const before = currentLanguage()
  // An explicit --lang, else the operating system's language when there is a catalog for it.
  setLanguage(lang ?? pickLanguage(systemLocales()))
  try {
    return await dispatch(taken.args, lang ? { ...io, lang } : io)
  } finally {
    setLanguage(before)
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  // No command is a usage error: the usage goes to stderr, so that a script sees exit 2 and no output.
  if (name === undefined) {
    io.err(usageText())
    return EXIT.badInput
  }
  if (name === '--help' || name === '-h') {
    io.out(usageText())
    return EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.out(`${pkg.version}\n`)
    return EXIT.ok
  }
  if (name === 'help') return help(rest, io)
  if (!isCommand(name)) {
    io.err(`tlswizard: unknown command "${name}"; run "tlswizard --help" for the list\n`)
    return EXIT.badInput
  }
  // --help anywhere before a "--" wins over every other argument, as in git and npm.
  const own = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'))
  if (own.includes('--help') || own.includes('-h')) {
    io.out(commandUsageText(name))
    return EXIT.ok
  }
  io.log?.('INFO', `tlswizard ${argv.join(' ')}`)
  const code = await runCommand(name, rest, io)
  io.log?.('INFO', `tlswizard ${name}: exit ${code}`)
  return code
}

async function runCommand(name: CommandName, rest: string[], io: CliIo): Promise<number> {
  try {
    return await COMMANDS[name](rest, io)
  } catch (e) {
    if (isBadInput(e)) {
      const hint = isUsageMistake(e) ? `; run "tlswizard ${name} --help" for its options` : ''
      io.err(`tlswizard ${name}: ${e.message}${hint}\n`)
      io.log?.('ERROR', `tlswizard ${name}: ${e.message}`)
      return EXIT.badInput
    }
    io.log?.('ERROR', `tlswizard ${name}: ${String((e as Error).stack ?? e)}`)
    const detail =
      e instanceof RegistryError
        ? e.message
        : process.env.TLSWIZARD_DEBUG
          ? String((e as Error).stack)
          : String((e as Error).message ?? e)
    io.err(
      `tlswizard ${name}: unexpected failure: ${detail}\n(set TLSWIZARD_DEBUG=1 for details)\n`,
    )
    return EXIT.failure
  }
}
