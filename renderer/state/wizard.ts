/** The wizard's state: a discriminated step plus the data gathered so far, changed only by the reducer. */
import type { Classification, MachineInfo, Progress, Res } from '../../shared/channels'
import { CHECK_GROUPS, groupState, probeState } from '../../shared/check-groups'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import type { Language } from '../../shared/i18n/languages'
import { targetLabel, type ProbeTarget } from '../../shared/probe'
import type { SymptomId } from '../../shared/symptoms'

/** The steps, in order. */
export const STEPS = ['welcome', 'symptom', 'checks', 'fixes', 'restart', 'report'] as const
/** A step. */
export type StepId = (typeof STEPS)[number]

/** Everything the screens show. */
export interface WizardState {
  step: StepId
  language: Language
  machine: MachineInfo | null
  symptom: SymptomId | 'all' | null
  pasted: string
  classification: Classification | null
  domain: string
  targets: ProbeTarget[]
  progress: Progress[]
  running: boolean
  diagnosis: Diagnosis | null
  plan: FixPlan | null
  apply: ApplyResult | null
  rollback: Res<'fixes:rollback'> | null
  restart: Res<'restart:schedule'> | null
  savedReport: string | null
  /** Reviewing a saved report: nothing is re-run, nothing can be applied. */
  review: boolean
  busy: boolean
  error: string | null
}

/** What can happen. */
export type Action =
  | { type: 'machine-loaded'; machine: MachineInfo }
  | { type: 'go'; step: StepId }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'language'; language: Language }
  | { type: 'symptom'; symptom: SymptomId | 'all' }
  | { type: 'pasted'; text: string }
  | { type: 'classified'; classification: Classification | null }
  | { type: 'domain'; domain: string }
  | { type: 'targets'; targets: ProbeTarget[] }
  | { type: 'target-edit'; index: number; target: ProbeTarget }
  | { type: 'target-remove'; index: number }
  | { type: 'diagnosis-started'; progress: Progress[] }
  | { type: 'progress'; progress: Progress }
  | { type: 'diagnosis-done'; diagnosis: Diagnosis }
  | { type: 'plan-loaded'; plan: FixPlan }
  | { type: 'applied'; result: ApplyResult }
  | { type: 'rolled-back'; result: Res<'fixes:rollback'> }
  | { type: 'restart'; result: Res<'restart:schedule'> }
  | { type: 'report-saved'; file: string | null }
  | { type: 'review'; diagnosis: Diagnosis }
  | { type: 'busy'; busy: boolean }
  | { type: 'error'; message: string | null }

/** The state before anything is known. */
export const initialState: WizardState = {
  step: 'welcome',
  language: 'en',
  machine: null,
  symptom: null,
  pasted: '',
  classification: null,
  domain: '',
  targets: [],
  progress: [],
  running: false,
  diagnosis: null,
  plan: null,
  apply: null,
  rollback: null,
  restart: null,
  savedReport: null,
  review: false,
  busy: false,
  error: null,
}

/** Whether Next may be pressed on the current step (the reason is shown beside a disabled Next). */
export function canGoNext(s: WizardState): boolean {
  switch (s.step) {
    case 'welcome':
      return s.machine !== null
    case 'symptom':
      return s.symptom !== null || (s.classification?.symptom ?? null) !== null
    case 'checks':
      return s.diagnosis !== null && !s.running && !s.review
    case 'fixes':
      return !s.busy
    case 'restart':
      return true
    case 'report':
      return false
  }
}

function move(s: WizardState, by: 1 | -1): WizardState {
  const i = STEPS.indexOf(s.step) + by
  if (i < 0 || i >= STEPS.length || (by === 1 && !canGoNext(s))) return s
  return { ...s, step: STEPS[i] as StepId, error: null }
}

function finalProgress(progress: Progress[], d: Diagnosis): Progress[] {
  return progress.map((p) => {
    if (p.kind === 'check') {
      const group = CHECK_GROUPS.find((g) => g.id === p.id)
      return group ? { ...p, state: groupState(group, d) } : p
    }
    const o = d.probes?.find((x) => targetLabel(x.target) === p.id)
    if (!o) return p.state === 'running' || p.state === 'waiting' ? { ...p, state: 'error' } : p
    return { ...p, state: probeState(o) }
  })
}

/** The pure reducer. */
export function reducer(s: WizardState, a: Action): WizardState {
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
      return { ...s, pasted: a.text, classification: a.text.trim() ? s.classification : null }
    case 'classified':
      return {
        ...s,
        classification: a.classification,
        symptom: a.classification?.symptom ?? s.symptom,
      }
    case 'domain':
      return { ...s, domain: a.domain }
    case 'targets':
      return { ...s, targets: a.targets }
    case 'target-edit':
      return { ...s, targets: s.targets.map((t, i) => (i === a.index ? a.target : t)) }
    case 'target-remove':
      return { ...s, targets: s.targets.filter((_, i) => i !== a.index) }
    case 'diagnosis-started':
      return { ...s, running: true, progress: a.progress, diagnosis: null, plan: null, error: null }
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
    case 'applied':
      return { ...s, apply: a.result, busy: false }
    case 'rolled-back':
      return { ...s, rollback: a.result, apply: null, busy: false }
    case 'restart':
      return { ...s, restart: a.result, busy: false }
    case 'report-saved':
      return { ...s, savedReport: a.file, busy: false }
    case 'review':
      return {
        ...s,
        review: true,
        diagnosis: a.diagnosis,
        plan: null,
        apply: null,
        progress: [],
        step: 'checks',
        error: null,
      }
    case 'busy':
      return { ...s, busy: a.busy }
    case 'error':
      return { ...s, error: a.message, busy: false, running: false }
  }
}
