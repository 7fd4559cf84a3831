/**
 * The protocol logs a diagnosis in the wizard includes: those given (serve --logs), and on the live
 * Windows server its own folders and Schannel events; none found means none judged (the check
 * stays "not decided"). Progress goes out as files and MB read.
 */
import type { Diagnosis } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'
import type { LogsResult } from '../../shared/logs'
import { logsForDiagnosis } from '../logs/diagnosis-logs'
import type { ServiceOptions } from './wizard-service'

/** Scans the logs for `d`'s machine, or resolves undefined when there is nothing to scan. */
export async function scanServiceLogs(
  o: Pick<ServiceOptions, 'logPaths' | 'source' | 'platform' | 'stateDir' | 'emit'>,
  d: Diagnosis,
): Promise<LogsResult | undefined> {
  const windows = o.source.kind === 'live' && o.platform === 'win32'
  if (!(o.logPaths?.length ?? 0) && !windows) return undefined
  const progress = (detail?: string) =>
    o.emit('diagnosis:progress', {
      id: 'logs',
      kind: 'check',
      label: 'check.logs',
      state: 'running',
      ...(detail ? { detail } : {}),
    })
  progress()
  return logsForDiagnosis({
    paths: o.logPaths ?? [],
    store: windows ? o.source.store : undefined,
    stateDir: windows ? o.stateDir : undefined,
    liveEvents: windows,
    server: d.machine.computerName,
    onProgress: (p) =>
      progress(
        t('logs.progress', {
          files: p.files,
          filesTotal: p.filesTotal,
          mb: (p.bytes / 1e6).toFixed(1),
          mbTotal: (p.bytesTotal / 1e6).toFixed(1),
        }),
      ),
  })
}
