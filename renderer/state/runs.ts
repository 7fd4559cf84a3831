/**
 * Which diagnosis the wizard's results belong to. Each run of the checks has an id that its
 * results carry; a result of a run that is no longer the current one (a newer run started, or a
 * saved report was opened meanwhile) is dropped, never shown as the current answer. And what a new
 * diagnosis replaces: whatever was saved, applied or decided about the previous one.
 */
import { STEPS, type Action, type WizardState } from './wizard'

/** Whether the action is the result of a run that is not the current one (it is then dropped). */
export function isStale(s: WizardState, a: Action): boolean {
  // A run's start makes it the current one; what it sends after is checked against it.
  if (a.type === 'diagnosis-started' || !('run' in a) || a.run === undefined) return false
  return a.run !== s.run
}

/** What a new diagnosis (a run, or a saved report opened) clears: all of the previous one's. */
export function clearedForNewDiagnosis(s: WizardState) {
  return {
    diagnosis: null,
    plan: null,
    apply: null,
    rollback: null,
    savedReport: null,
    askSkip: false,
    // Skipping the fixes or the restart was a decision about the previous result: asked again.
    skipped: s.skipped.filter((id) => STEPS.indexOf(id) < STEPS.indexOf('checks')),
  } satisfies Partial<WizardState>
}
