/** The wizard: header with the steps, the current step, errors, and Back/Next. */
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Title1,
  Body1,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useMemo, useReducer, useRef } from 'react'
import type { RendererApi } from './api'
import { NavBar } from './components/NavBar'
import { StepIndicator } from './components/StepIndicator'
import { makeT, TContext } from './i18n'
import * as fx from './state/effects'
import { canGoNext, initialState, reducer } from './state/wizard'
import { ChecksStep } from './steps/ChecksStep'
import { FixesStep } from './steps/FixesStep'
import { ReportStep } from './steps/ReportStep'
import { RestartStep } from './steps/RestartStep'
import { SymptomStep } from './steps/SymptomStep'
import { WelcomeStep } from './steps/WelcomeStep'

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr auto',
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    gap: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'grid', gap: tokens.spacingVerticalS },
  main: {
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    overflowWrap: 'anywhere',
  },
})

/** The whole wizard over one API. */
export function App({ api }: { api: RendererApi }) {
  const [state, dispatch] = useReducer(reducer, initialState)
  const t = useMemo(() => makeT(state.language), [state.language])
  const s = useStyles()
  const mainRef = useRef<HTMLElement>(null)
  const classifyTimer = useRef<number | undefined>(undefined)

  useEffect(() => {
    void fx.loadMachine(api, dispatch)
  }, [api])
  // Move keyboard focus to the new step's content, so Tab starts there.
  useEffect(() => mainRef.current?.focus(), [state.step])

  const onPaste = (text: string) => {
    dispatch({ type: 'pasted', text })
    window.clearTimeout(classifyTimer.current)
    classifyTimer.current = window.setTimeout(() => void fx.classify(api, dispatch, text), 250)
  }
  const offline = state.machine?.source.kind !== 'live'
  const fileInput = useRef<HTMLInputElement>(null)
  // In a browser the page reads the file itself; in Electron main shows its own dialog.
  const openReport = () =>
    api.transport === 'http' ? fileInput.current?.click() : void fx.openReport(api, dispatch, null)
  const step = (() => {
    switch (state.step) {
      case 'welcome':
        return (
          <WelcomeStep
            machine={state.machine}
            language={state.language}
            onLanguage={(l) => {
              dispatch({ type: 'language', language: l })
              void api.call('language:set', { language: l })
            }}
            onOpenReport={openReport}
          />
        )
      case 'symptom':
        return (
          <SymptomStep
            symptom={state.symptom}
            pasted={state.pasted}
            classification={state.classification}
            onSymptom={(x) => dispatch({ type: 'symptom', symptom: x })}
            onPaste={onPaste}
          />
        )
      case 'checks':
        return (
          <ChecksStep
            targets={state.targets}
            domain={state.domain}
            progress={state.progress}
            running={state.running}
            diagnosis={state.diagnosis}
            review={state.review}
            before={state.machine?.verify?.before ?? null}
            onChange={(index, target) => dispatch({ type: 'target-edit', index, target })}
            onRemove={(index) => dispatch({ type: 'target-remove', index })}
            onAdd={(target) => dispatch({ type: 'targets', targets: [...state.targets, target] })}
            onDomain={(domain) => dispatch({ type: 'domain', domain })}
            onFind={() => void fx.proposeFor(api, dispatch, state.domain)}
            onRun={() => void fx.runChecks(api, dispatch, state)}
          />
        )
      case 'fixes':
        return (
          <FixesStep
            plan={state.plan}
            apply={state.apply}
            rollback={state.rollback}
            canApply={state.machine?.canApply ?? false}
            offline={offline}
            busy={state.busy}
            onApply={() => void fx.applyPlan(api, dispatch, state)}
            onRollback={() => void fx.rollback(api, dispatch, state)}
          />
        )
      case 'restart':
        return (
          <RestartStep
            needed={state.apply?.status === 'applied'}
            result={state.restart}
            busy={state.busy}
            onRestart={(req) => void fx.scheduleRestart(api, dispatch, req)}
            onLater={() => dispatch({ type: 'next' })}
          />
        )
      case 'report':
        return (
          <ReportStep
            diagnosis={state.diagnosis}
            apply={state.apply}
            saved={state.savedReport}
            busy={state.busy}
            downloadUrl={api.downloadUrl}
            onSave={(f, r) => void fx.saveReport(api, dispatch, f, r)}
          />
        )
    }
  })()

  return (
    <TContext.Provider value={t}>
      <div className={s.page}>
        <header className={s.header}>
          <Title1 as="h1">{t('app.title')}</Title1>
          <Body1>{t('app.tagline')}</Body1>
          <StepIndicator step={state.step} />
        </header>
        <main className={s.main} ref={mainRef} tabIndex={-1} data-step={state.step}>
          {state.error && (
            <MessageBar layout="multiline" intent="error" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{t('common.error')}</MessageBarTitle>
                {state.error}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => dispatch({ type: 'error', message: null })}>
                  {t('common.dismiss')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {step}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void file.text().then((text) => fx.openReport(api, dispatch, text))
            }}
          />
        </main>
        <footer>
          <NavBar
            canBack={state.step !== 'welcome'}
            canNext={canGoNext(state)}
            showNext={state.step !== 'report'}
            onBack={() => dispatch({ type: 'back' })}
            onNext={() => dispatch({ type: 'next' })}
          />
        </footer>
      </div>
    </TContext.Provider>
  )
}
