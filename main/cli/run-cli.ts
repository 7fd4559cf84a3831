/** The `tlswizard` command line: language, dispatch, error reporting and exit codes. */
import { lookup, translate as t, type Params } from '../../shared/i18n/translate'
import { en } from '../../shared/i18n/en'
import { languageOf, systemLocales } from '../../shared/i18n/locale'
import { currentLanguage, setLanguage } from '../../shared/i18n/current'
import type { Language } from '../../shared/i18n/languages'
import { InputError } from '../input-error'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { takeLang } from './lang-option'
import type { CommandName } from './usage'

/** One command: its arguments (after its name) and where to write; resolves to the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>

/**
 * The commands a build of the CLI runs, each loaded when it runs: main/cli/index.ts has them all,
 * main/cli/probe-main.ts (the one-file `probe`) only `probe`.
 */
export type CommandTable = Partial<Record<CommandName, () => Promise<Command>>>

/** The registry's error classes: loaded when a command has failed (a probe never needs them). */
async function registryErrors() {
  const [{ RegFormatError }, { RegPathError }, { RegistryError }] = await Promise.all([
    import('../registry/reg-format-error'),
    import('../registry/reg-path'),
    import('../registry/registry-store'),
  ])
  return { RegFormatError, RegPathError, RegistryError }
}
type RegistryErrors = Awaited<ReturnType<typeof registryErrors>>

/** Errors the user can act on: message only, exit 2. */
function isBadInput(e: unknown, registry: RegistryErrors): e is Error {
  if (
    e instanceof InputError ||
    e instanceof registry.RegFormatError ||
    e instanceof registry.RegPathError
  )
    return true
  // node:util parseArgs reports unknown options and missing option values with these codes.
  const code = (e as { code?: string }).code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}

function isCommand(commands: CommandTable, name: string): name is CommandName {
  return Object.hasOwn(commands, name)
}

/** A mistake in the command line itself (not in a file it names): worth pointing at --help. */
function isUsageMistake(e: Error): boolean {
  const code = (e as { code?: string }).code
  return e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
}

// Node's parseArgs messages (as Node 20 words them) and the catalog message for each: the option
// or argument is taken from Node's text. The English message must give back Node's text exactly,
// else (another Node version, an odd option name) Node's own text is shown.
const PARSE_ARGS_MESSAGES: Record<string, { pattern: RegExp; key: string; param: string }[]> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [
    { pattern: /^Unknown option '(.+)'$/s, key: 'error.cli.unknownOption', param: 'option' },
    {
      pattern: /^Unknown option '(.+?)'\. To specify a positional argument/s,
      key: 'error.cli.unknownOptionDashDash',
      param: 'option',
    },
  ],
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: [
    {
      pattern: /^Option '(.+) <value>' argument missing$/s,
      key: 'error.cli.optionNeedsValue',
      param: 'option',
    },
    {
      pattern: /^Option '(.+?)' argument is ambiguous\./s,
      key: 'error.cli.optionAmbiguous',
      param: 'option',
    },
    {
      pattern: /^Option '(.+)' does not take an argument$/s,
      key: 'error.cli.optionTakesNoValue',
      param: 'option',
    },
  ],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: [
    {
      pattern: /^Unexpected argument '(.+?)'\. This command does not take positional arguments$/s,
      key: 'error.cli.unexpectedArgument',
      param: 'argument',
    },
  ],
}

// The commands that read a registry export with --registry (and take no other file).
const TAKES_REGISTRY = new Set(['diagnose', 'fix', 'verify', 'serve'])

/** The catalog's wording of a parseArgs error, or Node's own text when it cannot be mapped. */
function parseArgsMessage(e: Error, command: string): string {
  const code = (e as { code?: string }).code ?? ''
  for (const { pattern, key, param } of PARSE_ARGS_MESSAGES[code] ?? []) {
    const m = pattern.exec(e.message)
    if (!m) continue
    const params: Params = { [param]: m[1] as string }
    if (lookup(en, 'en', key, params) !== e.message) continue
    const message = t(key, params)
    // `diagnose server.reg`: the file is meant, and the option that takes it is named.
    return code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' &&
      TAKES_REGISTRY.has(command) &&
      /\.reg$/i.test(m[1] as string)
      ? t('error.cli.registryHint', { message, file: m[1] as string })
      : message
  }
  return e.message
}

// The help text (and the demo list it names) is loaded only when it is shown.
const usage = () => import('./usage')

