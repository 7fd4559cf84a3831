import { describe, expect, it } from 'vitest'
import {
  canGoNext,
  initialState,
  reducer,
  type Action,
  type WizardState,
} from '../../renderer/state/wizard'
import type { MachineInfo } from '../../shared/channels'
import type { Diagnosis } from '../../shared/diagnosis'

const machine = {
  machine: {},
  source: { kind: 'file', label: 'x' },
  elevated: null,
  canApply: true,
  language: 'en',
  verify: null,
} as unknown as MachineInfo
const run = (...actions: Action[]) => actions.reduce(reducer, initialState)

describe('wizard reducer', () => {
  it('moves forward only when the step is complete, and back freely', () => {
    let s = run({ type: 'next' })
    expect(s.step).toBe('welcome')
    s = reducer(s, { type: 'machine-loaded', machine })
    s = reducer(s, { type: 'next' })
    expect(s.step).toBe('symptom')
    expect(reducer(s, { type: 'next' }).step).toBe('symptom')
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
  })

  it('progress: updates by id, and the final result overrides missed events', () => {
    let s: WizardState = reducer(initialState, {
      type: 'diagnosis-started',
      progress: [
        { id: 'schannel', kind: 'check', label: 'check.schannel', state: 'waiting' },
        { id: 'dotnet', kind: 'check', label: 'check.dotnet', state: 'waiting' },
        { id: 'h:25', kind: 'probe', label: 'h:25', state: 'waiting' },
      ],
    })
    expect(s.running).toBe(true)
    s = reducer(s, {
      type: 'progress',
      progress: { id: 'dotnet', kind: 'check', label: 'check.dotnet', state: 'running' },
    })
    expect(s.progress.map((p) => p.state)).toEqual(['waiting', 'running', 'waiting'])
    const d = {
      verdict: 'action-needed',
      findings: [{ id: 'tls12-not-enabled', severity: 'error' }],
      coverage: { missing: [] },
      probes: [],
    } as unknown as Diagnosis
    s = reducer(s, { type: 'diagnosis-done', diagnosis: d })
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
    const t = { host: 'a', port: 25, mode: 'starttls', role: 'local' } as const
    let s = reducer(initialState, { type: 'targets', targets: [t, { ...t, host: 'b' }] })
    s = reducer(s, { type: 'target-edit', index: 1, target: { ...t, host: 'c', port: 587 } })
    s = reducer(s, { type: 'target-remove', index: 0 })
    expect(s.targets).toEqual([{ ...t, host: 'c', port: 587 }])
    s = reducer(reducer(s, { type: 'busy', busy: true }), { type: 'error', message: 'x' })
    expect([s.busy, s.error]).toEqual([false, 'x'])
  })
})
