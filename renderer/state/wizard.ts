/** The wizard's state: a discriminated step plus the data gathered so far, changed only by the reducer. */
import type { Classification, MachineInfo, Progress, Res } from '../../shared/channels'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import type { Language } from '../../shared/i18n/languages'
import type { SymptomId } from '../../shared/symptoms'
import type { TargetDraft } from '../../shared/targets'
import { clearedForNewDiagnosis, isStale } from './runs'
import { move } from './navigation'
import { finalProgress, settled, symptomAfter } from './status'

/** The steps, in order. */
export const STEPS = ['welcome', 'symptom', 'checks', 'fixes', 'restart', 'report'] as const
/** A step. */
export type StepId = (typeof STEPS)[number]

/** What a Retry button does again after the engine failed or went away. */
export type Retry = 'machine' | 'checks'

/** Everything the screens show. */
export interface WizardState {
  step: StepId
  language: Language
  machine: MachineInfo | null
  symptom: SymptomId | 'all' | null
  pasted: string
  /** The pasted text was longer than the engine takes and was cut. */
  pastedCut: boolean
  classification: Classification | null
  domain: string
  targets: TargetDraft[]
  /** Looking up the Office 365 endpoint of the domain. */
  finding: boolean
  progress: Progress[]
  running: boolean
  /** The run of the checks whose results are taken (runs.ts); null in review and before any. */
  run: number | null
  /** The checks were started once on this visit (they start by themselves only once). */
  autoRan: boolean
  diagnosis: Diagnosis | null
  plan: FixPlan | null
  apply: ApplyResult | null
  rollback: Res<'fixes:rollback'> | null
  restart: Res<'restart:schedule'> | null
  savedReport: SavedReport | null
  /** Reviewing a saved report: nothing is re-run, nothing can be applied. */
  review: boolean
  busy: boolean
  error: string | null
  /** The engine stopped answering (the page cannot reach it): say so and offer Retry. */
  lost: boolean
  retry: Retry | null
  /** Steps the admin chose to skip (a skipped step is marked as skipped, never ticked). */
  skipped: StepId[]
  /** The Fixes step asks before its changes are skipped. */
  askSkip: boolean
  finished: boolean
}

/** The report saved last: where, and as what (the download offers the same). */
export interface SavedReport {
  file: string
  format: 'html' | 'json'
  redact: boolean
}

/** What can happen. */
export type Action =
  | { type: 'machine-loaded'; machine: MachineInfo }
  | { type: 'go'; step: StepId }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'language'; language: Language }
  | { type: 'symptom'; symptom: SymptomId | 'all' }
  | { type: 'pasted'; text: string; cut?: boolean }
  | { type: 'classified'; classification: Classification | null }
  | { type: 'domain'; domain: string }
  | { type: 'targets'; targets: TargetDraft[] }
  | { type: 'target-edit'; index: number; target: TargetDraft }
  | { type: 'target-remove'; index: number }
  | { type: 'diagnosis-started'; run: number; progress: Progress[] }
  | { type: 'progress'; run: number; progress: Progress }
  | { type: 'diagnosis-done'; run: number; diagnosis: Diagnosis }
  | { type: 'plan-loaded'; run: number | null; plan: FixPlan }
  | { type: 'applied'; result: ApplyResult }
  | { type: 'rolled-back'; result: Res<'fixes:rollback'> }
  | { type: 'restart'; result: Res<'restart:schedule'> }
  | { type: 'report-saved'; saved: SavedReport | null }
  | { type: 'review'; diagnosis: Diagnosis }
  | { type: 'review-exit' }
  | { type: 'check-now' }
  | { type: 'busy'; busy: boolean }
  | { type: 'finding'; finding: boolean }
  | { type: 'error'; message: string | null; lost?: boolean; retry?: Retry; run?: number }
  | { type: 'ask-skip'; ask: boolean }
  | { type: 'skip' }
  | { type: 'finish'; finished: boolean }

/** The state before anything is known. */
export const initialState: WizardState = {
  step: 'welcome',
  language: 'en',
  machine: null,
  symptom: null,
  pasted: '',
  pastedCut: false,
  classification: null,
  domain: '',
  targets: [],
  finding: false,
  progress: [],
  running: false,
  run: null,
  autoRan: false,
  diagnosis: null,
  plan: null,
  apply: null,
  rollback: null,
  restart: null,
  savedReport: null,
  review: false,
  busy: false,
  error: null,
  lost: false,
  retry: null,
  skipped: [],
  askSkip: false,
  finished: false,
}

