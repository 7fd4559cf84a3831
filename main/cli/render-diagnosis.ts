/** The human-readable diagnosis: verdict first, then the Schannel table, then findings worst first. */
import type { Diagnosis, Evidence } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'
import { showValue } from '../../shared/format'
import { TLS_VERSIONS } from '../../shared/tls'
import { textTable } from './text-table'

function show(v: Evidence['actual']): string {
  return showValue(v, { notSet: t('evidence.notSet'), emptyList: '(empty list)' })
}

function machineLines(d: Diagnosis): string[] {
  const m = d.machine
  const name = [m.computerName, m.fqdn && m.fqdn !== m.computerName ? `(${m.fqdn})` : null]
    .filter(Boolean)
    .join(' ')
  const build =
    m.os.build === null ? '' : ` build ${m.os.build}${m.os.ubr === null ? '' : `.${m.os.ubr}`}`
  const os = `${m.os.productName ?? m.os.family}${build}`
  const x = m.exchange
    ? `${m.exchange.product} ${m.exchange.version}${m.exchange.edgeRole ? ' (Edge Transport)' : ''}`
    : t('cli.exchangeNone')
  return [
    `${t('cli.machine')}: ${name ? `${name}, ` : ''}${os}`,
    `${t('cli.exchange')}: ${x}`,
    `${t('cli.source')}: ${d.source.location} (${d.source.adapter})`,
  ]
}

function schannelTable(d: Diagnosis): string[] {
  const rows = [[t('cli.schannel'), t('cli.client'), t('cli.server'), t('cli.state')]]
  for (const v of TLS_VERSIONS) {
    const s = d.schannel[v]
    const onOff = (b: boolean) => (b ? t('cli.on') : t('cli.off'))
    rows.push([
      v,
      onOff(s.client.enabled),
      onOff(s.server.enabled),
      s.supportedByOs ? s.state : t('cli.notSupported'),
    ])
  }
  return textTable(rows)
}

/** Renders a diagnosis for a terminal (plain text, severity always spelled out). */
export function renderDiagnosis(d: Diagnosis): string {
  const lines = [...machineLines(d), '', t(`verdict.${d.verdict}`), '', ...schannelTable(d), '']
  if (!d.findings.length) lines.push(t('cli.noFindings'))
  else lines.push(`${t('cli.findings')}:`)
  for (const f of d.findings) {
    lines.push(
      '',
      `[${t(`severity.${f.severity}`)}] ${t(`${f.messageKey}.title`, f.params)}  (${f.id})`,
    )
    lines.push(`    ${t(`${f.messageKey}.advice`, f.params)}`)
    let key = ''
    for (const e of f.evidence) {
      // Evidence comes grouped by key: print each key once, its values under it.
      if (e.key !== key) lines.push(`    ${(key = e.key)}`)
      lines.push(
        `        ${e.value} = ${show(e.actual)}  (${t('evidence.expected')} ${e.expected})`,
      )
    }
    if (f.fixes.length)
      lines.push(`    ${t('evidence.fixes')}: ${f.fixes.map((x) => t(`fix.${x}`)).join('; ')}`)
  }
  return `${lines.join('\n')}\n`
}
