/** `tlswizard logs [PATH...] [--since DATE] [--fix-time DATE] [--events FILE.xml] [--json]` */
import { translate as t } from '../../shared/i18n/translate'
import { hostname } from 'node:os'
import { parseArgs } from 'node:util'
import type { LogsResult } from '../../shared/logs'
import { gatherLogs } from '../logs/gather-logs'
import { openRegistrySource } from '../system/registry-source'
import { defaultStateDir } from '../system/wizard-state'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { renderLogs } from './render-logs'

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * A date the admin typed: `2024-01-14`, `2024-01-14T08:00` or `2024-01-14 08:00` (local time, as
 * the admin remembers it; add Z or +01:00 for another zone), or `7d` / `12h` before now.
 */
export function parseDateOption(name: string, text: string, now = new Date()): Date {
  const rel = /^(\d{1,4})([dh])$/i.exec(text.trim())
  if (rel)
    return new Date(
      now.getTime() - Number(rel[1]) * (rel[2]?.toLowerCase() === 'd' ? 86_400_000 : 3_600_000),
    )
  const m =
    /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?(Z|[+-]\d\d:?\d\d)?$/i.exec(
      text.trim(),
    )
  let d: Date | undefined
  const [, y, mo, day, h = '0', mi = '0', s = '0', zone] = m ?? []
  // Date would roll 2024-13-45 into 2025 and 2024-02-30 into March, also with a zone: a day the
  // calendar does not have, or a time past 23:59:59, is a typing mistake.
  const month = Number(mo)
  const real =
    month >= 1 && month <= 12 && Number(day) >= 1 && Number(day) <= daysIn(Number(y), month)
  if (m && real && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60) {
    const z = zone && zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
    d = z
      ? new Date(`${y}-${mo}-${day}T${h.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}${z}`)
      : new Date(Number(y), month - 1, Number(day), Number(h), Number(mi), Number(s))
  }
  if (!d || Number.isNaN(d.getTime()))
    throw new UsageError(t('error.logs.badDate', { option: name, value: text }))
  return d
}

/** The exit code of a scan: 1 with an error finding, 4 when no log was read, else 0. */
export function logsExitCode(r: LogsResult): number {
  if (r.findings.some((f) => f.severity === 'error')) return EXIT.actionNeeded
  return r.totals.rows === 0 ? EXIT.inconclusive : EXIT.ok
}

/** Scans protocol logs (and Schannel events) and prints what they show. */
export async function logsCommand(
  args: string[],
  io: CliIo,
  platform = process.platform,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      since: { type: 'string' },
      'fix-time': { type: 'string' },
      events: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  const now = new Date()
  const since = values.since === undefined ? null : parseDateOption('--since', values.since, now)
  const fixTime =
    values['fix-time'] === undefined ? null : parseDateOption('--fix-time', values['fix-time'], now)
  const live = platform === 'win32'
  if (!positionals.length && !live) throw new UsageError(t('error.logs.namePaths'))
  // On the server: Exchange's own folders (from its install path) besides those named.
  const store = live ? (await openRegistrySource({}, platform)).store : undefined
  const result = await gatherLogs({
    paths: positionals,
    store,
    since,
    fixTime,
    stateDir: live ? defaultStateDir() : undefined,
    eventsFile: values.events,
    liveEvents: live && values.events === undefined,
    server: live ? hostname() : null,
    now,
  })
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderLogs(result))
  return logsExitCode(result)
}
