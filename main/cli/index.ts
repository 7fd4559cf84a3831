/** The `tlswizard` command line with every command (main/cli/run-cli.ts runs it). */
import type { CliIo } from './exit-codes'
import { runCliWith, type CommandTable } from './run-cli'

// Each command's code is loaded only when it runs (a chunk of its own in the bundle): `--version`,
// `--help` and `probe` never pay for the registry codec, the checks, the report or zod.
const COMMANDS: CommandTable = {
  diagnose: async () => (await import('./diagnose-command')).diagnoseCommand,
  probe: async () => (await import('./probe-command')).probeCommand,
  fix: async () => (await import('./fix-command')).fixCommand,
  serve: async () => (await import('./serve-command')).serveCommand,
  rollback: async () => (await import('./rollback-command')).rollbackCommand,
  restart: async () => (await import('./restart-command')).restartCli,
  verify: async () => (await import('./verify-command')).verifyCommand,
  report: async () => (await import('./report-command')).reportCommand,
  logs: async () => (await import('./logs-command')).logsCommand,
}

/** Runs one command line; never throws, returns the exit code. */
export function runCli(argv: string[], io: CliIo): Promise<number> {
  return runCliWith(COMMANDS, argv, io)
}
