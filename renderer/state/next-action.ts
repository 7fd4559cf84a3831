/**
 * The one next action the verdict names. It agrees with the Fixes step: when the registry has
 * nothing to change (an empty plan that proves it, status.ts planProvesNothing), it never sends the
 * admin to the fixes but to what the worst problem itself calls for.
 */
import type { Diagnosis } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import { MANUAL_STEPS } from '../../shared/manual-steps'
import { planProvesNothing } from './status'

/** A message key and its parameters (`step` is a fix id, shown by its name). */
export interface NextAction {
  key: string
  params?: Record<string, string | number>
}

const manual = (id: string, when?: 'before' | 'after') =>
  MANUAL_STEPS.some((m) => m.id === id && (!when || m.when === when))

/**
 * An update the worst problem needs before anything else, else the registry changes of the plan,
 * else (nothing for the registry to change) the worst problem's own step or its advice, else the
 * verdict's own words.
 */
export function nextAction(d: Diagnosis, plan: FixPlan | null): NextAction {
  if (d.verdict !== 'action-needed') return { key: `checks.next.${d.verdict}` }
  const fixes = d.problems[0]?.fixes ?? []
  const before = fixes.find((id) => manual(id, 'before'))
  if (plan?.changes.length) {
    if (before) return { key: 'checks.next.manual', params: { step: before } }
    return { key: 'checks.next.apply', params: { count: plan.changes.length } }
  }
  if (planProvesNothing(plan, d)) {
    // In the problem's own order: the step its finding names first is the one to take first.
    const own = fixes.find((id) => manual(id))
    return own ? { key: 'checks.next.step', params: { step: own } } : { key: 'checks.next.advice' }
  }
  if (before) return { key: 'checks.next.manual', params: { step: before } }
  return { key: 'checks.next.action-needed' }
}
