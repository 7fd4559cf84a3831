/** Human-readable fix plans and results. */
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { translate as t } from '../../shared/i18n/translate'
import { textTable } from './text-table'

function show(v: FixPlan['changes'][number]['before']): string {
  if (v === null) return t('evidence.notSet')
  if (typeof v === 'number') return v > 9 ? `0x${v.toString(16)} (${v})` : String(v)
  return Array.isArray(v) ? v.join(', ') : `${v} (wrong type)`
}

/** The plan as a table: key, value, now, after. */
export function renderPlan(plan: FixPlan): string {
  if (!plan.changes.length) return `${t('fixes.nothingToDo')}\n`
  const rows = [[t('fixes.key'), t('fixes.value'), t('fixes.now'), t('fixes.after')]]
  for (const c of plan.changes) rows.push([c.key, c.value, show(c.before), show(c.after)])
  const lines = textTable(rows)
  if (plan.createKeys.length)
    lines.push('', `${t('fixes.createsKeys')}:`, ...plan.createKeys.map((k) => `  ${k}`))
  return `${lines.join('\n')}\n`
}

/** The outcome of an apply, per value, with the backup and the restore result. */
export function renderApplyResult(r: ApplyResult): string {
  const lines = [t(`fixes.status.${r.status}`)]
  if (r.backupFile) lines.push(`${t('fixes.backup')}: ${r.backupFile}`)
  for (const x of r.results)
    lines.push(`  [${x.ok ? 'OK' : 'FAILED'}] ${x.key}\\${x.value} = ${show(x.read)}`)
  if (r.error) lines.push(`${t('fixes.error')}: ${r.error}`)
  if (r.restoreError) lines.push(`${t('fixes.restoreError')}: ${r.restoreError}`)
  return `${lines.join('\n')}\n`
}