/** `tlswizard help [COMMAND]`: like `--help`, on stdout with exit 0. */
async function help(commands: CommandTable, rest: string[], io: CliIo): Promise<number> {
  const { commandUsageText, usageText } = await usage()
  const [topic, ...extra] = rest
  if (topic === undefined) {
    io.out(usageText())
    return EXIT.ok
  }
  if (!isCommand(commands, topic) || extra.length) {
    io.err(`tlswizard help: ${t('error.cli.noHelp', { topic: rest.join(' ') })}\n`)
    return EXIT.badInput
  }
  io.out(commandUsageText(topic))
  return EXIT.ok
}

// The catalogs other than English are loaded (and registered) only when a language other than
// English is asked for or is the system's: an English command line never parses them.
const catalogs = () => import('../../shared/i18n/catalogs')

/** The language of the output: --lang, else the system's when it has a complete catalog. */
async function outputLanguage(asked: string | undefined): Promise<Language | Error> {
  if (asked !== undefined) {
    const l = languageOf(asked)
    if (l === 'en') return l
    const { completeLanguages } = await catalogs()
    if (!l || !completeLanguages().includes(l)) {
      const languages = completeLanguages().join(', ')
      // `--lang` at the end of the line, or `--lang=`: the value is missing, not wrong.
      return new Error(
        asked.trim()
          ? t('error.cli.badLang', { languages, value: asked })
          : t('error.cli.langMissing', { languages }),
      )
    }
    return l
  }
  const wanted = systemLocales()
  if (wanted.every((w) => (languageOf(w) ?? 'en') === 'en')) return 'en'
  const { pickLanguage } = await import('../../shared/i18n/pick')
  return pickLanguage(wanted)
}

/** Runs one command line with `commands`; never throws, returns the exit code. */
export async function runCliWith(
  commands: CommandTable,
  argv: string[],
  io: CliIo,
): Promise<number> {
  const taken = takeLang(argv)
  const language = await outputLanguage(taken.lang)
  if (language instanceof Error) {
    io.err(`tlswizard: ${language.message}\n`)
    return EXIT.badInput
  }
  const before = currentLanguage()
  setLanguage(language)
  try {
    const withLang = taken.lang !== undefined ? { ...io, lang: language } : io
    return await dispatch(commands, taken.args, withLang)
  } finally {
    setLanguage(before)
  }
}

async function dispatch(commands: CommandTable, argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  // No command is a usage error: the usage goes to stderr, so that a script sees exit 2 and no output.
  if (name === undefined) {
    io.err((await usage()).usageText())
    return EXIT.badInput
  }
  if (name === '--help' || name === '-h') {
    io.out((await usage()).usageText())
    return EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.out(`${(await import('../../package.json')).default.version}\n`)
    return EXIT.ok
  }
  if (name === 'help') return help(commands, rest, io)
  if (!isCommand(commands, name)) {
    io.err(`tlswizard: ${t('error.cli.unknownCommand', { name })}\n`)
    return EXIT.badInput
  }
  // --help anywhere before a "--" wins over every other argument, as in git and npm.
  const own = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'))
  if (own.includes('--help') || own.includes('-h')) {
    io.out((await usage()).commandUsageText(name))
    return EXIT.ok
  }
  io.log?.('INFO', `tlswizard ${argv.join(' ')}`)
  const code = await runCommand(commands, name, rest, io)
  io.log?.('INFO', `tlswizard ${name}: exit ${code}`)
  return code
}

async function runCommand(
  commands: CommandTable,
  name: CommandName,
  rest: string[],
  io: CliIo,
): Promise<number> {
  try {
    // isCommand has found `name` in the table.
    const command = await (commands[name] as () => Promise<Command>)()
    return await command(rest, io)
  } catch (e) {
    const registry = await registryErrors()
    if (isBadInput(e, registry)) {
      const message = parseArgsMessage(e, name)
      const shown = isUsageMistake(e)
        ? t('error.cli.withHelpHint', { message, command: name })
        : message
      io.err(`tlswizard ${name}: ${shown}\n`)
      io.log?.('ERROR', `tlswizard ${name}: ${message}`)
      return EXIT.badInput
    }
    io.log?.('ERROR', `tlswizard ${name}: ${String((e as Error).stack ?? e)}`)
    const detail =
      e instanceof registry.RegistryError
        ? e.message
        : process.env.TLSWIZARD_DEBUG
          ? String((e as Error).stack)
          : String((e as Error).message ?? e)
    io.err(`tlswizard ${name}: ${t('error.cli.unexpected', { detail })}\n`)
    return EXIT.failure
  }
}
