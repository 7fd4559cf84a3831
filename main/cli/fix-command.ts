/** `tlswizard fix [--registry FILE.reg|DIR ... | --demo NAME] [--out PATCHED.reg] [--dry-run | --apply] [--dotnet] [--json] [--backup-dir DIR]` */
import { hostname } from 'node:os'
import { parseArgs } from 'node:util'
import { translate as t } from '../../shared/i18n/translate'
import { FixRefusedError } from '../fixes/allow-list'
import { applyLive, applyOffline, planFromDiagnosis } from '../fixes/fix-flow'
import { RegFileStore } from '../registry/reg-file-store'
import { runDiagnosis } from '../system/run-diagnosis'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { liveContext } from './live-context'
import { openGivenRegistry } from './registry-input'
import { renderApplyResult, renderPlan } from './render-fix'

/** Plans (default, or --dry-run) or applies (--apply) the registry fixes the diagnosis calls for. */
export async function fixCommand(args: string[], io: CliIo): Promise<number> {
  const { values: o } = parseArgs({
    args,
    options: {
      registry: { type: 'string', multiple: true },
      demo: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      apply: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'backup-dir': { type: 'string' },
      dotnet: { type: 'boolean', default: false },
    },
  })
  if (o.apply && o['dry-run']) throw new UsageError(t('error.fix.dryRunOrApply'))
  const source = await openGivenRegistry(o, undefined, true)
  // Said once when the Windows Script Host is unavailable and native-reg is used instead.
  if (source.notice) io.err(`${source.notice}\n`)
  const offline = source.store instanceof RegFileStore
  if (o.apply && offline && !o.out) throw new UsageError(t('error.fix.applyNeedsOut'))
  const now = new Date()
  const diagnosis = await runDiagnosis(source, now)
  const plan = await planFromDiagnosis(source, diagnosis, { dotnetWithoutExchange: o.dotnet })
  if (plan.refused) throw new FixRefusedError(plan.refused)
  if (!o.apply) {
    io.out(
      o.json
        ? `${JSON.stringify({ plan }, null, 2)}\n`
        : `${renderPlan(plan)}${plan.changes.length ? `\n${t('fixes.dryRun')}\n` : ''}`,
    )
    return plan.changes.length ? EXIT.actionNeeded : EXIT.ok
  }
  // Offline, this machine's name is not the server's: the files are named for "server" instead.
  const host = diagnosis.machine.computerName ?? (offline ? 'server' : hostname())
  if (source.store instanceof RegFileStore) {
    const { result, files } = await applyOffline(source.store, plan, o.out as string, host, now)
    if (o.json) io.out(`${JSON.stringify({ plan, result, files }, null, 2)}\n`)
    else {
      io.out(renderPlan(plan) + '\n' + renderApplyResult(result))
      if (result.status === 'prepared')
        io.out(
          `${t('fixes.offlineWritten')}\n  ${files.patched}\n  ${files.fix}\n  ${files.backup}\n`,
        )
    }
    return result.status === 'prepared' || result.status === 'nothing-to-do'
      ? EXIT.ok
      : EXIT.failure
  }
  const ctx = await liveContext(o['backup-dir'])
  const result = await applyLive(source, plan, { ...ctx, now, before: diagnosis, audit: io.audit })
  io.out(
    o.json
      ? `${JSON.stringify({ plan, result }, null, 2)}\n`
      : `${renderPlan(plan)}\n${renderApplyResult(result)}`,
  )
  if (result.status === 'applied' && !o.json) io.out(`\n${t('fixes.restartHint')}\n`)
  return result.status === 'applied' || result.status === 'nothing-to-do' ? EXIT.ok : EXIT.failure
}
