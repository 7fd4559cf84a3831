/** The sentence a person reads first: what happened with Office 365, per connector and direction. */
import { translate as t } from '../../shared/i18n/translate'
import {
  failedSessions,
  LOG_TLS_VERSIONS,
  type ConnectorLogs,
  type Counts,
  type LogsResult,
  type Tally,
} from '../../shared/logs'
import { failingNow } from './tally'

/** `1 session`, `5 sessions` (and servers, log files): the counted word in the catalog's words. */
export function counted(word: 'session' | 'server' | 'file' | 'folder', count: number): string {
  return t(`logs.word.${word}${count === 1 ? '' : 's'}`, { count })
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/** `14 Jan 08:00 UTC` (the year too when it is not the one of `now`): log times are UTC. */
export function shortTime(iso: string, now: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  const year = d.getUTCFullYear() === new Date(now).getUTCFullYear() ? '' : ` ${d.getUTCFullYear()}`
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${year} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`
}

const failures = (c: Counts) => failedSessions(c.outcomes)

/** `all TLS 1.2`, or `23 TLS 1.2, 2 failed, 1 without TLS`. */
export function versionsPhrase(c: Counts): string {
  const ok = c.outcomes.tls ?? 0
  const used = LOG_TLS_VERSIONS.filter((v) => c.tlsVersions[v])
  if (ok === c.sessions && used.length === 1)
    return t('logs.versions.all', { version: used[0] as string })
  const failed = failures(c)
  const noTls = c.outcomes['no-tls'] ?? 0
  const other = c.sessions - ok - failed - noTls
  return [
    ...used.map((v) => `${c.tlsVersions[v]} ${v}`),
    ...(failed ? [t('logs.versions.failed', { count: failed })] : []),
    ...(noTls ? [t('logs.versions.noTls', { count: noTls })] : []),
    ...(other ? [t('logs.versions.other', { count: other })] : []),
  ].join(', ')
}

/** The failure most often seen: `TLS negotiation SocketError` or `451 5.7.3 (STARTTLS required)`. */
function mainReason(x: Tally): { reason: string; mixed: boolean } {
  const kinds: [string, number][] = [
    ...Object.entries(x.tlsErrors).map(([e, n]): [string, number] => [
      t('logs.reason.tls', { error: e }),
      n,
    ]),
  ]
  const starttls = x.outcomes['starttls-required'] ?? 0
  if (starttls)
    kinds.push([t('logs.reason.starttls', { code: x.lastFailure?.error ?? '451 5.7.3' }), starttls])
  kinds.sort((a, b) => b[1] - a[1])
  return { reason: kinds[0]?.[0] ?? t('logs.reason.unknown'), mixed: kinds.length > 1 }
}

/** The sentence for one connector's Office 365 sessions, or null when it had none. */
export function o365Sentence(
  c: ConnectorLogs,
  r: Pick<LogsResult, 'generatedAt' | 'pivot'>,
): string | null {
  const x = c.office365
  if (!x.sessions) return null
  const when = (iso: string) => shortTime(iso, r.generatedAt)
  const toFrom = t(c.direction === 'send' ? 'logs.summary.to' : 'logs.summary.from')
  const parts: string[] = []
  const failed = failures(x)
  if (failed && x.firstFailure) {
    const { reason, mixed } = mainReason(x)
    const key = mixed ? 'logs.summary.failedMixed' : 'logs.summary.failed'
    parts.push(
      t(key, {
        sessions: counted('session', failed),
        toFrom,
        reason,
        since: when(x.firstFailure.time),
      }),
    )
    parts.push(
      x.lastSuccess?.version
        ? t('logs.summary.lastWorked', {
            version: x.lastSuccess.version,
            time: when(x.lastSuccess.time),
          })
        : t('logs.summary.neverWorked'),
    )
  } else
    parts.push(
      t('logs.summary.traffic', {
        sessions: counted('session', x.sessions),
        toFrom,
        versions: versionsPhrase(x),
      }),
    )
  if (r.pivot && x.afterPivot)
    parts.push(
      x.afterPivot.sessions
        ? t('logs.summary.afterFix', {
            sessions: counted('session', x.afterPivot.sessions),
            versions: versionsPhrase(x.afterPivot),
          })
        : t('logs.summary.afterFixNone'),
    )
  else if (failed && !failingNow(x)) parts.push(t('logs.summary.recovered'))
  return parts.join('; ')
}

/** One sentence per connector and direction that had Office 365 sessions, worst first. */
export function summarySentences(
  r: Pick<LogsResult, 'generatedAt' | 'pivot' | 'connectors'>,
): string[] {
  return r.connectors.flatMap((c) => {
    const sentence = o365Sentence(c, r)
    if (!sentence) return []
    const direction = t(`logs.direction.${c.direction}`)
    return [t('logs.summary.connector', { connector: c.connector || '-', direction, sentence })]
  })
}