export {
  fixesPending,
  nothingToFix,
  restartNeed,
  stepStatus,
  type RestartNeed,
  type StepStatus,
} from './status'
export { canGoNext } from './navigation'

/** The pure reducer. */
export function reducer(s: WizardState, a: Action): WizardState {
  if (isStale(s, a)) return s
  switch (a.type) {
    case 'machine-loaded':
      return {
        ...s,
        machine: a.machine,
        language: a.machine.language,
        step: a.machine.verify ? 'checks' : s.step,
      }
    case 'go':
      return STEPS.indexOf(a.step) <= STEPS.indexOf(s.step)
        ? { ...s, step: a.step, error: null }
        : s
    case 'next':
      return move(s, 1)
    case 'back':
      return move(s, -1)
    case 'language':
      return { ...s, language: a.language }
    case 'symptom':
      return { ...s, symptom: a.symptom }
    case 'pasted':
      return {
        ...s,
        pasted: a.text,
        pastedCut: !!a.cut,
        classification: a.text.trim() ? s.classification : null,
        symptom: a.text.trim() ? s.symptom : symptomAfter(s, null),
      }
    case 'classified':
      return { ...s, classification: a.classification, symptom: symptomAfter(s, a.classification) }
    case 'domain':
      return { ...s, domain: a.domain }
    case 'targets':
      return { ...s, targets: a.targets }
    case 'target-edit':
      return { ...s, targets: s.targets.map((t, i) => (i === a.index ? a.target : t)) }
    case 'target-remove':
      return { ...s, targets: s.targets.filter((_, i) => i !== a.index) }
    case 'diagnosis-started':
      return {
        ...s,
        ...clearedForNewDiagnosis(s),
        running: true,
        run: a.run,
        autoRan: true,
        progress: a.progress,
        error: null,
        lost: false,
        retry: null,
      }
    case 'progress':
      return {
        ...s,
        progress: s.progress.some((p) => p.id === a.progress.id)
          ? s.progress.map((p) => (p.id === a.progress.id ? a.progress : p))
          : [...s.progress, a.progress],
      }
    case 'diagnosis-done':
      // Progress events are best effort (a stream can miss the first ones); the result is not.
      return {
        ...s,
        running: false,
        diagnosis: a.diagnosis,
        progress: finalProgress(s.progress, a.diagnosis),
      }
    case 'plan-loaded':
      return { ...s, plan: a.plan }
    case 'applied': // "Skip the changes?" no longer applies once they were applied (or tried).
      return { ...s, apply: a.result, busy: false, askSkip: false }
    case 'rolled-back':
      return { ...s, rollback: a.result, apply: null, busy: false }
    case 'restart':
      return { ...s, restart: a.result, busy: false }
    case 'report-saved':
      // A save cancelled in the dialog leaves the report saved before as it was.
      return { ...s, savedReport: a.saved ?? s.savedReport, busy: false }
    case 'check-now':
      // Straight from Welcome to the answer: the symptom is skipped, on purpose.
      return s.machine
        ? {
            ...s,
            step: 'checks',
            skipped:
              s.symptom || s.skipped.includes('symptom') ? s.skipped : [...s.skipped, 'symptom'],
            error: null,
          }
        : s
    case 'review-exit':
      return {
        ...s,
        review: false,
        diagnosis: null,
        running: false,
        progress: [],
        autoRan: false,
        step: 'checks',
        error: null,
      }
    case 'review':
      // A run still going is no longer the wizard's: its results are dropped (runs.ts).
      return {
        ...s,
        ...clearedForNewDiagnosis(s),
        review: true,
        finished: false,
        diagnosis: a.diagnosis,
        running: false,
        run: null,
        progress: [],
        step: 'checks',
        error: null,
      }
    case 'busy':
      return { ...s, busy: a.busy }
    case 'finding':
      return { ...s, finding: a.finding }
    case 'error':
      return {
        ...s,
        error: a.message,
        lost: a.message !== null && !!a.lost,
        retry: a.message === null ? null : (a.retry ?? null),
        busy: false,
        running: false,
        finding: false,
        progress: a.message === null ? s.progress : settled(s.progress),
      }
    case 'ask-skip':
      return { ...s, askSkip: a.ask }
    case 'skip': {
      const i = STEPS.indexOf(s.step) + 1
      if (i >= STEPS.length) return s
      return {
        ...s,
        skipped: s.skipped.includes(s.step) ? s.skipped : [...s.skipped, s.step],
        step: STEPS[i] as StepId,
        askSkip: false,
        error: null,
      }
    }
    case 'finish':
      return { ...s, finished: a.finished }
  }
}
