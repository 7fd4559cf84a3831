/** `tlswizard restart --in MINUTES | --now | --cancel [--dry-run]` (Windows). */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openRegistrySource } from '../system/registry-source'
import { registerRelaunch, relaunchCommandLine, unregisterRelaunch } from '../system/relaunch'
import {
  cancelRestartCommand,
  commandText,
  restartCommand,
  restartNowCommand,
  runCommand,
  type Command,
} from '../system/restart'
import { EXIT, UsageError, type CliIo } from './exit-codes'

/** The command the options ask for. */
export function restartCommandFor(o: { in?: string; now?: boolean; cancel?: boolean }): Command {
  const chosen = [o.in !== undefined, !!o.now, !!o.cancel].filter(Boolean).length
  if (chosen !== 1) throw new UsageError('choose exactly one of --in MINUTES, --now or --cancel')
  if (o.cancel) return cancelRestartCommand()
  if (o.now) return restartNowCommand()
  if (!/^\d+$/.test(o.in as string))
    throw new UsageError(`--in takes a whole number of minutes, got "${o.in}"`)
  return restartCommand(Number(o.in))
}

/** Schedules, starts or cancels the restart, with the verify relaunch registered (or removed). */
export async function restartCli(
  args: string[],
  io: CliIo,
  platform: NodeJS.Platform = process.platform,
): Promise<number> {
  const { values: o } = parseArgs({
    args,
    options: {
      in: { type: 'string' },
      now: { type: 'boolean' },
      cancel: { type: 'boolean' },
      'dry-run': { type: 'boolean', default: false },
    },
  })
  const cmd = restartCommandFor(o)
  const shown = commandText(cmd)
  if (o['dry-run']) {
    io.out(`${shown}\n`)
    return EXIT.ok
  }
  if (platform !== 'win32')
    throw new UsageError(
      `restarting is for the Windows server itself; this is ${platform} (use --dry-run to see the command)`,
    )
  const { store } = await openRegistrySource({})
  if (o.cancel) await unregisterRelaunch(store)
  else
    await registerRelaunch(
      store,
      relaunchCommandLine(process.execPath, path.resolve(process.argv[1] ?? '')),
    )
  const { code, output } = await runCommand(cmd)
  await io.audit?.record({
    action: 'restart',
    kind: o.cancel ? 'cancel' : o.now ? 'now' : 'scheduled',
    minutes: o.in === undefined ? null : Number(o.in),
    command: shown,
    exitCode: code,
  })
  io.out(`${shown}\n${output ? `${output}\n` : ''}`)
  return code === 0 ? EXIT.ok : EXIT.failure
}
