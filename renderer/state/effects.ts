/** Side effects of the wizard: every call to main goes through here and ends in a dispatch. */
import type { Dispatch } from 'react'
import { CHECK_GROUPS } from '../../shared/check-groups'
import type { MachineInfo, Progress, Req } from '../../shared/channels'
import { targetLabel } from '../../shared/probe-basics'
import { diagnosisOfReport } from '../../shared/report-view'
import { shownFileName } from '../../shared/format'
import { draftOf, probeTargetsOf, type TargetDraft } from '../../shared/targets'
import { askFirstScreen, EngineLostError, type RendererApi } from '../api'
import { loadCatalog } from '../i18n'
import type { Language } from '../../shared/i18n/languages'
import type { Action, Retry, WizardState } from './wizard'

async function guarded(
  dispatch: Dispatch<Action>,
  work: () => Promise<void>,
  retry?: Retry,
): Promise<void> {
  try {
    await work()
  } catch (e) {
    dispatch({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
      lost: e instanceof EngineLostError,
      ...(retry ? { retry } : {}),
    })
  }
}

/** Like guarded, with the step's buttons disabled until the result (or the error) arrives. */
function busyWhile(dispatch: Dispatch<Action>, work: () => Promise<void>): Promise<void> {
  dispatch({ type: 'busy', busy: true })
  return guarded(dispatch, work)
}

// Every check the engine runs (the protocol logs among them), listed before any event arrives:
// progress events are best effort, and a missed one must not leave a check off the list.
const CHECKS = CHECK_GROUPS.map((g) => g.id)

/** What the Welcome step shows: the machine and the proposed targets, in its language. */
export interface FirstScreen {
  machine: MachineInfo
  targets: TargetDraft[]
}

/** The Welcome step's two calls, together (`started`: as boot.ts made them), in its language. */
export async function firstScreen(
  api: RendererApi,
  started?: ReturnType<typeof askFirstScreen>,
): Promise<FirstScreen> {
  const [machine, targets] = await (started ?? askFirstScreen(api))
  // The Welcome step appears in the wizard's language, never in English first.
  await loadCatalog(machine.language).catch(() => undefined)
  return { machine, targets: targets.map(draftOf) }
}

/** Puts the first screen in the wizard (`started`: the calls main.tsx already made, if any). */
export const loadMachine = (
  api: RendererApi,
  dispatch: Dispatch<Action>,
  started?: Promise<FirstScreen>,
): Promise<void> =>
  guarded(
    dispatch,
    async () => {
      const { machine, targets } = await (started ?? firstScreen(api))
      dispatch({ type: 'targets', targets })
      dispatch({ type: 'machine-loaded', machine })
    },
    'machine',
  )

/**
 * Switches the wizard's language: its catalog (a chunk of the page), then the engine's (reports,
 * errors). When either cannot be reached the language goes back to `previous` and the engine-lost
 * message says why, rather than a list showing one language over a page in another.
 */
export function chooseLanguage(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  language: Language,
  previous: Language,
): Promise<void> {
  return guarded(dispatch, async () => {
    // The catalog chunk comes from the engine (web host) or the app's own files (Electron); the
    // list and the page change together once it is here.
    await loadCatalog(language).catch(() => {
      throw new EngineLostError()
    })
    dispatch({ type: 'language', language })
    try {
      await api.call('language:set', { language })
    } catch (e) {
      dispatch({ type: 'language', language: previous })
      throw e
    }
  })
}

/** Classifies pasted text (called as the admin types, debounced by the caller). */
export function classify(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  text: string,
): Promise<void> {
  return guarded(dispatch, async () => {
    dispatch({
      type: 'classified',
      classification: text.trim() ? await api.call('error:classify', { text }) : null,
    })
  })
}

/** Adds the Office 365 endpoint of a domain to the targets. */
export function proposeFor(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  domain: string,
): Promise<void> {
  dispatch({ type: 'finding', finding: true })
  return guarded(dispatch, async () => {
    const found = await api.call('targets:propose', { domain: domain.trim() || null })
    dispatch({ type: 'targets', targets: found.map(draftOf) })
    dispatch({ type: 'finding', finding: false })
  })
}

