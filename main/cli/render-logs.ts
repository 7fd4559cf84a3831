/** The protocol-log scan for a terminal: the summary sentences first, then the counts behind them. */
import { translate as t } from '../../shared/i18n/translate'
import type { ConnectorLogs, LogsResult, SchannelEvent } from '../../shared/logs'
import { terminalSafeData } from '../../shared/terminal-safe'
import { megabytes } from '../files/bounded-read'
import { counted, shortTime } from '../logs/log-summary'
import { textTable } from './text-table'

const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`)

function headLines(r: LogsResult): string[] {
  const x = r.totals
  const lines = [
    t('logs.cli.read', {
      ...{ files: counted('file', x.files), size: megabytes(x.bytes), rows: x.rows },
      ...{ sessions: counted('session', x.sessions), folders: counted('folder', r.folders.length) },
    }),
  ]
  if (r.since && x.sessionsBeforeSince)
    lines.push(
      t('logs.cli.beforeSince', {
        count: x.sessionsBeforeSince,
        since: shortTime(r.since, r.generatedAt),
      }),
    )
  if (r.pivot && r.pivotSource)
    lines.push(
      t('logs.cli.pivot', {
        time: shortTime(r.pivot, r.generatedAt),
        source: t(`logs.cli.pivot.${r.pivotSource}`),
      }),
    )
  return lines
}

function connectorTable(cs: readonly ConnectorLogs[]): string[] {
  const n = (c: ConnectorLogs, o: string) => String(c.all.outcomes[o] ?? 0)
  const rows = [
    [
      'connector',
      'direction',
      'sessions',
      'office365',
      'tls',
      'failed',
      'starttls',
      'noTls',
      'connection',
      'versions',
    ].map((k) => t(`logs.cli.col.${k}`)),
    ...cs.map((c) => [
      c.connector || '-',
      t(`logs.direction.${c.direction}`),
      String(c.all.sessions),
      String(c.office365.sessions),
      n(c, 'tls'),
      n(c, 'tls-failed'),
      n(c, 'starttls-required'),
      n(c, 'no-tls'),
      n(c, 'connection-failed'),
      Object.entries(c.all.tlsVersions)
        .map(([v, k]) => `${v}: ${k}`)
        .join(', ') || '-',
    ]),
  ]
  return textTable(rows).map((l) => `  ${l}`)
}

function eventLine(e: SchannelEvent, now: string): string {
  const what =
    e.alert === null
      ? e.detail
        ? ` ${e.detail}`
        : ''
      : ` ${t('logs.alert')} ${e.alert} ${e.alertName ?? ''}`
  return `  ${t('logs.cli.event', {
    event: `${e.eventId}${what}`.trimEnd(),
    count: e.count,
    first: shortTime(e.first, now),
    last: shortTime(e.last, now),
  })}`
}

/** The scan in a few lines, under a diagnosis (its findings are among the diagnosis's problems). */
export function renderLogsBrief(result: LogsResult): string {
  const r = terminalSafeData(result)
  const summary = r.summary.length ? r.summary : [t('logs.cli.noOffice365')]
  return `${[...headLines(r), ...summary.map((s) => `  ${s}`)].join('\n')}\n`
}

/**
 * Renders a logs result (plain text, severities spelled out). Connector ids, peer names, paths and
 * event text come from files and remote servers: made terminal-safe first.
 */
export function renderLogs(result: LogsResult): string {
  const r = terminalSafeData(result)
  const now = r.generatedAt
  const lines = [...headLines(r), '', t('logs.cli.summary')]
  lines.push(
    ...(r.summary.length ? r.summary.map((s) => `  ${s}`) : [`  ${t('logs.cli.noOffice365')}`]),
  )
  if (r.connectors.length) lines.push('', t('logs.cli.connectors'), ...connectorTable(r.connectors))
  const legacy = r.connectors.flatMap((c) => c.legacyPeers.map((p) => ({ c, p })))
  if (legacy.length) {
    lines.push('', t('logs.cli.legacy'))
    for (const { c, p } of legacy.slice(0, 30))
      lines.push(
        `  ${t('logs.cli.legacyPeer', {
          ...{
            peer: p.peer,
            version: p.version,
            sessions: counted('session', p.sessions),
            time: shortTime(p.lastSeen, now),
          },
          ...{ connector: c.connector || '-', direction: t(`logs.direction.${c.direction}`) },
        })}`,
      )
  }
  const ev = r.schannelEvents
  if (ev) {
    lines.push('')
    if (ev.error) lines.push(t('logs.cli.eventsError', { location: ev.location, error: ev.error }))
    else {
      lines.push(t('logs.cli.events', { location: ev.location }))
      lines.push(
        ...(ev.events.length
          ? ev.events.map((e) => eventLine(e, now))
          : [`  ${t('logs.cli.noEvents')}`]),
      )
    }
  }
  if (r.fileProblems.length) {
    lines.push('', t('logs.cli.fileProblems'))
    for (const p of r.fileProblems) {
      const what = [
        p.error,
        p.truncatedRows ? t('logs.cli.fileProblem.truncated', { count: p.truncatedRows }) : null,
        p.badRows ? t('logs.cli.fileProblem.bad', { count: p.badRows }) : null,
      ].filter(Boolean)
      lines.push(`  ${p.path}: ${what.join('; ')}`)
    }
  }
  if (r.findings.length) {
    lines.push('', t('logs.cli.findings'))
    r.findings.forEach((f, i) => {
      lines.push(
        `${i + 1}. [${t(`severity.${f.severity}`)}] ${t(`${f.messageKey}.title`, f.params)}`,
      )
      lines.push(`   ${indent(t(`${f.messageKey}.advice`, f.params), '   ')}`)
    })
  }
  return `${lines.join('\n')}\n`
}
