/** One call that opens a registry source, builds the wizard service and serves it on loopback. */
import { acceptLanguages, pickLanguage } from '../../shared/i18n/pick'
import type { Language } from '../../shared/i18n/languages'
import { currentLanguage, translate as t } from '../../shared/i18n/translate'
import { existsSync } from 'node:fs'
import { lstat, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathInside } from '../files/safe-name'
import { InputError } from '../input-error'
import { untilDone } from '../until-done'
import { defaultBackupDir } from '../fixes/backup'
import { createWizardService, type ServiceOptions } from '../service/wizard-service'
import { isElevated } from '../system/elevation'
import { openRegistrySource, type SourceOptions } from '../system/registry-source'
import { defaultStateDir } from '../system/wizard-state'
import { givenLogPath } from '../logs/find-logs'
import { EventHub } from './event-hub'
import { startWebHost, type WebHost, type WebHostOptions } from './web-host'

/** Options of `tlswizard serve`. */
export interface ServeOptions extends SourceOptions {
  port?: number
  /** Where offline fixes and saved reports go (default: a folder under the system temp folder). */
  outDir?: string
  rendererDir?: string
  verify?: boolean
  /** Verify mode against this earlier diagnosis (tlswizard diagnose --out). */
  before?: string
  probeTimeoutMs?: number
  /** Name resolution for probes (tests pass stubs, so no DNS query leaves the machine). */
  lookup?: ServiceOptions['lookup']
  resolveMx?: ServiceOptions['resolveMx']
  /** The support log (tlswizard serve passes the CLI's). */
  log?: WebHostOptions['log']
  /** The audit trail of live registry writes, rollbacks and restarts. */
  audit?: ServiceOptions['audit']
  /** serve --logs: protocol log files or folders scanned with every diagnosis. */
  logPaths?: string[]
  /** serve --lang: the wizard's language, whatever the browser asks for. */
  language?: Language
}

/**
 * `name` in `outDir`, or NAME-2, NAME-3... when taken (a link counts as taken): in a browser there
 * is no save dialog to ask, so an earlier report (the one from before the fix) is never replaced.
 */
async function freeName(outDir: string, name: string): Promise<string> {
  const ext = path.extname(name)
  for (let n = 1; n < 1000; n++) {
    const file = pathInside(outDir, n === 1 ? name : `${name.slice(0, -ext.length)}-${n}${ext}`)
    if (
      !(await lstat(file).then(
        () => true,
        () => false,
      ))
    )
      return file
  }
  throw new InputError(t('error.serve.noFreeName', { folder: outDir }))
}

/** Where the built renderer is: next to the CLI bundle (dist/renderer) or in a source checkout. */
export function defaultRendererDir(): string {
  const candidates = [
    path.join(__dirname, 'renderer'),
    path.join(__dirname, '..', '..', 'dist', 'renderer'),
  ]
  return candidates.find((d) => existsSync(path.join(d, 'index.html'))) ?? (candidates[0] as string)
}

/** Creates the folder for fixes and reports; one that cannot be a folder is bad input (exit 2). */
async function makeOutDir(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    // EEXIST: the name is a file; ENOTDIR: a folder above it is.
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new InputError(t('error.serve.outDirNotFolder', { folder }))
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new InputError(t('error.serve.outDirDenied', { folder }))
    throw new InputError(t('error.serve.outDirFailed', { folder, reason: (e as Error).message }))
  }
}

/** The web host on its port; a port taken or forbidden is bad input (exit 2), not a crash. */
async function listening(o: WebHostOptions): Promise<WebHost> {
  try {
    return await startWebHost(o)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const port = o.port ?? 0
    if (code === 'EADDRINUSE') throw new InputError(t('error.serve.portInUse', { port }))
    if (code === 'EACCES') throw new InputError(t('error.serve.portDenied', { port }))
    throw e
  }
}

/** Starts the wizard on 127.0.0.1; the caller prints `host.url` and closes it on exit. */
export async function serveWizard(o: ServeOptions): Promise<WebHost & { outDir: string }> {
  const source = await openRegistrySource({ registry: o.registry, demo: o.demo })
  const outDir = o.outDir ?? path.join(tmpdir(), 'mailflow-tls-wizard')
  await makeOutDir(outDir)
  const hub = new EventHub()
  const live = source.kind === 'live'
  const api = createWizardService({
    source,
    platform: process.platform,
    stateDir: live ? defaultStateDir() : undefined,
    backupDir: live ? defaultBackupDir() : undefined,
    outDir,
    elevated: await isElevated(),
    verify: o.verify === true || o.before !== undefined,
    beforeFile: o.before,
    language: o.language ?? currentLanguage(),
    emit: (event, payload) => hub.emit(event, payload),
    // In a browser the report is saved into outDir (and offered as a download by the page).
    chooseReportFile: (name) => freeName(outDir, name),
    chooseReportToOpen: async () => null,
    probeTimeoutMs: o.probeTimeoutMs,
    lookup: o.lookup,
    resolveMx: o.resolveMx,
    audit: o.audit,
    logPaths: o.logPaths,
  })
  // What the command line names is checked now, so a mistake is said at once (exit 2), not later
  // as an error in the page: the log paths, and the earlier diagnosis (missing, damaged, or of
  // another machine).
  for (const p of o.logPaths ?? []) await givenLogPath(p)
  if (o.before !== undefined) await api['machine:summary']({})
  const host = await listening({
    api,
    hub,
    download: (format, redact) => api.reportDownload(format, redact),
    rendererDir: o.rendererDir ?? defaultRendererDir(),
    port: o.port,
    log: o.log,
    // Without --lang, the browser's languages decide, once, before the first answer.
    acceptLanguage: o.language
      ? undefined
      : untilDone(async (header) => {
          const language = pickLanguage(acceptLanguages(header))
          if (language !== 'en') await api['language:set']({ language })
        }),
  })
  return { ...host, outDir }
}
