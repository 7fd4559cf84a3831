/**
 * What the screens derive from the wizard's state, in one place so that they never disagree:
 * whether fixes are pending, whether Next is the main action, why a restart is due, how the step bar shows each step, and the
 * progress list once a run ends.
 */
import type { Progress } from '../../shared/channels'
import { CHECK_GROUPS, groupState, probeState } from '../../shared/check-groups'
import type { Diagnosis } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import { targetLabel } from '../../shared/probe-basics'
import { STEPS, type StepId, type WizardState } from './wizard'

/** Whether the plan shown has changes that were neither applied, prepared nor skipped. */
export function fixesPending(s: WizardState): boolean {
  return !!s.plan?.changes.length && !s.apply && !s.review
}

/** Whether Next is the page's main action: not where the step has its own (Apply, Schedule restart). */
export function nextIsPrimary(s: WizardState): boolean {
  return (
    !(s.step === 'fixes' && fixesPending(s)) &&
    !(s.step === 'restart' && !s.restart && restartFacts(s).offered)
  )
}

/** Why a restart is due: a live change, a prepared fix (after its import), or Windows says so. */
export type RestartNeed = 'applied' | 'prepared' | 'pending' | 'fixes-skipped' | 'unknown' | 'none'

/** The one answer to "is a restart needed?" that the Restart step, the step bar and the finish share. */
export function restartNeed(s: WizardState): RestartNeed {
  if (s.apply?.prepared) return 'prepared'
  if (s.apply?.status === 'applied') return 'applied'
  if (s.diagnosis?.findings.some((f) => f.id === 'restart-pending')) return 'pending'
  if (s.skipped.includes('fixes') && s.plan?.changes.length) return 'fixes-skipped'
  // The registry read did not show the restart markers: never "Windows is not waiting".
  const restart = CHECK_GROUPS.find((g) => g.id === 'restart')
  if (s.diagnosis && restart && groupState(restart, s.diagnosis) === 'unknown') return 'unknown'
  return 'none'
}

/** What the Restart step says and offers, from the same answers the step bar and the finish use. */
export function restartFacts(s: WizardState) {
  const need = restartNeed(s)
  // Only a live registry is this server's: a file or a demo has no server here to restart.
  const offline = s.machine?.source.kind !== 'live'
  return {
    need,
    offline,
    /** The restart buttons are offered: a live change, or Windows waits for one on this server. */
    offered: !offline && (need === 'applied' || need === 'pending'),
    /** The fixes had changes and were skipped: a restart applies none of them. */
    fixesSkipped: s.skipped.includes('fixes') && !!s.plan?.changes.length,
    /** The fix file to import first, when the fix was only prepared. */
    fixFile: s.apply?.prepared?.fix ?? null,
  }
}

/** True when an empty plan proves nothing is to change (the registry showed everything). */
export function planProvesNothing(plan: FixPlan | null, d: Diagnosis | null): boolean {
  return plan?.changes.length === 0 && !plan.refused && d?.verdict !== 'inconclusive'
}

/** planProvesNothing for the state's plan (the step bar, the Fixes step and the finish use it). */
export function nothingToFix(s: WizardState): boolean {
  return planProvesNothing(s.plan, s.diagnosis)
}

/** How the step bar shows a step: ticked only when done, marked when skipped. */
export type StepStatus = 'done' | 'skipped' | 'current' | 'todo'

/** The status of one step. */
export function stepStatus(s: WizardState, id: StepId): StepStatus {
  if (s.skipped.includes(id)) return 'skipped'
  const done: Record<StepId, boolean> = {
    welcome: s.machine !== null && STEPS.indexOf(s.step) > 0,
    symptom: s.symptom !== null,
    checks: s.diagnosis !== null,
    fixes: !!s.apply || (nothingToFix(s) && !s.review),
    restart: s.restart !== null && s.restart.command !== '' && (s.restart.done || !!s.restart.at),
    report: s.savedReport !== null,
  }
  if (done[id]) return 'done'
  return id === s.step ? 'current' : 'todo'
}

// After a failure nothing is still running: a spinner must never outlive its request.
export const settled = (progress: Progress[]): Progress[] =>
  progress.map((p) =>
    p.state === 'running' || p.state === 'waiting' ? { ...p, state: 'unknown' } : p,
  )

/** The progress list once the result is in: every entry judged from the diagnosis itself. */
export function finalProgress(progress: Progress[], d: Diagnosis): Progress[] {
  return progress.map((p) => {
    if (p.kind === 'check') {
      const group = CHECK_GROUPS.find((g) => g.id === p.id)
      return group ? { ...p, state: groupState(group, d) } : p
    }
    const o = d.probes?.find((x) => targetLabel(x.target) === p.id)
    if (!o) return p.state === 'running' || p.state === 'waiting' ? { ...p, state: 'error' } : p
    return { ...p, state: probeState(o, d.findings) }
  })
}

/**
 * The symptom once the paste's classification becomes `next`: the one it recognises, else none if
 * the symptom was the earlier paste's (it goes with that text), else the admin's own choice.
 */
export function symptomAfter(
  s: WizardState,
  next: WizardState['classification'],
): WizardState['symptom'] {
  if (next?.symptom) return next.symptom
  return s.classification?.symptom && s.symptom === s.classification.symptom ? null : s.symptom
}
