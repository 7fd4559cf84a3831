/** `tlswizard verify [--before BEFORE.json] [--registry FILE.reg | --demo NAME] [--json]`: before and after. */
import { parseArgs } from 'node:util'
import { translate as t } from '../../shared/i18n/translate'
import { compareDiagnoses, type Comparison } from '../../shared/compare'
import { openRegistrySource } from '../system/registry-source'
import { readDiagnosisFile } from '../system/before-diagnosis'
import { runDiagnosis } from '../system/run-diagnosis'
import { defaultStateDir, readWizardState } from '../system/wizard-state'
import { EXIT, UsageError, type CliIo } from './exit-codes'

function render(c: Comparison): string {
  const onOff = (b: boolean) => (b ? t('cli.on') : t('cli.off'))
  const lines = [`${t(`verdict.${c.verdict.before}`)}  ->  ${t(`verdict.${c.verdict.after}`)}`, '']
  for (const s of c.schannel)
    if (s.before !== s.after)
      lines.push(`${s.version} ${s.side}: ${onOff(s.before)} -> ${onOff(s.after)}`)
  for (const f of c.fixed) lines.push(`[FIXED] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.remaining) lines.push(`[STILL THERE] ${t(`${f.messageKey}.title`, f.params)}`)
  for (const f of c.added) lines.push(`[NEW] ${t(`${f.messageKey}.title`, f.params)}`)
  return `${lines.join('\n')}\n`
}

/** Runs the checks again and shows what changed since the diagnosis made before the fix. */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values: o } = parseArgs({
    args,
    options: {
      before: { type: 'string' },
      registry: { type: 'string' },
      demo: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  const stateDir = defaultStateDir()
  const beforeFile =
    o.before ?? (stateDir ? (await readWizardState(stateDir)).beforeDiagnosisFile : undefined)
  if (!beforeFile)
    throw new UsageError(
      'no earlier diagnosis recorded: pass --before FILE.json (saved with tlswizard diagnose --out)',
    )
  const before = await readDiagnosisFile(beforeFile)
  const after = await runDiagnosis(
    await openRegistrySource({ registry: o.registry, demo: o.demo }),
    new Date(),
    stateDir,
  )
  const comparison = compareDiagnoses(before, after)
  io.out(
    o.json ? `${JSON.stringify({ before, after, comparison }, null, 2)}\n` : render(comparison),
  )
  return after.verdict === 'healthy' ? EXIT.ok : EXIT.actionNeeded
}
