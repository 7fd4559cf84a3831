/** `tlswizard diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--logs PATH]... [--json] [--out FILE.json] [--report FILE.html|FILE.json [--redact]] [--force]` */
import { translate as t } from '../../shared/i18n/translate'
import { hostname } from 'node:os'
import { parseArgs } from 'node:util'
import type { Diagnosis } from '../../shared/diagnosis'
import { withProbeFindings } from '../checks/probe-findings'
import { logsForDiagnosis, withLogs } from '../logs/diagnosis-logs'
import { planFromDiagnosis } from '../fixes/fix-flow'
import { requestedTargets, runProbes } from '../probe/run-probes'
import { runDiagnosis } from '../system/run-diagnosis'
import { defaultStateDir } from '../system/wizard-state'
import { renderProbe } from './render-probe'
import type { OpenSource } from '../system/registry-source'
import { buildReport } from '../report/build-report'
import { redactReport } from '../report/redact'
import { renderReportFile, reportFormatOf } from '../report/report-file'
import { diagnosisKeyFilter } from './diagnosis-keys'
import { openGivenRegistry } from './registry-input'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { checkOutputs, writeNewFile } from './output-file'
import { renderDiagnosis } from './render-diagnosis'
import { renderLogsBrief } from './render-logs'

/** The report file: the diagnosis with the plan that would fix it, redacted when asked. */
async function reportBytes(
  source: OpenSource,
  diagnosis: Diagnosis,
  format: 'html' | 'json',
  redact: boolean,
): Promise<Uint8Array> {
  const report = buildReport(diagnosis, { plan: await planFromDiagnosis(source, diagnosis) })
  return renderReportFile(redact ? redactReport(report, [hostname()]) : report, format)
}

const EXIT_FOR = {
  healthy: EXIT.ok,
  'action-needed': EXIT.actionNeeded,
  inconclusive: EXIT.inconclusive,
} as const

/** Runs a diagnosis and prints it; the exit code says healthy (0), action needed (1) or inconclusive (4). */
export async function diagnoseCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      registry: { type: 'string', multiple: true },
      demo: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      probe: { type: 'string', multiple: true },
      domain: { type: 'string' },
      timeout: { type: 'string' },
      report: { type: 'string' },
      redact: { type: 'boolean', default: false },
      logs: { type: 'string', multiple: true },
    },
    allowPositionals: false,
  })
  const { parseTimeout } = await import('./probe-command')
  const timeoutMs = parseTimeout(values.timeout)
  // A bad report name is a usage error before any work, not after the probes ran.
  const reportFormat =
    values.report === undefined ? undefined : reportFormatOf(values.report, ['html', 'json'])
  if (values.redact && reportFormat === undefined)
    throw new UsageError(t('error.diagnose.redactNeedsReport'))
  // Every file to write, checked before any work: none replaces an input, none another.
  await checkOutputs(
    [values.out, values.report],
    [...(values.registry ?? []), ...(values.logs ?? [])],
    values.force,
  )
  const source = await openGivenRegistry(values, diagnosisKeyFilter())
  // Said once when the Windows Script Host is unavailable and native-reg is used instead.
  if (source.notice) io.err(`${source.notice}\n`)
  const registryOnly = await runDiagnosis(
    source,
    new Date(),
    source.kind === 'live' ? defaultStateDir() : undefined,
    // As given (a folder stays a folder): the collect commands repeat them.
    values.demo === undefined ? values.registry : undefined,
  )
  const targets = await requestedTargets({
    probes: values.probe,
    domain: values.domain,
    fqdn: registryOnly.machine.fqdn,
  })
  // Schannel's own view of the wire only where it exists: on the live Windows server.
  const schannel = source.kind === 'live' && process.platform === 'win32'
  const outcomes = targets.length ? await runProbes(targets, { timeoutMs, schannel }) : undefined
  const probed = outcomes
    ? { ...withProbeFindings(registryOnly, outcomes), probes: outcomes }
    : registryOnly
  // The protocol logs: those named, and on the live server its own folders and Schannel events.
  const logs = await logsForDiagnosis({
    paths: values.logs ?? [],
    store: schannel ? source.store : undefined,
    stateDir: schannel ? defaultStateDir() : undefined,
    liveEvents: schannel,
    server: registryOnly.machine.computerName,
  })
  const diagnosis = logs ? withLogs(probed, logs) : probed
  const json = `${JSON.stringify(diagnosis, null, 2)}\n`
  if (values.out !== undefined) await writeNewFile(values.out, json, values.force)
  if (values.report !== undefined && reportFormat !== undefined) {
    const bytes = await reportBytes(source, diagnosis, reportFormat, values.redact)
    await writeNewFile(values.report, bytes, values.force)
  }
  const probes = (diagnosis.probes ?? []).map((o) => `\n${renderProbe(o.result)}`).join('')
  const logText = diagnosis.logs ? `\n${renderLogsBrief(diagnosis.logs)}` : ''
  // Where the report went, as `report` says it (text only: --json stays one JSON document).
  const written =
    values.report !== undefined ? `\n${t('reportDoc.cli.written', { file: values.report })}\n` : ''
  io.out(values.json ? json : renderDiagnosis(diagnosis) + probes + logText + written)
  return EXIT_FOR[diagnosis.verdict]
}
