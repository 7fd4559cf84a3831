/**
 * `tlswizard probe` as one CommonJS file (dist/cli/probe.cjs, scripts/build.mjs): Node loads it
 * faster than the ES module chunks of main.ts. The same runner and process entry, `probe` alone.
 */
import { commandOf } from './lang-option'
import { probeCommand } from './probe-command'
import { runCliWith, type CommandTable } from './run-cli'
import { startCli } from './start-cli'

const PROBE_ONLY: CommandTable = { probe: async () => probeCommand }

/** Runs `argv` when its command is `probe` and says so; false (nothing done) for any other. */
export function runProbeCli(argv: string[]): boolean {
  if (commandOf(argv) !== 'probe') return false
  startCli((rest, io) => runCliWith(PROBE_ONLY, rest, io), argv)
  return true
}
