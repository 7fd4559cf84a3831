/** `tlswizard diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--logs PATH]... [--json] [--out FILE.json] [--report FILE.html|FILE.json [--redact]] [--force]` */
import { translate as t } from '../../shared/i18n/translate'
import { readdir, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Diagnosis } from '../../shared/diagnosis'
import { withProbeFindings } from '../checks/probe-findings'
import { logsForDiagnosis, withLogs } from '../logs/diagnosis-logs'
import { planFromDiagnosis } from '../fixes/fix-flow'
import { requestedTargets, runProbes } from '../probe/run-probes'
import { readExSetupText } from '../system/exsetup-version'
import { runDiagnosis } from '../system/run-diagnosis'
import { defaultStateDir } from '../system/wizard-state'
import { renderProbe } from './render-probe'
import { RegFileStore } from '../registry/reg-file-store'
import { keyPathId, nameId, shortKeyPath } from '../registry/reg-path'
import { regValueForDisplay, regValuesEqual, type RegValue } from '../registry/reg-value'
import { openRegistrySource, type OpenSource } from '../system/registry-source'
import { buildReport } from '../report/build-report'
import { redactReport } from '../report/redact'
import { renderReportFile, reportFormatOf } from '../report/report-file'
import { diagnosisKeyFilter } from './diagnosis-keys'
import { InputError } from '../input-error'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { writeNewFile } from './output-file'
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

/** The names in a folder given with --registry; a folder that cannot be listed is bad input. */
async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(t('error.diagnose.folderDenied', { folder }))
    throw new InputError(
      t('error.diagnose.folderUnreadable', { folder, reason: (e as Error).message }),
    )
  }
}

/**
 * The `.reg` files given: each file as is, each folder as the `.reg` files in it (sorted); and the
 * folders, where the collect script also leaves ExSetup.exe's version.
 */
async function regFiles(given: readonly string[]): Promise<{ files: string[]; folders: string[] }> {
  const folders: string[] = []
  const lists = await Promise.all(
    given.map(async (p) => {
      const isDir = await stat(p).then(
        (s) => s.isDirectory(),
        () => false, // a missing file gets the reader's own "cannot open" message
      )
      if (!isDir) return [p]
      folders.push(p)
      const names = (await listFolder(p)).filter((n) => /\.reg$/i.test(n)).sort()
      if (!names.length) throw new UsageError(t('error.diagnose.emptyFolder', { folder: p }))
      return names.map((n) => path.join(p, n))
    }),
  )
  // In the order given, whatever order the stats finished in.
  folders.sort((a, b) => given.indexOf(a) - given.indexOf(b))
  return { files: lists.flat(), folders }
}

/**
 * Several `reg export` files read as one registry (a later file wins where two set the same
 * value): the collect commands export a few keys each, not whole hives. Two files that disagree
 * on a value are reported (the notice), so a stale export cannot hide behind a newer one unseen.
 */
async function openExports(files: readonly string[]): Promise<OpenSource> {
  const keep = diagnosisKeyFilter()
  const stores = await Promise.all(files.map((f) => RegFileStore.open(f, keep)))
  const tree = (stores[0] as RegFileStore).tree
  const from = new Map<string, string>()
  const conflicts: string[] = []
  stores.forEach((store, i) => {
    const file = files[i] as string
    for (const [key, node] of store.tree.walk()) {
      // A key only implied by a subkey's section stays implied: its parent did not export it.
      // (Both read before ensureKey, which marks the key it reaches: for the first file, `node`.)
      const explicit = node.explicit || (tree.getKey(key)?.explicit ?? false)
      tree.ensureKey(key).explicit = explicit
      for (const v of node.values) {
        const id = `${keyPathId(key)}\\${nameId(v.name)}`
        const had = i > 0 ? tree.getValue(key, v.name) : undefined
        if (had && !regValuesEqual(had, v.value))
          conflicts.push(
            `${shortKeyPath(key)}\\${v.name || '(Default)'}: ${from.get(id)} says ${regValueText(had)}, ${file} says ${regValueText(v.value)}`,
          )
        from.set(id, file)
        if (i > 0) tree.setValue(key, v.name, v.value)
      }
    }
  })
  const label = files.join(' + ')
  const notice = conflicts.length
    ? `The exports disagree on ${conflicts.length} value(s); the later file wins:\n  ${conflicts.join('\n  ')}`
    : undefined
  return { kind: 'file', store: new RegFileStore(tree, label), label, notice }
}

function regValueText(v: RegValue): string {
  return JSON.stringify(regValueForDisplay(v))
}

/** ExSetup.exe's version as the collect script recorded it in one of the folders given. */
async function exSetupFromFolders(folders: readonly string[]): Promise<string | undefined> {
  for (const p of folders) {
    const version = await readExSetupText(p)
    if (version) return version
  }
  return undefined
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
  const { files, folders } = values.registry?.length
    ? await regFiles(values.registry)
    : { files: [], folders: [] }
  const source =
    files.length > 1 && values.demo === undefined
      ? await openExports(files)
      : await openRegistrySource({
          registry: files[0],
          demo: values.demo,
          keep: diagnosisKeyFilter(),
        })
  source.exSetupVersion = await exSetupFromFolders(folders)
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
