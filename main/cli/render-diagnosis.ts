/** The human-readable diagnosis: verdict first, then the problems (one per cause), then the Schannel table. */
import type { Diagnosis, Evidence, Problem } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'
import { problemCountText } from '../../shared/check-groups'
import { evidenceText, exchangeLabel, schannelRows } from '../../shared/format'
import { terminalSafeData } from '../../shared/terminal-safe'
import { textTable } from './text-table'

function words(e: Evidence) {
  return evidenceText(e, t, { notSet: t('evidence.notSet'), emptyList: t('reportDoc.emptyList') })
}

function machineLines(d: Diagnosis): string[] {
  const m = d.machine
  const name = [m.computerName, m.fqdn && m.fqdn !== m.computerName ? `(${m.fqdn})` : null]
    .filter(Boolean)
    .join(' ')
  const build =
    m.os.build === null ? '' : ` build ${m.os.build}${m.os.ubr === null ? '' : `.${m.os.ubr}`}`
  const os = `${m.os.productName ?? m.os.family}${build}`
  const roles = d.coverage.exchangeRoles.length ? ` (${d.coverage.exchangeRoles.join(', ')})` : ''
  const x = m.exchange
    ? `${exchangeLabel(m.exchange)}${roles}`
    : d.coverage.mailPath === 'unknown'
      ? t('cli.unknown')
      : t(d.coverage.mailPath === 'smtp-relay' ? 'cli.exchangeNoneRelay' : 'cli.exchangeNone')
  return [
    `${t('cli.machine')}: ${name ? `${name}, ` : ''}${os}`,
    `${t('cli.exchange')}: ${x}`,
    `${t('cli.source')}: ${d.source.location} (${d.source.adapter})`,
  ]
}

function schannelTable(d: Diagnosis): string[] {
  const rows = [[t('cli.schannel'), t('cli.client'), t('cli.server'), t('cli.state')]]
  for (const r of schannelRows(d, t)) rows.push([r.version, r.client, r.server, r.state])
  return textTable(rows)
}

function countLine(problems: readonly Problem[]): string {
  return problemCountText(problems, t)
}

// Multi-line advice (the collect commands) stays under its heading.
const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`)

function problemLines(d: Diagnosis, p: Problem, n: number): string[] {
  const own = d.findings.filter((f) => p.findings.includes(f.id))
  const [lead, ...rest] = own
  const lines = [
    '',
    `${n}. [${t(`severity.${p.severity}`)}] ${t(`${p.messageKey}.title`, p.params)}`,
  ]
  if (lead) lines.push(`   ${indent(t(`${lead.messageKey}.advice`, lead.params), '     ')}`)
  for (const f of rest)
    lines.push(`   ${t('cli.also')}: ${t(`${f.messageKey}.title`, f.params)}  (${f.id})`)
  let key = ''
  for (const e of p.evidence) {
    const w = words(e)
    // Evidence comes grouped by key: print each key once, its values under it.
    if (w.key !== key) lines.push(`   ${(key = w.key)}`)
    lines.push(`       ${w.value} = ${w.actual}  (${t('evidence.expected')} ${w.expected})`)
  }
  if (p.fixes.length)
    lines.push(`   ${t('evidence.fixes')}: ${p.fixes.map((x) => t(`fix.${x}`)).join('; ')}`)
  lines.push(`   ${t('cli.findings')}: ${p.findings.join(', ')}`)
  return lines
}

// The collect commands (coverage.ts) are ours, one a line; every other string is one line.
export const COMMAND_LINES = new Set(['commands'])

/**
 * Renders a diagnosis for a terminal (plain text, severity always spelled out). Names and values
 * from the registry are made terminal-safe first: an escape sequence in a ComputerName cannot
 * rewrite the verdict above it.
 */
export function renderDiagnosis(diagnosis: Diagnosis): string {
  const d = terminalSafeData(diagnosis, COMMAND_LINES)
  const lines = [...machineLines(d), '', t(`verdict.${d.verdict}`), countLine(d.problems)]
  d.problems.forEach((p, i) => lines.push(...problemLines(d, p, i + 1)))
  lines.push('', ...schannelTable(d))
  return `${lines.join('\n')}\n`
}
