/** The whole logs question in one call: where the logs are, the fix time, the events, the scan. */
import type { LogsResult, SchannelEvents } from '../../shared/logs'
import type { RegistryStore } from '../registry/registry-store'
import { readWizardState } from '../system/wizard-state'
import { fileSchannelEvents, liveSchannelEvents, type RunProgram } from './event-source'
import { defaultLogFolders, exchangeInstallPaths, findLogSet } from './find-logs'
import { scanLogs, type Pivot, type ScanProgress } from './scan-logs'

/** What to scan and how. */
export interface GatherOptions {
  /** Files and folders the admin named. */
  paths: readonly string[]
  /** The live registry: Exchange's own log folders are looked up from its install path. */
  store?: RegistryStore
  since?: Date | null
  /** --fix-time; without it, the time the wizard changed Schannel (its state file in `stateDir`). */
  fixTime?: Date | null
  stateDir?: string
  /** A saved `wevtutil qe ... /f:xml` file. */
  eventsFile?: string
  /** Read this server's System log with wevtutil (live Windows only). */
  liveEvents?: boolean
  runProgram?: RunProgram
  server?: string | null
  now?: Date
  onProgress?: (p: ScanProgress) => void
}

/** The time the product changed Schannel, from its state file; none when there is no (valid) file. */
export async function fixTimeFromState(stateDir: string | undefined): Promise<Date | null> {
  if (!stateDir) return null
  const state = await readWizardState(stateDir).catch(() => ({ schannelChangedAt: undefined }))
  const t = state.schannelChangedAt ? new Date(state.schannelChangedAt) : null
  return t && !Number.isNaN(t.getTime()) ? t : null
}

/** Finds the logs, reads the events and scans. */
export async function gatherLogs(o: GatherOptions): Promise<LogsResult> {
  const defaults = o.store ? defaultLogFolders(await exchangeInstallPaths(o.store)) : []
  const folders = await findLogSet(o.paths, defaults)
  let pivot: Pivot | null = o.fixTime ? { time: o.fixTime, source: 'option' } : null
  if (!pivot) {
    const t = await fixTimeFromState(o.stateDir)
    if (t) pivot = { time: t, source: 'state-file' }
  }
  const since = o.since ?? null
  let events: SchannelEvents | null = null
  if (o.eventsFile) events = await fileSchannelEvents(o.eventsFile, since)
  else if (o.liveEvents) events = await liveSchannelEvents(since, o.runProgram)
  return scanLogs(folders, {
    ...{ since, pivot, events, server: o.server ?? null },
    ...{ now: o.now, onProgress: o.onProgress },
  })
}
