/**
 * The Restart step and the finish in the words of why a restart is due (review findings): a
 * pending marker or skipped fixes never read as "it still refuses TLS 1.2" nor as "the changes
 * take effect after it"; "opens by itself" only where a restart registers the wizard to (the
 * desktop app on this server's registry, or an answer that says it did); a file or a demo offers
 * no restart and says what to do on the server.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FinishStep } from '../../renderer/steps/FinishStep'
import { RestartStep, type RestartStepProps } from '../../renderer/steps/RestartStep'
import { nextIsPrimary, restartFacts } from '../../renderer/state/status'
import { initialState, type WizardState } from '../../renderer/state/wizard'
import type { MachineInfo } from '../../shared/channels'
import type { Diagnosis } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'

const text = (el: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
const noop = () => {}
const machine = (kind: 'live' | 'file' | 'demo') =>
  ({ source: { kind, label: 'x' }, machine: {}, canApply: true }) as unknown as MachineInfo
const pendingDiagnosis = {
  verdict: 'healthy',
  findings: [{ id: 'restart-pending' }],
  problems: [],
} as unknown as Diagnosis
const plan = {
  id: 'p',
  changes: [{}, {}],
  createKeys: [],
  restartNeeded: true,
} as unknown as FixPlan

/** A state of the wizard on the Restart step. */
const at = (over: Partial<WizardState>): WizardState => ({
  ...initialState,
  step: 'restart',
  machine: machine('live'),
  diagnosis: pendingDiagnosis,
  ...over,
})

const restart = (s: WizardState, over: Partial<RestartStepProps> = {}) =>
  text(
    <RestartStep
      {...restartFacts(s)}
      desktop={false}
      result={null}
      busy={false}
      onRestart={noop}
      onLater={noop}
      {...over}
    />,
  )
const finish = (s: WizardState) => {
  const t = text(<FinishStep state={{ ...s, finished: true }} onAgain={noop} />)
  return t.slice(t.indexOf('Done'))
}
const BUTTONS = ['Restart now', 'Schedule restart', 'Cancel a scheduled restart']

describe('the Restart step says why a restart is due', () => {
  it('a change applied here: the changes wait for it', () => {
    const s = at({ apply: { status: 'applied' } as WizardState['apply'], diagnosis: null })
    const t = restart(s)
    expect(t).toContain('Until the server restarts, the changes just made are not in effect.')
    expect(t).not.toContain('refuses TLS 1.2')
    for (const b of BUTTONS) expect(t).toContain(b)
    expect(finish(s)).toContain('A restart is still due: the changes take effect only after it.')
  })

  it('only a pending marker (a healthy server): Windows finishes what it waits for, nothing about TLS', () => {
    const s = at({})
    const t = restart(s)
    expect(t).toContain('The checks found that Windows is waiting for a restart')
    expect(t).toContain('A restart lets Windows finish what it is waiting for')
    expect(t).not.toMatch(/refuses TLS 1\.2|changes just made|skipped/)
    const left = finish(s)
    expect(left).toContain('A restart is still due: the checks found Windows waiting for one.')
    expect(left).not.toContain('the changes take effect only after it')
  })

  it('fixes skipped while Windows waits: the restart applies none of them, here and at the finish', () => {
    const s = at({ plan, skipped: ['fixes'] })
    expect(restartFacts(s)).toMatchObject({ need: 'pending', fixesSkipped: true, offered: true })
    const t = restart(s)
    expect(t).toContain('You skipped the fixes: this restart does not apply them')
    expect(t).not.toContain('refuses TLS 1.2')
    expect(finish(s)).toContain('The fixes were skipped: nothing was changed.')
    expect(finish(s)).not.toContain('the changes take effect only after it')
    // Skipped with no marker: no restart would help, and the finish says so.
    const none = at({ plan, skipped: ['fixes'], diagnosis: { ...pendingDiagnosis, findings: [] } })
    expect(finish(none)).toContain('You skipped the fixes: nothing was changed')
  })

  it('"opens by itself" only in the desktop app on this server, or when the answer says so', () => {
    const s = at({ apply: { status: 'applied' } as WizardState['apply'] })
    const reopens = 'After the restart the wizard opens by itself'
    expect(restart(s, { desktop: true })).toContain(reopens)
    // tlswizard serve: nothing registers the wizard to run after a restart.
    expect(restart(s, { desktop: false })).not.toContain(reopens)
    const answer = { command: 'c', done: true, message: 'm', at: '2026-11-25T10:00:00.000Z' }
    expect(restart(s, { desktop: true, result: { ...answer, relaunch: false } })).not.toContain(
      reopens,
    )
    expect(restart(s, { desktop: false, result: { ...answer, relaunch: true } })).toContain(reopens)
    // A file never reopens anything, whatever the front end.
    expect(restart(at({ machine: machine('file') }), { desktop: true })).not.toContain(reopens)
  })

  it.each(['file', 'demo'] as const)(
    'a %s: no restart offered; what to do on the server, and Next is the main action',
    (kind) => {
      const pending = at({ machine: machine(kind), plan, skipped: ['fixes'] })
      const t = restart(pending, { desktop: true })
      expect(t).toContain('This registry is a file, so nothing is restarted from here')
      expect(t).toContain('restart that server itself')
      expect(t).toContain('You skipped the fixes')
      for (const b of [...BUTTONS, 'I will restart later']) expect(t).not.toContain(b)
      expect(t).not.toMatch(/Mail flow stops|opens by itself|refuses TLS 1\.2/)
      expect(nextIsPrimary(pending)).toBe(true)
      expect(nextIsPrimary(at({}))).toBe(false)
      expect(finish(pending)).toContain('restart that server itself')
      // A prepared fix: import it there, then restart that server (the existing words).
      const fix = 'C:\\out\\EX1.fix.reg'
      const prepared = at({
        machine: machine(kind),
        apply: { status: 'prepared', prepared: { fix, patched: 'p' } } as WizardState['apply'],
      })
      expect(restart(prepared)).toContain(`After importing it on the server (reg import "${fix}")`)
      expect(restart(prepared)).not.toContain('Restart now')
      expect(finish(prepared)).toContain(`reg import "${fix}"`)
    },
  )
})
