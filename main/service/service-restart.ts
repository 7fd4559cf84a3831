/**
 * A restart, now, in N minutes, or cancelled: the command is built from the request's validated
 * fields only, run on the live Windows server alone (a file registry only shows it), registered to
 * reopen the wizard afterwards, and written to the audit trail.
 */
import type { Req, Res } from '../../shared/channels'
import { currentLanguage, translate as t } from '../../shared/i18n/translate'
import { registerRelaunch, unregisterRelaunch } from '../system/relaunch'
import {
  cancelRestartCommand,
  commandText,
  restartCommand,
  restartNowCommand,
  runCommand,
} from '../system/restart'
import type { ServiceOptions } from './wizard-service'

/** Schedules, runs or cancels the restart `req` asks for, at `now`. */
export async function scheduleRestart(
  o: Pick<ServiceOptions, 'source' | 'platform' | 'relaunchCommandLine' | 'audit'>,
  req: Req<'restart:schedule'>,
  now: Date,
): Promise<Res<'restart:schedule'>> {
  const cmd =
    req.action === 'cancel'
      ? cancelRestartCommand()
      : req.action === 'now'
        ? restartNowCommand()
        : restartCommand(req.minutes)
  const command = commandText(cmd)
  const at =
    req.action === 'cancel'
      ? null
      : new Date(now.getTime() + (req.action === 'in' ? req.minutes : 0) * 60_000)
  if (o.source.kind !== 'live' || o.platform !== 'win32') {
    return { command, done: false, at: null, relaunch: false, message: t('restart.fileMode') }
  }
  if (req.action === 'cancel') await unregisterRelaunch(o.source.store)
  else if (o.relaunchCommandLine) await registerRelaunch(o.source.store, o.relaunchCommandLine)
  const r = await runCommand(cmd)
  await o.audit?.record({
    action: 'restart',
    kind: req.action === 'in' ? 'scheduled' : req.action,
    minutes: req.action === 'in' ? req.minutes : null,
    command,
    exitCode: r.code,
  })
  // A restart that did not happen leaves no relaunch behind (it would open the wizard at a later,
  // unrelated logon, in verify mode).
  // (A failure to remove it never takes the place of shutdown.exe's answer or its audit line.)
  if (r.code !== 0 && req.action !== 'cancel' && o.relaunchCommandLine)
    await unregisterRelaunch(o.source.store).catch(() => undefined)
  if (r.code !== 0)
    return {
      command,
      done: false,
      at: null,
      relaunch: false,
      message: t('restart.failed', { output: r.output }),
    }
  if (!at)
    return { command, done: true, at: null, relaunch: false, message: t('restart.cancelled') }
  return {
    command,
    done: true,
    at: at.toISOString(),
    // Registered above for this restart (the desktop app's; the web host has no relaunch).
    relaunch: !!o.relaunchCommandLine,
    message: t('restart.scheduled', { time: at.toLocaleString(currentLanguage()) }),
  }
}
