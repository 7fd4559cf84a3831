/** Human-readable fix plans and results. */
import { applyStatusKey, fileNameOf, type ApplyResult, type FixPlan } from '../../shared/fixes'
import { showValue } from '../../shared/format'
import { translate as t } from '../../shared/i18n/translate'
import { textTable } from './text-table'

function show(v: FixPlan['changes'][number]['before']): string {
  // A string where a DWORD belongs is the wrong type: say so, or "1" reads like the DWORD 1.
  const text = showValue(v, { notSet: t('evidence.notSet'), emptyList: '(empty list)' })
  return typeof v === 'string' ? `${text} (wrong type)` : text
}

/** The plan as a table: key, value, now, after. */
export function renderPlan(plan: FixPlan): string {
  const leftOut = plan.leftOut?.length ? `${t('fixes.leftOut.dotnet')}\n` : ''
  if (!plan.changes.length)
    return `${t(leftOut ? 'fixes.nothingElse' : 'fixes.nothingToDo')}\n${leftOut}`
  const rows = [[t('fixes.key'), t('fixes.value'), t('fixes.now'), t('fixes.after')]]
  for (const c of plan.changes) rows.push([c.key, c.value, show(c.before), show(c.after)])
  const lines = textTable(rows)
  if (plan.createKeys.length)
    lines.push('', `${t('fixes.createsKeys')}:`, ...plan.createKeys.map((k) => `  ${k}`))
  return `${lines.join('\n')}\n${leftOut}`
}

/** The outcome of an apply, per value, with the backup and the restore result. */
export function renderApplyResult(r: ApplyResult): string {
  const lines = [t(applyStatusKey(r))]
  if (r.prepared) lines.push(t('fixes.prepared.steps', { fix: fileNameOf(r.prepared.fix) }))
  if (r.backupFile) lines.push(`${t('fixes.backup')}: ${r.backupFile}`)
  for (const x of r.results)
    lines.push(`  [${x.ok ? 'OK' : 'FAILED'}] ${x.key}\\${x.value} = ${show(x.read)}`)
  if (r.error) lines.push(`${t('fixes.error')}: ${r.error}`)
  if (r.restoreError) lines.push(`${t('fixes.restoreError')}: ${r.restoreError}`)
  return `${lines.join('\n')}\n`
}
