/** Human-readable fix plans and results. */
import { applyStatusKey, fileNameOf, type ApplyResult, type FixPlan } from '../../shared/fixes'
import { showValue } from '../../shared/format'
import { translate as t } from '../../shared/i18n/translate'
import { terminalSafeData } from '../../shared/terminal-safe'
import { textTable } from './text-table'

function show(v: FixPlan['changes'][number]['before']): string {
  // A string where a DWORD belongs is the wrong type: say so, or "1" reads like the DWORD 1.
  const text = showValue(v, { notSet: t('evidence.notSet'), emptyList: t('reportDoc.emptyList') })
  return typeof v === 'string' ? `${text} (wrong type)` : text
}

/** The manual steps that come before or after the registry changes, numbered, with their links. */
function manualLines(plan: FixPlan, when: 'before' | 'after'): string {
  const steps = (plan.manual ?? []).filter((m) => m.when === when)
  if (!steps.length) return ''
  const items = steps.map(
    (m, i) => `  ${i + 1}. ${t(`fix.${m.id}`)}${m.link ? `\n     ${m.link}` : ''}`,
  )
  return `${t(`fixes.manual.${when}`)}\n${items.join('\n')}\n`
}

/** The plan: manual steps first, the registry changes as a table (key, value, now, after), then what follows. */
export function renderPlan(given: FixPlan): string {
  // The values now are read from the registry: made terminal-safe.
  const plan = terminalSafeData(given)
  const leftOut = plan.leftOut?.length ? `${t('fixes.leftOut.dotnet')}\n` : ''
  const before = manualLines(plan, 'before')
  const after = manualLines(plan, 'after')
  if (!plan.changes.length)
    return `${before}${t(leftOut ? 'fixes.nothingElse' : 'fixes.nothingToDo')}\n${leftOut}${after}`
  const rows = [[t('fixes.key'), t('fixes.value'), t('fixes.now'), t('fixes.after')]]
  for (const c of plan.changes) rows.push([c.key, c.value, show(c.before), show(c.after)])
  const lines = textTable(rows)
  if (plan.createKeys.length)
    lines.push('', `${t('fixes.createsKeys')}:`, ...plan.createKeys.map((k) => `  ${k}`))
  return `${before ? `${before}\n` : ''}${lines.join('\n')}\n${leftOut}${after ? `\n${after}` : ''}`
}

/** The outcome of an apply, per value, with the backup and the restore result (terminal-safe). */
export function renderApplyResult(result: ApplyResult): string {
  const r = terminalSafeData(result)
  const lines = [t(applyStatusKey(r))]
  if (r.prepared) lines.push(t('fixes.prepared.steps', { fix: fileNameOf(r.prepared.fix) }))
  if (r.backupFile) lines.push(`${t('fixes.backup')}: ${r.backupFile}`)
  // Values written into a file were checked there, not on a server: never "[OK]" for them.
  const done = r.status === 'prepared' ? 'IN FILE' : 'OK'
  for (const x of r.results)
    lines.push(`  [${x.ok ? done : 'FAILED'}] ${x.key}\\${x.value} = ${show(x.read)}`)
  if (r.error) lines.push(`${t('fixes.error')}: ${r.error}`)
  if (r.restoreError) lines.push(`${t('fixes.restoreError')}: ${r.restoreError}`)
  return `${lines.join('\n')}\n`
}
