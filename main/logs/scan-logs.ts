/** Folders of protocol logs in, the logs result out: read, group into sessions, count, judge. */
import { stat } from 'node:fs/promises'
import {
  LOGS_SCHEMA_VERSION,
  type FileProblem,
  type LogsResult,
  type SchannelEvents,
} from '../../shared/logs'
import type { LogSetFolder } from './find-logs'
import { readLogFile } from './log-file'
import { logFindings } from './log-findings'
import { summarySentences } from './log-summary'
import { SessionTable } from './session-table'
import { LogTally } from './tally'

/** How far a scan is: files and bytes read of all there are. */
export interface ScanProgress {
  files: number
  filesTotal: number
  bytes: number
  bytesTotal: number
}

/** The before/after pivot and where it came from. */
export interface Pivot {
  time: Date
  source: 'state-file' | 'option'
}

/** What a scan is asked for besides the folders. */
export interface ScanOptions {
  /** Sessions that started earlier are left out. */
  since?: Date | null
  pivot?: Pivot | null
  events?: SchannelEvents | null
  now?: Date
  /** The server's name, for the commands that turn logging on. */
  server?: string | null
  onProgress?: (p: ScanProgress) => void
}

const HOUR = 3_600_000
// Enough to show what went wrong; a folder of 3000 damaged copies says the same 200 times.
const MAX_FILE_PROBLEMS = 200

/** Scans the folders; every file is read once, in the order Exchange wrote them. */
export async function scanLogs(
  folders: LogSetFolder[],
  opts: ScanOptions = {},
): Promise<LogsResult> {
  const since = opts.since?.getTime() ?? null
  const pivot = opts.pivot?.time.getTime() ?? null
  const tally = new LogTally(pivot)
  let sessionsBeforeSince = 0
  const done = (s: Parameters<LogTally['add']>[0]) => {
    if (since !== null && s.start < since) sessionsBeforeSince++
    else tally.add(s)
  }
  // A file whose name ends more than an hour before --since holds no session worth reading.
  const wanted = (f: LogSetFolder['files'][number]) =>
    since === null || !Number.isFinite(f.from) || f.from + f.spanMs + HOUR >= since
  const sizes = new Map<string, number>()
  for (const folder of folders)
    for (const f of folder.files.filter(wanted))
      sizes.set(
        f.path,
        await stat(f.path).then(
          (s) => s.size,
          () => 0,
        ),
      )
  const progress: ScanProgress = {
    ...{ files: 0, filesTotal: sizes.size, bytes: 0 },
    bytesTotal: [...sizes.values()].reduce((a, b) => a + b, 0),
  }
  const onBytes = (n: number) => void (progress.bytes += n)
  const fileProblems: FileProblem[] = []
  const totals = { files: 0, bytes: 0, rows: 0, sessions: 0, sessionsBeforeSince: 0, unreadable: 0 }
  const folderList: LogsResult['folders'] = []
  for (const folder of folders) {
    const table = new SessionTable(done)
    let bytes = 0
    const files = folder.files.filter(wanted)
    for (const f of files) {
      const read = await readLogFile(f.path, table.row, onBytes, f.direction)
      totals.files++
      if (read.error) totals.unreadable++
      totals.rows += read.rows
      bytes += read.bytes
      if (
        (read.error || read.truncatedRows || read.badRows) &&
        fileProblems.length < MAX_FILE_PROBLEMS
      )
        fileProblems.push({
          path: f.path,
          error: read.error,
          truncatedRows: read.truncatedRows,
          badRows: read.badRows,
        })
      progress.files++
      opts.onProgress?.({ ...progress })
    }
    table.flush()
    totals.bytes += bytes
    folderList.push({ path: folder.path, origin: folder.origin, files: files.length, bytes })
  }
  totals.sessions = tally.sessions
  totals.sessionsBeforeSince = sessionsBeforeSince
  const connectors = tally.build()
  const base = {
    schemaVersion: LOGS_SCHEMA_VERSION,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    since: opts.since?.toISOString() ?? null,
    pivot: opts.pivot?.time.toISOString() ?? null,
    pivotSource: opts.pivot?.source ?? null,
    folders: folderList,
    totals,
    fileProblems,
    connectors,
    schannelEvents: opts.events ?? null,
  } as const
  const summary = summarySentences(base)
  return { ...base, summary, findings: logFindings({ ...base, summary }, opts.server ?? null) }
}
