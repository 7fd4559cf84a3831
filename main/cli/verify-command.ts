/** `tlswizard verify [--before BEFORE.json] [--registry FILE.reg|DIR ... | --demo NAME] [--json]`: before and after. */
import { parseArgs } from 'node:util'
import { translate as t } from '../../shared/i18n/translate'
import type { Comparison } from '../../shared/compare'
import type { Diagnosis, EffectiveState } from '../../shared/diagnosis'
import { diagnosisKeyFilter } from './diagnosis-keys'
import { openGivenRegistry } from './registry-input'
import { compareWithBefore, readDiagnosisFile } from '../system/before-diagnosis'
import { runDiagnosis } from '../system/run-diagnosis'
import { defaultStateDir, readWizardState } from '../system/wizard-state'
import { terminalSafeData } from '../../shared/terminal-safe'
import { COMMAND_LINES } from './render-diagnosis'
import { EXIT, UsageError, type CliIo } from './exit-codes'

const EXIT_FOR = {
  healthy: EXIT.ok,
  'action-needed': EXIT.actionNeeded,
  inconclusive: EXIT.inconclusive,
} as const

const WORD: Record<EffectiveState, string> = {
  on: 'cli.on',
  off: 'cli.off',
  unknown: 'cli.unknown',
}

function render(c: Comparison, after: Diagnosis): string {
  const onOff = (s: EffectiveState) => t(WORD[s])
  const lines = [`${t(`verdict.${c.verdict.before}`)}  ->  ${t(`verdict.${c.verdict.after}`)}`]
  // One of the two did not name its machine: say so before anything is called fixed.
  if (!c.machineConfirmed) lines.push(t('verify.machineUnconfirmed'))
  lines.push('')
  for (const s of c.schannel)
    if (s.before !== s.after)
      lines.push(`${s.version} ${s.side}: ${onOff(s.before)} -> ${onOff(s.after)}`)
  for (const f of c.fixed) lines.push(`[FIXED] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.undecided) lines.push(`[NOT DECIDED] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.remaining) lines.push(`[STILL THERE] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.added) lines.push(`[NEW] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.foundNow) lines.push(`[FOUND NOW] ${t(`${f.messageKey}.title`, f.params)}`)
  // Inconclusive after the fix: the one next step is collecting what the registry did not show.
  if (after.coverage.collect.length)
    lines.push('', t('reportDoc.collect'), ...after.coverage.collect.map((cmd) => `  ${cmd}`))
  return `${lines.join('\n')}\n`
}

/**
 * Runs the checks again and shows what changed; exits as diagnose does (0, 1 or 4 for
 * inconclusive), or 2 when the earlier diagnosis names another machine.
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values: o } = parseArgs({
    args,
    options: {
      before: { type: 'string' },
      registry: { type: 'string', multiple: true },
      demo: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  const stateDir = defaultStateDir()
  const beforeFile =
    o.before ?? (stateDir ? (await readWizardState(stateDir)).beforeDiagnosisFile : undefined)
  if (!beforeFile) throw new UsageError(t('error.verify.noBefore'))
  const before = await readDiagnosisFile(beforeFile)
  const after = await runDiagnosis(
    await openGivenRegistry(o, diagnosisKeyFilter()),
    new Date(),
    stateDir,
  )
  const comparison = compareWithBefore(before, after)
  io.out(
    o.json
      ? `${JSON.stringify({ before, after, comparison }, null, 2)}\n`
      : // Names and values from the registry and the file made terminal-safe (render-diagnosis).
        render(terminalSafeData(comparison), terminalSafeData(after, COMMAND_LINES)),
  )
  return EXIT_FOR[after.verdict]
}
