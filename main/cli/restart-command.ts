/** `tlswizard restart --in MINUTES | --now | --cancel [--dry-run]` (Windows). */
import { translate as t } from '../../shared/i18n/translate'
import path from 'node:path'
import { isSea } from 'node:sea'
import { parseArgs } from 'node:util'
import type { RegistryStore } from '../registry/registry-store'
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
  if (chosen !== 1) throw new UsageError(t('error.restart.chooseOne'))
  if (o.cancel) return cancelRestartCommand()
  if (o.now) return restartNowCommand()
  if (!/^\d+$/.test(o.in as string))
    throw new UsageError(t('error.restart.badMinutes', { value: String(o.in) }))
  return restartCommand(Number(o.in))
}

/**
 * The RunOnce command line that reopens this CLI in verify mode: node.exe and the tlswizard script
 * (an absolute path), or the standalone tlswizard.exe alone (a single executable application has no script: its
 * process.argv[1] repeats the exe).
 */
export function cliRelaunchCommandLine(
  execPath: string,
  script: string | undefined,
  standalone: boolean,
): string {
  if (!standalone) return relaunchCommandLine(execPath, script ?? '')
  // relaunchCommandLine checks and quotes the path; the exe takes the command, not the app's flag.
  return `${relaunchCommandLine(execPath).slice(0, -' --verify'.length)} verify`
}

/** What a restart needs from the machine; tests pass stand-ins, so nothing is ever restarted. */
export interface RestartHost {
  platform: NodeJS.Platform
  openStore(): Promise<RegistryStore>
  run(cmd: Command): Promise<{ code: number; output: string }>
  /** The RunOnce command line (cliRelaunchCommandLine for this process). */
  relaunch(): string
}

/** This process on this machine: the live registry and shutdown.exe. */
export function processRestartHost(): RestartHost {
  return {
    platform: process.platform,
    openStore: async () => (await openRegistrySource({})).store,
    run: (cmd) => runCommand(cmd),
    relaunch: () =>
      cliRelaunchCommandLine(process.execPath, path.resolve(process.argv[1] ?? ''), isSea()),
  }
}

/** Schedules, starts or cancels the restart, with the verify relaunch registered (or removed). */
export async function restartCli(
  args: string[],
  io: CliIo,
  host: RestartHost = processRestartHost(),
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
  if (host.platform !== 'win32')
    throw new UsageError(t('error.restart.notWindows', { platform: host.platform }))
  const store = await host.openStore()
  if (o.cancel) await unregisterRelaunch(store)
  else await registerRelaunch(store, host.relaunch())
  const { code, output } = await host.run(cmd)
  // A restart that did not happen leaves no relaunch behind (a failure to remove it is said, and
  // never takes the place of shutdown.exe's own answer or its audit line).
  const left =
    code !== 0 && !o.cancel
      ? await unregisterRelaunch(store).then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e.message : String(e)),
        )
      : undefined
  await io.audit?.record({
    action: 'restart',
    kind: o.cancel ? 'cancel' : o.now ? 'now' : 'scheduled',
    minutes: o.in === undefined ? null : Number(o.in),
    command: shown,
    exitCode: code,
  })
  io.out(`${shown}\n${output ? `${output}\n` : ''}`)
  if (left) io.err(`${left}\n`)
  return code === 0 ? EXIT.ok : EXIT.failure
}
