/** The wizard's API implemented over the engine: one object serves Electron IPC and the web host. */
import type { EventName, EventPayload, Req, WizardApi } from '../../shared/channels'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { completeLanguages } from '../../shared/i18n/catalogs'
import type { Language } from '../../shared/i18n/languages'
import { setLanguage, translate as t } from '../../shared/i18n/translate'
import { targetLabel } from '../../shared/probe-basics'
import type { ProbeOutcome } from '../../shared/probe'
import type { AuditLog } from '../audit/audit-log'
import { probeFindings, withProbeFindings } from '../checks/probe-findings'
import { withLogs } from '../logs/diagnosis-logs'
import { scanServiceLogs } from './service-logs'
import { scheduleRestart } from './service-restart'
import { applyLive, applyOffline, planFromDiagnosis } from '../fixes/fix-flow'
import { newestBackup, rollbackFromFile } from '../fixes/rollback'
import { pathInside, safeFileName } from '../files/safe-name'
import { FixRefusedError } from '../fixes/allow-list'
import { InputError } from '../input-error'
import { untilDone } from '../until-done'
import { classifyError } from '../logs/classify-error'
import { office365Target, localTargets, type ResolveMx } from '../probe/targets'
import type { Lookup } from '../probe/tcp-connect'
import { runProbes } from '../probe/run-probes'
import { RegFileStore } from '../registry/reg-file-store'
import { elevationHelp } from '../system/elevation'
import type { OpenSource } from '../system/registry-source'
import path from 'node:path'
import { isRecordedBackup, newestRecordedBackup } from '../fixes/backup-record'
import { assertSameMachine, readDiagnosisFile } from '../system/before-diagnosis'
import { runDiagnosis } from '../system/run-diagnosis'
import { readWizardState, writeWizardState } from '../system/wizard-state'
import { CHECK_GROUPS, groupState, probeState } from '../../shared/check-groups'
import { openReportFile, reportFile, saveReportFile, type ReportInput } from './report-files'

/** Everything the service needs from the front end that hosts it. */
export interface ServiceOptions {
  source: OpenSource
  platform: NodeJS.Platform
  /** %ProgramData%\MailflowTlsWizard on Windows; undefined in offline mode. */
  stateDir?: string
  backupDir?: string
  /** Where offline fixes write their patched copy (file and demo sources). */
  outDir: string
  elevated: boolean | null
  /** Opened after the restart (RunOnce): show before and after. */
  verify: boolean
  /** The earlier diagnosis to compare with (default: the one the fix recorded in the state file). */
  beforeFile?: string
  language: Language
  /** Sends an event to the renderer(s). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** Asks where to save a report (Electron: the save dialog); null = cancelled. */
  chooseReportFile(suggestedName: string): Promise<string | null>
  /** Asks which saved report to open (Electron: the open dialog); null = cancelled. */
  chooseReportToOpen(): Promise<string | null>
  /** The relaunch command line for RunOnce (the packaged app or the CLI). */
  relaunchCommandLine?: string
  probeTimeoutMs?: number
  /** Name resolution for probes and the Office 365 endpoint (tests pass stubs: no DNS query). */
  lookup?: Lookup
  resolveMx?: ResolveMx
  /** The audit trail of live registry writes, rollbacks and restarts. */
  audit?: AuditLog
  /** Protocol log files or folders to scan with every diagnosis (serve --logs). */
  logPaths?: string[]
  now?: () => Date
}

/** The API plus what only the web host needs: the current report as a download. */
export type WizardService = WizardApi & {
  reportDownload(
    format: 'html' | 'json',
    redact: boolean,
  ): Promise<{ name: string; bytes: Uint8Array; type: string }>
}