// Each run's id: its results carry it, and the reducer drops those of a run no longer current.
let runs = 0

/** Runs the checks and probes with live progress. */
export function runChecks(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  s: WizardState,
): Promise<void> {
  const run = ++runs
  // Entries that cannot be probed are marked where they are typed; the other checks still run.
  const probes = probeTargetsOf(s.targets)
  const waiting: Progress[] = [
    ...CHECKS.map((id) => ({
      id,
      kind: 'check' as const,
      label: `check.${id}`,
      state: 'waiting' as const,
    })),
    ...probes.map((t) => ({
      id: targetLabel(t),
      kind: 'probe' as const,
      label: targetLabel(t),
      state: 'waiting' as const,
    })),
  ]
  dispatch({ type: 'diagnosis-started', run, progress: waiting })
  const { ready, stop } = api.onProgress((p) => dispatch({ type: 'progress', run, progress: p }))
  // Its failure too is this run's: dropped once the run is no longer current.
  const ofRun: Dispatch<Action> = (a) => dispatch(a.type === 'error' ? { ...a, run } : a)
  return guarded(
    ofRun,
    async () => {
      try {
        await ready
        const symptom = s.symptom === 'all' ? null : s.symptom
        // One call: the plan comes with the diagnosis.
        const { diagnosis, plan } = await api.call('diagnosis:run', {
          symptom,
          pastedText: s.pasted.trim() || null,
          probes,
        })
        dispatch({ type: 'diagnosis-done', run, diagnosis })
        dispatch({ type: 'plan-loaded', run, plan })
      } finally {
        stop()
      }
    },
    'checks',
  )
}

/** Applies the plan shown. */
export function applyPlan(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  s: WizardState,
): Promise<void> {
  return busyWhile(dispatch, async () => {
    if (!s.plan) return
    dispatch({ type: 'applied', result: await api.call('fixes:apply', { planId: s.plan.id }) })
  })
}

/** Rolls back from the backup of the last apply. */
export function rollback(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  s: WizardState,
): Promise<void> {
  return busyWhile(dispatch, async () => {
    // The backup of the apply shown, by name: main looks for it in its own backup folder only.
    const backup = s.apply?.backupFile?.split(/[\\/]/).pop() ?? null
    dispatch({ type: 'rolled-back', result: await api.call('fixes:rollback', { backup }) })
    // The plan of the diagnosis shown, unless another has taken its place meanwhile.
    dispatch({ type: 'plan-loaded', run: s.run, plan: await api.call('fixes:plan', {}) })
  })
}

/** Restart now or in N minutes (both confirmed by the admin first), or cancel. */
export function scheduleRestart(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  req: Req<'restart:schedule'>,
): Promise<void> {
  return busyWhile(dispatch, async () => {
    dispatch({ type: 'restart', result: await api.call('restart:schedule', req) })
  })
}

/** Saves the report (main writes it; the browser also offers a download). */
export function saveReport(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  format: 'html' | 'json',
  redact: boolean,
): Promise<void> {
  return busyWhile(dispatch, async () => {
    const { file } = await api.call('report:save', { format, redact })
    // What was saved, as it was asked for: the download offers the same (ReportStep).
    dispatch({ type: 'report-saved', saved: file ? { file, format, redact } : null })
  })
}

/** Opens a report file the admin picked in the browser (its text, and its name for messages). */
export function openReportFile(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  file: File,
): Promise<void> {
  return guarded(dispatch, async () => openReport(api, dispatch, await file.text(), file.name))
}

/** Opens a saved report for review: the browser sends the file's text, Electron asks main to show a dialog. */
export function openReport(
  api: RendererApi,
  dispatch: Dispatch<Action>,
  text: string | null,
  /** The name the browser gave the file, for the engine's messages (none in Electron). */
  name?: string,
): Promise<void> {
  return guarded(dispatch, async () => {
    // A name unfit to show is left out, never a reason to refuse the file.
    const shown = shownFileName(name)
    const { report } = await api.call('report:open', shown ? { text, name: shown } : { text })
    if (report) dispatch({ type: 'review', diagnosis: diagnosisOfReport(report) })
  })
}
