/** Back and Next: whether Next may be pressed, and where a step moves (asking first when due). */
import { fixesPending } from './status'
import { STEPS, type StepId, type WizardState } from './wizard'

/** Whether Next may be pressed on the current step (the reason is shown beside a disabled Next). */
export function canGoNext(s: WizardState): boolean {
  switch (s.step) {
    case 'welcome':
      return s.machine !== null
    case 'symptom':
      // The symptom is optional: the checks are the same, it only orders the answer.
      return true
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

/** One step forward or back, or the question before the fixes are left unapplied. */
export function move(s: WizardState, by: 1 | -1): WizardState {
  const i = STEPS.indexOf(s.step) + by
  if (i < 0 || i >= STEPS.length || (by === 1 && !canGoNext(s))) return s
  // Leaving the fixes with changes neither applied nor skipped asks first.
  if (by === 1 && s.step === 'fixes' && fixesPending(s) && !s.skipped.includes('fixes'))
    return { ...s, askSkip: true }
  return { ...s, step: STEPS[i] as StepId, error: null, askSkip: false }
}
