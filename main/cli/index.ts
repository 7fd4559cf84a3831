/** The `tlswizard` command line: dispatch, error reporting and exit codes. */
import pkg from '../../package.json'
import { RegFormatError } from '../registry/reg-format-error'
import { RegPathError } from '../registry/reg-path'
import { RegistryError } from '../registry/registry-store'
import { InputError } from '../input-error'
import { diagnoseCommand } from './diagnose-command'
import { fixCommand } from './fix-command'
import { serveCommand } from './serve-command'
import { probeCommand } from './probe-command'
import { reportCommand } from './report-command'
import { restartCli } from './restart-command'
import { rollbackCommand } from './rollback-command'
import { verifyCommand } from './verify-command'
import { EXIT, type CliIo } from './exit-codes'
import { usageText } from './usage'

type Command = (args: string[], io: CliIo) => Promise<number>

const COMMANDS: Record<string, Command> = {
  diagnose: diagnoseCommand,
  probe: (args, io) => probeCommand(args, io),
  fix: fixCommand,
  serve: (args, io) => serveCommand(args, io),
  rollback: rollbackCommand,
  restart: (args, io) => restartCli(args, io),
  verify: verifyCommand,
  report: reportCommand,
}

/** Errors the user can act on: message only, exit 2. */
function isBadInput(e: unknown): e is Error {
  if (e instanceof InputError || e instanceof RegFormatError || e instanceof RegPathError)
    return true
  // node:util parseArgs reports unknown options and missing option values with these codes.
  const code = (e as { code?: string }).code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}

/** Runs one command line; never throws, returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usageText())
    return name === undefined ? EXIT.badInput : EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    io.out(`${pkg.version}\n`)
    return EXIT.ok
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`tlswizard: unknown command "${name}"; run "tlswizard --help" for the list\n`)
    return EXIT.badInput
  }
  try {
    return await command(rest, io)
  } catch (e) {
    if (isBadInput(e)) {
      io.err(`tlswizard ${name}: ${e.message}\n`)
      return EXIT.badInput
    }
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
