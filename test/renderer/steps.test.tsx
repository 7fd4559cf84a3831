import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BeforeAfter } from '../../renderer/components/BeforeAfter'
import { ChecksStep } from '../../renderer/steps/ChecksStep'
import { FinishStep } from '../../renderer/steps/FinishStep'
import { FixesStep } from '../../renderer/steps/FixesStep'
import { ReportStep } from '../../renderer/steps/ReportStep'
import { RestartStep } from '../../renderer/steps/RestartStep'
import { SymptomStep } from '../../renderer/steps/SymptomStep'
import { WelcomeStep } from '../../renderer/steps/WelcomeStep'
import { diagnose } from '../../main/checks/diagnose'
import { emptyFacts } from '../helpers/facts'
import type { MachineInfo, Progress } from '../../shared/channels'
import { CHECK_GROUPS, groupState } from '../../shared/check-groups'
import { initialState, type WizardState } from '../../renderer/state/wizard'

const html = (el: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>)
const text = (el: ReactElement) =>
  html(el)
    // A word-break opportunity is not a space (registry paths carry one after each backslash).
    .replace(/<wbr\/?>|<\/?span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
const noop = () => {}
/** The Fixes step's props a test does not look at: not busy, no question asked, inert handlers. */
const FIXES_IDLE = {
  rollback: null,
  busy: false,
  askSkip: false,
  onApply: noop,
  onRollback: noop,
  onSkip: noop,
  onStay: noop,
}
const d = diagnose(
  { ...emptyFacts(7601), computerName: 'EX1' },
  {
    tool: { name: 't', version: '0' },
    source: { kind: 'demo', adapter: 'reg-file', location: 'demo x' },
    now: new Date(0),
  },
)
// An export of the SCHANNEL key alone: no Windows build, no HKLM\SOFTWARE.
const inconclusive = diagnose(
  {
    ...emptyFacts(),
    schannel: {
      ...emptyFacts().schannel,
      'TLS 1.2': { client: { enabled: 1 }, server: { enabled: 1 } },
    },
    seen: { software: false, schannel: true, cipherLocal: false },
  },
  {
    tool: { name: 't', version: '0' },
    source: { kind: 'file', adapter: 'reg-file', location: 'schannel.reg' },
    now: new Date(0),
    registryFiles: ['schannel.reg'],
  },
)
const checkProps = {
  targets: [],
  domain: '',
  finding: false,
  running: false,
  plan: null,
  review: false,
  before: null,
  onLeaveReview: noop,
  onChange: noop,
  onRemove: noop,
  onAdd: noop,
  onDomain: noop,
  onFind: noop,
  onRun: noop,
}
const machine: MachineInfo = {
  machine: d.machine,
  source: { kind: 'demo', label: 'demo x' },
  elevated: false,
  canApply: false,
  language: 'en',
  languages: ['en', 'ro'],
  verify: null,
}

describe('step components (rendered to markup)', () => {
  it('Welcome: machine facts, elevation advice, language', () => {
    const welcome = (m: MachineInfo | null) =>
      text(
        <WelcomeStep
          machine={m}
          language="en"
          onLanguage={noop}
          onOpenReport={noop}
          onCheckNow={noop}
        />,
      )
    const t = welcome(machine)
    expect(t).toContain('EX1')
    expect(t).toContain('Windows Server 2008 R2')
    expect(t).toContain('not installed (a Windows SMTP relay)')
    expect(t).toContain('choose "Run as administrator"')
    expect(t).toContain('bundled sample server (demo x)')
    expect(welcome(null)).toContain('Loading...')
    // No Windows version at all: HKLM\SOFTWARE was not read, so "no Exchange" is not known.
    const w = welcome({ ...machine, machine: inconclusive.machine })
    expect(w).toContain('unknown (the registry read does not show HKLM\\SOFTWARE)')
    expect(w).not.toContain('not installed')
  })

  it('Symptom: the four symptoms with their exact text, and what a paste was recognised as', () => {
    const t = text(
      <SymptomStep
        symptom={null}
        pasted="x"
        pastedCut={false}
        classification={{ symptom: null, matches: [{ id: 'tls-no-credentials', text: 'x' }] }}
        onSymptom={noop}
        onPaste={noop}
      />,
    )
    expect(t).toContain('421 4.4.2 Connection dropped due to SocketError')
    expect(t).toContain('TLS negotiation failed with error SocketError')
    expect(t).toContain('451 5.7.3 Must issue a STARTTLS command first')
    expect(t).toContain('Just check everything')
    expect(t).toContain('Recognised: The certificate has no private key')
  })

  it('Checks: live states as words, verdict, findings grouped with evidence', () => {
    const t = text(
      <ChecksStep
        targets={[]}
        domain=""
        finding={false}
        progress={[{ id: 'schannel', kind: 'check', label: 'check.schannel', state: 'error' }]}
        running={false}
        diagnosis={d}
        plan={null}
        review={false}
        onLeaveReview={noop}
        before={null}
        onChange={noop}
        onRemove={noop}
        onAdd={noop}
        onDomain={noop}
        onFind={noop}
        onRun={noop}
      />,
    )
    expect(t).toContain('Problem Schannel TLS settings')
    expect(t).toContain('Result: Action needed')
    expect(t).toContain('Next: go on to the fixes')
    // The problems lead, worst first, with their count; the checks in detail follow.
    expect(t).toMatch(/Problems, worst first \d+ problems: \d+ errors?/)
    const problems = t.indexOf('TLS 1.2 is switched off for incoming and outgoing connections')
    expect(problems).toBeGreaterThan(t.indexOf('Problems, worst first'))
    expect(problems).toBeLessThan(t.indexOf('Each check in detail'))
    expect(t.indexOf('Each check in detail')).toBeLessThan(
      t.indexOf('TLS 1.2 is off for the client and server side'),
    )
    expect(t).toContain('WinHTTP does not offer TLS 1.2 by default')
    expect(t).toContain('Run again')
  })

  it('Checks, inconclusive: a warning in its own words with the collect commands, never healthy', () => {
    expect(inconclusive.verdict).toBe('inconclusive')
    // As the service and the reducer report them for this diagnosis (shared groupState).
    const progress: Progress[] = ['schannel', 'dotnet', 'exchange'].map((id) => ({
      id,
      kind: 'check',
      label: `check.${id}`,
      state: groupState(
        CHECK_GROUPS.find((g) => g.id === id)!,
        inconclusive,
      ),
    }))
    const markup = html(<ChecksStep {...checkProps} progress={progress} diagnosis={inconclusive} />)
    const t = text(<ChecksStep {...checkProps} progress={progress} diagnosis={inconclusive} />)
    expect(markup).toContain('data-verdict="inconclusive"')
    expect(t).toContain('Result: Not enough evidence to decide')
    expect(t).not.toMatch(/Healthy|healthy:/)
    expect(t).toContain('Next: collect what is missing on the server')
    expect(t).toContain('Not shown by the registry: HKLM\\SOFTWARE')
    for (const cmd of inconclusive.coverage.collect) expect(t).toContain(cmd)
    expect(t).toContain('tlswizard diagnose --registry schannel.reg --registry tls-windows.reg')
    // .NET and Exchange found nothing only because HKLM\SOFTWARE was not there: not "OK".
    expect(markup).not.toContain('data-state="ok"')
    expect(t).toContain('Not decided .NET Framework TLS settings')
    expect(t).toContain('The export does not show enough to decide')
    // The look of a warning, never of success.
    expect(markup).toContain('data-intent="warning"')
    expect(markup).not.toContain('data-intent="success"')
  })

  it('Checks in review mode: the saved result, nothing to run', () => {
    const props = {
      targets: [],
      domain: '',
      finding: false,
      progress: [],
      running: false,
      diagnosis: d,
      plan: null,
      before: null,
      onLeaveReview: noop,
      onChange: noop,
      onRemove: noop,
      onAdd: noop,
      onDomain: noop,
      onFind: noop,
      onRun: noop,
    }
    const t = text(<ChecksStep {...props} review />)
    expect(t).toContain('You are reviewing a saved report of EX1')
    expect(t).not.toContain('Run again')
    expect(t).toContain('Close the report and check this server')
    expect(t).toContain('TLS 1.2 is off for the client and server side')
  })

  it('Fixes: the plan table, the reason Apply is disabled, the result with its backup', () => {
    const plan = {
      id: 'a'.repeat(64),
      changes: [
        {
          fixId: 'schannel-tls12-enable' as const,
          key: 'HKLM\\X',
          value: 'Enabled',
          before: null,
          after: 1,
        },
      ],
      createKeys: [],
      restartNeeded: true,
      manual: [
        {
          id: 'install-kb3140245' as const,
          when: 'before' as const,
          link: 'https://support.microsoft.com/help/3140245',
        },
        { id: 'restart-server' as const, when: 'after' as const, link: null },
      ],
    }
    const fixes = (
      <FixesStep
        plan={plan}
        apply={{
          status: 'applied',
          backupFile: 'C:\\b.reg',
          results: [{ key: 'HKLM\\X', value: 'Enabled', ok: true, read: 1 }],
          error: null,
          restoreError: null,
        }}
        canApply={false}
        offline
        {...FIXES_IDLE}
      />
    )
    const t = text(fixes)
    // What the registry cannot do comes first (with its link), the restart after the changes.
    expect(t.indexOf('Install Windows update KB3140245')).toBeLessThan(t.indexOf('HKLM\\X'))
    expect(t.indexOf('After the registry changes: Restart the server')).toBeGreaterThan(
      t.indexOf('HKLM\\X'),
    )
    expect(html(fixes)).toContain('href="https://support.microsoft.com/help/3140245"')
    expect(t).toContain('HKLM\\X Enabled not set 1 ✔ OK')
    expect(t).toContain('Applying needs "Run as administrator".')
    expect(t).toContain('Backup (import it to undo): C:\\b.reg')
    expect(t).toContain('Undo (roll back from the backup)')
  })

  it('Fixes: a plan the engine could not make says why, never "nothing to change"', () => {
    const refused = 'this export is an offline SYSTEM hive, read from ControlSet001: ...'
    const t = text(
      <FixesStep
        plan={{ id: 'a'.repeat(64), changes: [], createKeys: [], restartNeeded: false, refused }}
        apply={null}
        canApply
        offline
        {...FIXES_IDLE}
      />,
    )
    expect(t).toContain(refused)
    expect(t).not.toContain('Nothing to change')
    expect(t).not.toContain('Apply the changes')
  })

  it('Restart: why, and the choices; nothing to restart when nothing changed', () => {
    const t = text(
      <RestartStep
        need="applied"
        offline={false}
        offered
        fixesSkipped={false}
        desktop
        fixFile={null}
        result={null}
        busy={false}
        onRestart={noop}
        onLater={noop}
      />,
    )
    for (const s of [
      'Windows reads the Schannel settings only when it starts',
      'Restart now',
      'Schedule restart',
      'Cancel a scheduled restart',
      'I will restart later',
    ])
      expect(t).toContain(s)
    const word = (need: 'none' | 'fixes-skipped' | 'prepared' | 'pending') =>
      text(
        <RestartStep
          need={need}
          offline={false}
          offered={need === 'pending'}
          fixesSkipped={false}
          desktop={false}
          fixFile={'C:\\out\\EX1.fix.reg'}
          result={null}
          busy={false}
          onRestart={noop}
          onLater={noop}
        />,
      )
    expect(word('none')).toContain('No restart is needed')
    // Skipped fixes and a prepared fix never read as "no restart is needed", and offer no restart.
    expect(word('fixes-skipped')).toContain('You skipped the fixes')
    expect(word('prepared')).toContain('reg import "C:\\out\\EX1.fix.reg"')
    expect(word('prepared')).not.toContain('Schedule restart')
    // Windows waiting for a restart agrees with the finding that says so.
    expect(word('pending')).toContain('Windows is waiting for a restart')
    expect(word('pending')).toContain('Schedule restart')
  })

  it('Finish: the wizard "opens by itself" only after a restart that registered it to', () => {
    const base: WizardState = { ...initialState, diagnosis: d, finished: true }
    const at = '2026-11-25T10:30:00.000Z'
    const finish = (restart: WizardState['restart']) =>
      text(<FinishStep state={{ ...base, restart }} onAgain={noop} />)
    const reopens = 'After the restart the wizard opens by itself and checks again.'
    expect(finish({ command: 'c', done: true, at, relaunch: true, message: '' })).toContain(reopens)
    // The web host, a file registry, a cancelled or failed restart: nothing reopens it.
    expect(finish({ command: 'c', done: true, at, relaunch: false, message: '' })).not.toContain(
      'opens by itself',
    )
    expect(
      finish({ command: 'c', done: true, at: null, relaunch: false, message: '' }),
    ).not.toContain('opens by itself')
    expect(finish(null)).toContain('Send the report to a senior admin')
    expect(finish(null)).not.toContain('opens by itself')
  })

  it('Before and after: says when it cannot confirm both diagnoses are of this machine', () => {
    const unnamed = { ...d, machine: { ...d.machine, computerName: null, fqdn: null } }
    const note = 'Could not confirm that both diagnoses are of the same machine'
    expect(text(<BeforeAfter before={unnamed} after={d} />)).toContain(note)
    expect(text(<BeforeAfter before={d} after={d} />)).not.toContain(note)
  })

  it('Report: summary, redaction choice, both formats', () => {
    const t = text(
      <ReportStep
        diagnosis={d}
        apply={null}
        saved={{ file: '/tmp/r.html', format: 'html', redact: false }}
        busy={false}
        onSave={noop}
        onFinish={noop}
      />,
    )
    expect(t).toContain('Action needed: this server cannot reliably do TLS 1.2')
    expect(t).toMatch(/\d+ problems: \d+ errors?/)
    const r = text(
      <ReportStep
        diagnosis={inconclusive}
        apply={null}
        saved={null}
        busy={false}
        onSave={noop}
        onFinish={noop}
      />,
    )
    expect(r).toContain('Inconclusive: the registry does not show enough')
    expect(r).not.toContain('Healthy')
    expect(t).toContain('Redact host names')
    expect(t).toContain('Save the report')
    expect(t).toContain('Finish')
    expect(t).toContain('/tmp/r.html')
  })
})
