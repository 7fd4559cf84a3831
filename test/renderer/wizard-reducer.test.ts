import { describe, expect, it } from 'vitest'
import {
  canGoNext,
  initialState,
  nothingToFix,
  reducer,
  restartNeed,
  stepStatus,
  type Action,
  type StepId,
  type WizardState,
} from '../../renderer/state/wizard'
import type { MachineInfo } from '../../shared/channels'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../shared/fixes'

const machine = {
  machine: {},
  source: { kind: 'file', label: 'x' },
  elevated: null,
  canApply: true,
  language: 'en',
  languages: ['en'],
  verify: null,
} as unknown as MachineInfo
const run = (...actions: Action[]) => actions.reduce(reducer, initialState)
const runFrom = (s: WizardState, ...actions: Action[]) => actions.reduce(reducer, s)

describe('wizard reducer', () => {
  it('moves forward only when the step is complete, and back freely', () => {
    let s = run({ type: 'next' })
    expect(s.step).toBe('welcome')
    s = reducer(s, { type: 'machine-loaded', machine })
    s = reducer(s, { type: 'next' })
    expect(s.step).toBe('symptom')
    // The symptom is optional: the checks are the same without one.
    expect(reducer(s, { type: 'next' }).step).toBe('checks')
    s = reducer(s, { type: 'symptom', symptom: 'all' })
    s = reducer(s, { type: 'next' })
    expect(s.step).toBe('checks')
    expect(canGoNext(s)).toBe(false)
    s = reducer(s, { type: 'back' })
    expect(s.step).toBe('symptom')
    expect(reducer(run({ type: 'back' }), { type: 'back' }).step).toBe('welcome')
  })

  it('a recognised paste chooses the symptom; clearing the text clears the classification', () => {
    let s = reducer(initialState, {
      type: 'classified',
      classification: {
        symptom: 'sendlog-tls-failed',
        matches: [{ id: 'tls-negotiation-socketerror', text: 't' }],
      },
    })
    expect(s.symptom).toBe('sendlog-tls-failed')
    s = reducer(s, { type: 'pasted', text: '  ' })
    expect(s.classification).toBeNull()
    // The symptom went with the text that chose it (review finding: it stayed selected).
    expect(s.symptom).toBeNull()
  })

  it('text no longer recognised drops the symptom the paste chose, never one chosen by hand', () => {
    const recognised = {
      symptom: 'sendlog-tls-failed' as const,
      matches: [{ id: 'tls-negotiation-socketerror' as const, text: 't' }],
    }
    const unknown = { symptom: null, matches: [] }
    let s = reducer(initialState, { type: 'classified', classification: recognised })
    s = reducer(s, { type: 'classified', classification: unknown })
    expect(s.symptom).toBeNull()
    s = reducer(initialState, { type: 'symptom', symptom: 'all' })
    s = reducer(s, { type: 'classified', classification: unknown })
    expect(s.symptom).toBe('all')
    s = reducer(s, { type: 'pasted', text: '' })
    expect(s.symptom).toBe('all')
  })

  it('progress: updates by id, and the final result overrides missed events', () => {
    let s: WizardState = reducer(initialState, {
      type: 'diagnosis-started',
      run: 1,
      progress: [
        { id: 'schannel', kind: 'check', label: 'check.schannel', state: 'waiting' },
        { id: 'dotnet', kind: 'check', label: 'check.dotnet', state: 'waiting' },
        { id: 'h:25', kind: 'probe', label: 'h:25', state: 'waiting' },
      ],
    })
    expect(s.running).toBe(true)
    s = reducer(s, {
      type: 'progress',
      run: 1,
      progress: { id: 'dotnet', kind: 'check', label: 'check.dotnet', state: 'running' },
    })
    expect(s.progress.map((p) => p.state)).toEqual(['waiting', 'running', 'waiting'])
    const d = {
      verdict: 'action-needed',
      findings: [{ id: 'tls12-not-enabled', severity: 'error' }],
      coverage: { missing: [] },
      probes: [],
    } as unknown as Diagnosis
    s = reducer(s, { type: 'diagnosis-done', run: 1, diagnosis: d })
    expect(s.running).toBe(false)
    expect(s.progress.map((p) => p.state)).toEqual(['error', 'ok', 'error'])
  })

  it('verify mode opens on the Checks step; "go" only goes back', () => {
    const s = reducer(initialState, {
      type: 'machine-loaded',
      machine: { ...machine, verify: { before: {} as Diagnosis } },
    })
    expect(s.step).toBe('checks')
    expect(reducer(s, { type: 'go', step: 'report' }).step).toBe('checks')
    expect(reducer(s, { type: 'go', step: 'welcome' }).step).toBe('welcome')
  })

  it('targets can be edited and removed; errors clear busy', () => {
    const t = { host: 'a', port: '25', mode: 'starttls', role: 'local' } as const
    let s = reducer(initialState, { type: 'targets', targets: [t, { ...t, host: 'b' }] })
    s = reducer(s, { type: 'target-edit', index: 1, target: { ...t, host: 'c', port: '587' } })
    s = reducer(s, { type: 'target-remove', index: 0 })
    expect(s.targets).toEqual([{ ...t, host: 'c', port: '587' }])
    s = reducer(reducer(s, { type: 'busy', busy: true }), { type: 'error', message: 'x' })
    expect([s.busy, s.error]).toEqual([false, 'x'])
  })

  it('a failed run leaves no spinner: running and waiting entries become "not decided"', () => {
    let s = reducer(initialState, {
      type: 'diagnosis-started',
      run: 1,
      progress: [
        { id: 'schannel', kind: 'check', label: 'check.schannel', state: 'error' },
        { id: 'h:25', kind: 'probe', label: 'h:25', state: 'running' },
        { id: 'dotnet', kind: 'check', label: 'check.dotnet', state: 'waiting' },
      ],
    })
    s = reducer(s, { type: 'error', message: 'gone', lost: true, retry: 'checks' })
    expect(s.progress.map((p) => p.state)).toEqual(['error', 'unknown', 'unknown'])
    expect([s.running, s.lost, s.retry]).toEqual([false, true, 'checks'])
    expect(reducer(s, { type: 'error', message: null }).retry).toBeNull()
  })

  it('the fixes ask before they are skipped; the step bar ticks only what was done', () => {
    const plan = { id: 'p', changes: [{}, {}], createKeys: [], restartNeeded: true }
    let s: WizardState = {
      ...run({ type: 'machine-loaded', machine }),
      step: 'fixes',
      diagnosis: { findings: [], verdict: 'action-needed' } as unknown as Diagnosis,
      plan: plan as unknown as WizardState['plan'],
    }
    expect(stepStatus(s, 'fixes')).toBe('current')
    s = reducer(s, { type: 'next' })
    expect([s.step, s.askSkip]).toEqual(['fixes', true])
    s = reducer(s, { type: 'ask-skip', ask: false })
    expect(s.askSkip).toBe(false)
    // Applying while the question is open answers it: the question goes (review finding).
    const asked = reducer(s, { type: 'next' })
    const result = { status: 'applied', results: [] } as unknown as ApplyResult
    expect(reducer(asked, { type: 'applied', result }).askSkip).toBe(false)
    s = reducer(reducer(s, { type: 'next' }), { type: 'skip' })
    expect(s.step).toBe('restart')
    expect(stepStatus(s, 'fixes')).toBe('skipped')
    expect(stepStatus(s, 'checks')).toBe('done')
    expect(stepStatus(s, 'symptom')).toBe('todo')
    // Skipped fixes: no restart is "not needed"; it would not help yet.
    expect(restartNeed(s)).toBe('fixes-skipped')
    expect(stepStatus(s, 'restart')).toBe('current')
    s = reducer(s, { type: 'skip' })
    expect([s.step, stepStatus(s, 'restart')]).toEqual(['report', 'skipped'])
  })

  it('restart need: a prepared fix, a live change and a pending restart each say so', () => {
    const base = run({ type: 'machine-loaded', machine })
    const pending = {
      ...base,
      diagnosis: { findings: [{ id: 'restart-pending' }] } as unknown as Diagnosis,
    }
    expect(restartNeed(base)).toBe('none')
    expect(restartNeed(pending)).toBe('pending')
    const prepared = { prepared: { fix: 'f.fix.reg', patched: 'p.reg' }, status: 'applied' }
    expect(restartNeed({ ...pending, apply: prepared as WizardState['apply'] })).toBe('prepared')
    expect(restartNeed({ ...base, apply: { status: 'applied' } as WizardState['apply'] })).toBe(
      'applied',
    )
  })

  it('"Check this server now" goes straight to the checks and marks the symptom skipped', () => {
    const s = reducer(run({ type: 'machine-loaded', machine }), { type: 'check-now' })
    expect(s.step).toBe('checks')
    expect(stepStatus(s, 'symptom')).toBe('skipped')
    expect(reducer(initialState, { type: 'check-now' }).step).toBe('welcome')
  })

  it('never claims what the registry did not show: restart state unknown, an empty plan unproven', () => {
    const base = run({ type: 'machine-loaded', machine })
    // HKLM\SOFTWARE not read: the restart markers were not seen, and nothing could be planned.
    const unseen = {
      ...base,
      step: 'fixes' as const,
      diagnosis: {
        verdict: 'inconclusive',
        findings: [],
        coverage: { missing: ['software'] },
      } as unknown as Diagnosis,
      plan: {
        id: 'p',
        changes: [],
        createKeys: [],
        restartNeeded: false,
      } as unknown as WizardState['plan'],
    }
    expect(restartNeed(unseen)).toBe('unknown')
    expect(nothingToFix(unseen)).toBe(false)
    expect(stepStatus(unseen, 'fixes')).toBe('current')
    // Everything shown and nothing wrong: no restart is due and the empty plan proves it.
    const seen = {
      ...unseen,
      diagnosis: {
        verdict: 'healthy',
        findings: [],
        coverage: { missing: [] },
      } as unknown as Diagnosis,
    }
    expect(restartNeed(seen)).toBe('none')
    expect(nothingToFix(seen)).toBe(true)
    expect(stepStatus(seen, 'fixes')).toBe('done')
  })

  it('a run started before a saved report was opened, or before a newer run, is dropped', () => {
    const live = { verdict: 'healthy', findings: [] } as unknown as Diagnosis
    const saved = { verdict: 'action-needed', findings: [] } as unknown as Diagnosis
    const plan = { id: 'p', changes: [{}] } as unknown as FixPlan
    const probe = { id: 'h:25', kind: 'probe', label: 'h:25', state: 'running' } as const
    // Run 1, Run again (run 2), Back to Welcome, and a saved report opened while both still run.
    let s = run(
      { type: 'machine-loaded', machine },
      { type: 'check-now' },
      { type: 'diagnosis-started', run: 1, progress: [] },
      { type: 'diagnosis-started', run: 2, progress: [probe] },
      { type: 'go', step: 'welcome' },
      { type: 'review', diagnosis: saved },
    )
    expect([s.review, s.running, s.diagnosis, s.step]).toEqual([true, false, saved, 'checks'])
    // Whatever either run sends after that leaves the saved report as it is.
    for (const r of [1, 2])
      for (const a of [
        { type: 'progress', run: r, progress: { ...probe, state: 'ok' } },
        { type: 'diagnosis-done', run: r, diagnosis: live },
        { type: 'plan-loaded', run: r, plan },
        { type: 'error', message: 'gone', lost: true, retry: 'checks', run: r },
      ] as const)
        expect(reducer(s, a)).toBe(s)
    // Back to this server: only the newest run's answer is taken, never an older one's.
    s = runFrom(s, { type: 'review-exit' }, { type: 'diagnosis-started', run: 3, progress: [] })
    expect(reducer(s, { type: 'diagnosis-done', run: 2, diagnosis: saved })).toBe(s)
    s = reducer(s, { type: 'diagnosis-done', run: 3, diagnosis: live })
    s = reducer(s, { type: 'plan-loaded', run: 3, plan })
    expect([s.running, s.diagnosis, s.plan]).toEqual([false, live, plan])
  })

  it('a new diagnosis keeps nothing of the old one: saved report, fix result, skipped steps', () => {
    const prepared = { status: 'applied', prepared: { fix: 'f.fix.reg' } } as unknown as ApplyResult
    const saved = { file: '/out/r.html', format: 'html', redact: false } as const
    let s: WizardState = {
      ...run({ type: 'machine-loaded', machine }, { type: 'check-now' }),
      diagnosis: { verdict: 'action-needed', findings: [] } as unknown as Diagnosis,
      apply: prepared,
      rollback: {} as WizardState['rollback'],
      skipped: ['symptom', 'fixes', 'restart'],
      step: 'report',
    }
    s = reducer(s, { type: 'report-saved', saved })
    // A save cancelled in the dialog keeps the one before.
    expect(reducer(s, { type: 'report-saved', saved: null }).savedReport).toEqual(saved)
    expect([stepStatus(s, 'report'), restartNeed(s)]).toEqual(['done', 'prepared'])
    // "Check this server again" (FinishStep), or Run again: the new run starts clean.
    s = runFrom(s, { type: 'review-exit' }, { type: 'diagnosis-started', run: 7, progress: [] })
    expect([s.savedReport, s.apply, s.rollback, s.plan]).toEqual([null, null, null, null])
    expect(s.skipped).toEqual(['symptom'])
    expect(['fixes', 'restart', 'report'].map((id) => stepStatus(s, id as StepId))).toEqual([
      'todo',
      'todo',
      'todo',
    ])
  })
})
