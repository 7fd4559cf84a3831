/**
 * The verdict's next action agrees with the plan and the step bar (review finding): with nothing
 * for the registry to change, it names the worst problem's own step, or its advice, and never
 * "go on to the fixes, which change the registry". Also the Checks step's other words: the servers
 * "proposed" only when they were, and the review banner's time in the page's language.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../../main/checks/diagnose'
import { ChecksStep, targetsHint } from '../../renderer/steps/ChecksStep'
import { VerdictBar } from '../../renderer/components/VerdictBar'
import { nextAction } from '../../renderer/state/next-action'
import { stepStatus } from '../../renderer/state/status'
import { initialState } from '../../renderer/state/wizard'
import type { Diagnosis, Problem } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import type { TargetDraft } from '../../shared/targets'
import { emptyFacts } from '../helpers/facts'

const text = (el: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
const noop = () => {}
const d = diagnose(
  { ...emptyFacts(7601), computerName: 'EX1' },
  {
    tool: { name: 't', version: '0' },
    source: { kind: 'demo', adapter: 'reg-file', location: 'demo x' },
    now: new Date('2026-11-25T10:30:00.000Z'),
  },
)
const problem = (id: Problem['id'], fixes: Problem['fixes']): Problem => ({
  id,
  severity: 'error',
  messageKey: `problem.${id}`,
  params: {},
  findings: [],
  fixes,
  evidence: [],
})
const withProblems = (...problems: Problem[]): Diagnosis => ({
  ...d,
  verdict: 'action-needed',
  problems,
})
const plan = (changes: number): FixPlan =>
  ({
    id: 'a'.repeat(64),
    changes: Array(changes).fill({}),
    createKeys: [],
    restartNeeded: true,
  }) as FixPlan
const next = (diagnosis: Diagnosis, p: FixPlan | null) =>
  text(<VerdictBar diagnosis={diagnosis} plan={p} />)

describe('the next action', () => {
  it('reviewing a saved report: none (nothing can be done from there; the review note says so)', () => {
    const found = withProblems(problem('tls12-off-incoming', ['schannel-tls12-enable']))
    expect(next(found, null)).toContain('Next: go on to the fixes')
    const t = text(<VerdictBar diagnosis={found} plan={null} review />)
    expect(t).not.toContain('Next:')
    expect(t).toContain('Action needed')
  })

  it('a probe found the problem and the registry has nothing to change: its own advice', () => {
    for (const id of ['smtp-rejected', 'starttls-missing', 'wire-tls12-refused'] as const) {
      const found = withProblems(problem(id, []), problem('exchange-updates', ['update-exchange']))
      expect(nextAction(found, plan(0))).toEqual({ key: 'checks.next.advice' })
      const t = next(found, plan(0))
      expect(t).toContain('Next: no registry change is planned for the problems found.')
      expect(t).not.toMatch(/go on to the fixes|change the registry/)
      // The step bar agrees: nothing for the Fixes step to do.
      const s = { ...initialState, diagnosis: found, plan: plan(0) }
      expect(stepStatus(s, 'fixes')).toBe('done')
    }
  })

  it('the worst problem names a step of its own: that step, in its own order', () => {
    const refused = withProblems(
      problem('wire-tls12-refused', ['restart-server', 'update-exchange']),
    )
    expect(nextAction(refused, plan(0))).toEqual({
      key: 'checks.next.step',
      params: { step: 'restart-server' },
    })
    expect(next(refused, plan(0))).toContain(
      'Next: Restart the server. No registry change is planned for the problems found.',
    )
  })

  it('registry changes to make: the fixes, after an update the worst problem needs first', () => {
    const off = withProblems(problem('tls12-off-both', ['schannel-tls12-enable', 'restart-server']))
    expect(nextAction(off, plan(3))).toEqual({ key: 'checks.next.apply', params: { count: 3 } })
    const old = withProblems(problem('exchange-too-old', ['update-exchange']))
    expect(nextAction(old, plan(3))).toEqual({
      key: 'checks.next.manual',
      params: { step: 'update-exchange' },
    })
    expect(nextAction(old, plan(0)).key).toBe('checks.next.step')
    // The plan not known yet (a saved report): no claim either way.
    expect(nextAction(withProblems(problem('smtp-rejected', [])), null)).toEqual({
      key: 'checks.next.action-needed',
    })
    expect(nextAction({ ...d, verdict: 'inconclusive' }, plan(0)).key).toBe(
      'checks.next.inconclusive',
    )
    expect(nextAction({ ...d, verdict: 'healthy' }, plan(0)).key).toBe('checks.next.healthy')
  })
})

describe('the Checks step', () => {
  const target = (role: TargetDraft['role']): TargetDraft => ({
    host: 'h',
    port: '25',
    mode: 'starttls',
    role,
  })

  it('says servers were proposed only when they were', () => {
    expect(targetsHint([])).toBe('checks.targets.hint.none')
    expect(targetsHint([target('smarthost')])).toBe('checks.targets.hint.none')
    expect(targetsHint([target('local')])).toBe('checks.targets.hint.local')
    expect(targetsHint([target('office365')])).toBe('checks.targets.hint.office365')
    expect(targetsHint([target('local'), target('office365')])).toBe('checks.targets.hint')
  })

  it('names the time of a saved report as a date, never as an ISO timestamp', () => {
    const t = text(
      <ChecksStep
        targets={[]}
        domain=""
        finding={false}
        progress={[]}
        running={false}
        diagnosis={d}
        plan={null}
        review
        before={null}
        onLeaveReview={noop}
        onChange={noop}
        onRemove={noop}
        onAdd={noop}
        onDomain={noop}
        onFind={noop}
        onRun={noop}
      />,
    )
    expect(t).not.toContain('2026-11-25T10:30')
    expect(t).toContain(`made ${new Date(d.generatedAt).toLocaleString()}.`)
  })
})