/** Creates the API over one registry source. */
export function createWizardService(o: ServiceOptions): WizardService {
  const now = o.now ?? (() => new Date())
  const live = o.source.kind === 'live'
  let language = o.language
  // The engine's own words (reports, errors) follow the wizard's language.
  setLanguage(language)
  let last: Diagnosis | undefined
  let lastApply: ApplyResult | undefined
  let lastPlan: FixPlan | undefined
  let context: Pick<Req<'diagnosis:run'>, 'symptom' | 'pastedText'> = {
    symptom: null,
    pastedText: null,
  }

  const registryDiagnosis = () => runDiagnosis(o.source, now(), live ? o.stateDir : undefined)
  const current = async () => (last ??= await registryDiagnosis())
  const canApply = () => !live || o.elevated === true
  const reportInput = async (): Promise<ReportInput> => ({
    diagnosis: await current(),
    plan: lastPlan ?? null,
    apply: lastApply ?? null,
    before: await before(),
    symptom: context.symptom,
    pastedText: context.pastedText,
    now: now(),
  })

  // The diagnosis from before the fix never changes during a session: read it once it was read
  // well (a failure is read again at the next call: Retry, once the admin put the file back).
  const before = untilDone(readBefore)
  async function readBefore(): Promise<Diagnosis | null> {
    if (!o.verify) return null
    if (o.beforeFile) return sameMachine(await readDiagnosisFile(o.beforeFile))
    const file = o.stateDir ? (await readWizardState(o.stateDir)).beforeDiagnosisFile : undefined
    if (!file) return null
    // The one the wizard kept after its own fix (RunOnce): gone or unreadable, the wizard still
    // opens and checks the server, without the before and after, rather than stop at Welcome.
    return readDiagnosisFile(file)
      .then(sameMachine)
      .catch(() => null)
  }
  // A diagnosis of another machine is refused here, before the screens or a report compare it.
  async function sameMachine(b: Diagnosis): Promise<Diagnosis> {
    assertSameMachine(b, await current())
    return b
  }

  return {
    async 'machine:summary'() {
      const d = await current()
      const b = await before()
      return {
        machine: d.machine,
        source: { kind: o.source.kind, label: o.source.label },
        elevated: o.elevated,
        canApply: canApply(),
        language,
        languages: completeLanguages(),
        verify: b ? { before: b } : null,
      }
    },

    async 'targets:propose'({ domain }) {
      const d = await current()
      // The local SMTP service is this computer only when the registry is this computer's.
      const list = live ? localTargets(d.machine.fqdn) : []
      if (domain) {
        const { source: _source, ...exo } = await office365Target(domain, o.resolveMx)
        list.push(exo)
      }
      return list
    },

    async 'diagnosis:run'(req) {
      context = { symptom: req.symptom, pastedText: req.pastedText }
      for (const g of CHECK_GROUPS)
        o.emit('diagnosis:progress', { id: g.id, kind: 'check', label: g.label, state: 'running' })
      for (const t of req.probes)
        o.emit('diagnosis:progress', {
          id: targetLabel(t),
          kind: 'probe',
          label: targetLabel(t),
          state: 'running',
        })
      const d = await registryDiagnosis()
      for (const g of CHECK_GROUPS)
        o.emit('diagnosis:progress', {
          id: g.id,
          kind: 'check',
          label: g.label,
          state: groupState(g, d),
        })
      const outcomes = await Promise.all(
        req.probes.map(async (t) => {
          const [outcome] = await runProbes([t], {
            timeoutMs: o.probeTimeoutMs,
            lookup: o.lookup,
            schannel: live && o.platform === 'win32',
          })
          const out = outcome as ProbeOutcome
          o.emit('diagnosis:progress', {
            id: targetLabel(t),
            kind: 'probe',
            label: targetLabel(t),
            // The badge is the worst finding about this target, as the findings below it say.
            state: probeState(out, probeFindings([out], d)),
          })
          return out
        }),
      )
      last = outcomes.length ? { ...withProbeFindings(d, outcomes), probes: outcomes } : d
      const logs = await scanServiceLogs(o, last)
      if (logs) last = withLogs(last, logs)
      const group = CHECK_GROUPS.find((g) => g.id === 'logs')
      if (group)
        o.emit('diagnosis:progress', {
          id: group.id,
          kind: 'check',
          label: group.label,
          state: groupState(group, last),
        })
      lastPlan = await planFromDiagnosis(o.source, last)
      return { diagnosis: last, plan: lastPlan }
    },

    async 'error:classify'({ text }) {
      return classifyError(text)
    },

    async 'fixes:plan'() {
      lastPlan = await planFromDiagnosis(o.source, await current())
      return lastPlan
    },

    async 'fixes:apply'({ planId }) {
      if (!canApply()) throw new InputError(elevationHelp())
      const d = await current()
      // The engine plans again from the registry as it is now; the client only named the plan.
      const plan = await planFromDiagnosis(o.source, d)
      if (plan.refused) throw new FixRefusedError(plan.refused)
      if (plan.id !== planId) throw new FixRefusedError(t('error.fixes.planChanged'))
      const host = d.machine.computerName ?? 'server'
      if (o.source.store instanceof RegFileStore) {
        const stamp = now().toISOString().replace(/[:.]/g, '-')
        // ComputerName comes from the snapshot: reduced to a safe name, checked to stay in outDir.
        const out = pathInside(o.outDir, `${safeFileName(host)}-patched-${stamp}.reg`)
        lastApply = (await applyOffline(o.source.store, plan, out, host, now())).result
      } else {
        if (!o.backupDir || !o.stateDir) throw new InputError(t('error.fixes.noBackupPlace'))
        lastApply = await applyLive(o.source, plan, {
          backupDir: o.backupDir,
          stateDir: o.stateDir,
          host,
          now: now(),
          before: d,
          audit: o.audit,
        })
      }
      lastPlan = plan
      // A file source is untouched (the fix went into a copy): the diagnosis and its probes still
      // describe the server. Only a live write changes what a new diagnosis would find.
      if (!lastApply.prepared) last = undefined
      return lastApply
    },

    async 'fixes:rollback'({ backup }) {
      if (!canApply()) throw new InputError(elevationHelp())
      const dir = o.source.store instanceof RegFileStore ? o.outDir : o.backupDir
      if (!dir) throw new InputError(t('error.fixes.noBackupFolder'))
      // Only the product's own backups, by name, from its own folder: never a path from the client.
      const recorded = live && o.stateDir ? o.stateDir : undefined
      const named = backup ? pathInside(dir, backup) : lastApply?.backupFile
      // The newest recorded backup is one by definition (recorded, unchanged): not checked again.
      const file =
        named ?? (recorded ? await newestRecordedBackup(recorded) : await newestBackup(dir))
      if (!file) throw new InputError(t('error.fixes.noBackup'))
      // On the live registry only a backup this product wrote here, unchanged since, goes back in.
      if (recorded && named && !(await isRecordedBackup(recorded, named)))
        throw new InputError(t('error.rollback.notRecorded', { file: path.basename(named) }))
      last = undefined
      return rollbackFromFile(o.source.store, file, live ? o.audit : undefined)
    },

    'restart:schedule': (req) => scheduleRestart(o, req, now()),

    async 'report:save'({ format, redact }) {
      return { file: await saveReportFile(await reportInput(), format, redact, o.chooseReportFile) }
    },

    async 'report:open'({ text, name }) {
      return { report: await openReportFile(text, o.chooseReportToOpen, name) }
    },

    async 'language:set'(req) {
      language = req.language
      setLanguage(language)
      // Kept across restarts (the relaunch after a reboot included) where the product keeps state.
      if (o.stateDir)
        await writeWizardState(o.stateDir, { ...(await readWizardState(o.stateDir)), language })
      return { language }
    },

    async reportDownload(format, redact) {
      return reportFile(await reportInput(), format, redact)
    },
  }
}
