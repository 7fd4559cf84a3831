/** The logs result to findings: pure, like every check. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { ConnectorLogs, LogsResult } from '../../shared/logs'
import { translate as t } from '../../shared/i18n/translate'
import { evidenceRow, finding, said, sortFindings } from '../checks/finding'
import { counted, o365Sentence, shortTime } from './log-summary'
import { failingNow } from './tally'

type Scan = Omit<LogsResult, 'findings'>

const label = (c: ConnectorLogs) => `${c.connector || '-'} (${t(`logs.direction.${c.direction}`)})`
const toFrom = (c: ConnectorLogs) =>
  t(c.direction === 'send' ? 'logs.summary.to' : 'logs.summary.from')

function o365Findings(c: ConnectorLogs, r: Scan): Finding[] {
  const x = c.office365
  const sentence = o365Sentence(c, r)
  if (!sentence) return []
  const params = { connector: c.connector || '-', sentence, toFrom: toFrom(c) }
  if (!failingNow(x)) return [finding('logs-o365-tls-working', 'info', [], [], params, c.direction)]
  const last = x.lastFailure
  const ev: Evidence[] = [
    evidenceRow({
      key: label(c),
      value: said('evidence.item.lastO365Failure'),
      actual: last ? `${last.time} ${last.outcome} ${last.error ?? ''} ${last.peer}`.trim() : null,
      expected: said('evidence.want.sessionAfter'),
    }),
  ]
  if (x.lastSuccess)
    ev.push(
      evidenceRow({
        key: label(c),
        value: said('evidence.item.lastO365Success'),
        actual: `${x.lastSuccess.time} ${x.lastSuccess.version ?? ''} ${x.lastSuccess.peer}`,
        expected: said('evidence.want.afterLastFailure'),
      }),
    )
  const fixes =
    c.direction === 'send'
      ? (['schannel-tls12-enable', 'dotnet-v4-strong-crypto', 'restart-server'] as const)
      : (['schannel-tls12-enable', 'restart-server'] as const)
  return [finding('logs-o365-tls-failing', 'error', ev, [...fixes], params, c.direction)]
}

function starttlsFindings(c: ConnectorLogs, r: Scan): Finding[] {
  const count = c.all.outcomes['starttls-required'] ?? 0
  if (!count) return []
  const o365 = c.office365.outcomes['starttls-required'] ?? 0
  const severity = o365 && failingNow(c.office365) ? 'error' : 'warning'
  const last = c.all.lastFailure
  const params = {
    connector: c.connector || '-',
    count,
    sessions: counted('session', count),
    office365: o365,
    last: last ? shortTime(last.time, r.generatedAt) : '-',
  }
  const ev: Evidence[] = [
    evidenceRow({
      key: label(c),
      value: said('evidence.item.starttlsRefused'),
      actual: count,
      expected: '0',
    }),
  ]
  return [finding('logs-starttls-required', severity, ev, [], params, c.direction)]
}

function legacyFindings(c: ConnectorLogs): Finding[] {
  if (!c.legacyPeers.length) return []
  const named = c.legacyPeers
    .slice(0, 5)
    .map((p) => `${p.peer} (${p.version}, ${p.sessions})`)
    .join(', ')
  const total = c.legacyPeers.length + c.legacyPeersMore
  const more = total > 5 ? t('logs.andMore', { count: total - 5 }) : ''
  const ev = c.legacyPeers.slice(0, 20).map((p): Evidence => ({
    key: label(c),
    value: p.peer,
    actual: p.version,
    expected: 'TLS 1.2',
  }))
  const params = {
    connector: c.connector || '-',
    count: total,
    peerCount: counted('server', total),
    peers: `${named}${more}`,
    toFrom: toFrom(c),
  }
  return [finding('logs-legacy-tls-peers', 'warning', ev, [], params, c.direction)]
}

function eventFindings(r: Scan): Finding[] {
  const events = r.schannelEvents?.events ?? []
  if (!events.length) return []
  const kinds = events
    .slice(0, 6)
    .map((e) => {
      const what =
        e.alert === null ? (e.detail ?? '') : `${t('logs.alert')} ${e.alert} ${e.alertName ?? ''}`
      return `${e.eventId} ${what}`.trim() + ` (${e.count})`
    })
    .join('; ')
  const count = events.reduce((n, e) => n + e.count, 0)
  const variant = events.some((e) => e.alert === 70) ? 'protocol-version' : undefined
  const ev = events.slice(0, 10).map((e): Evidence =>
    evidenceRow({
      key: `Schannel ${e.eventId}`,
      value:
        e.alert === null
          ? (e.detail ?? said('evidence.item.event'))
          : said('evidence.item.alert', { alert: `${e.alert} ${e.alertName ?? ''}`.trim() }),
      actual: e.count,
      expected: '0',
    }),
  )
  return [finding('schannel-tls-events', 'warning', ev, [], { count, kinds }, variant)]
}

/** Findings for the scan; `server` names the server in the commands that turn logging on. */
export function logFindings(r: Scan, server: string | null): Finding[] {
  const out: Finding[] = []
  const broken = r.fileProblems.filter((p) => p.error)
  // Files that are there but could not be read say nothing of protocol logging: not "not found".
  // Counted whole (the problems list stops at 200 files).
  const unreadable = r.totals.unreadable ?? broken.length
  const unreadableAll = unreadable > 0 && unreadable >= r.totals.files
  if ((r.totals.files === 0 || r.totals.rows === 0) && !unreadableAll) {
    const folders = r.folders.map((f) => f.path).join(', ') || t('logs.noFolder')
    const ev = r.folders.map((f): Evidence =>
      evidenceRow({
        key: f.path,
        value: said('evidence.item.logFiles'),
        actual: f.files,
        expected: said('evidence.want.atLeastOne'),
      }),
    )
    out.push(
      finding('logs-not-found', 'warning', ev, [], { folders, server: server ?? '<SERVER>' }),
    )
  }
  if (broken.length) {
    const first = broken[0] as (typeof broken)[number]
    const ev = broken.slice(0, 10).map((p): Evidence =>
      evidenceRow({
        key: p.path,
        value: said('evidence.item.read'),
        actual: p.error,
        expected: said('evidence.want.protocolLog'),
      }),
    )
    const params = {
      ...{ count: unreadable, files: counted('file', unreadable) },
      ...{ file: first.path, reason: first.error ?? '' },
    }
    // None read: no "the other files were counted", and what to do about it.
    out.push(
      finding(
        'logs-files-unreadable',
        'warning',
        ev,
        [],
        params,
        unreadableAll ? 'all' : undefined,
      ),
    )
  }
  for (const c of r.connectors)
    out.push(...o365Findings(c, r), ...starttlsFindings(c, r), ...legacyFindings(c))
  out.push(...eventFindings(r))
  return sortFindings(out)
}
