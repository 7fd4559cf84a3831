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
import { useStepTop } from './components/use-step-top'
import { StepIndicator } from './components/StepIndicator'
import { makeT, TContext } from './i18n'
import * as fx from './state/effects'
import { MAX_PASTE } from '../shared/symptoms'
import {
  canGoNext,
  initialState,
  reducer,
  stepStatus,
  type StepId,
  type WizardState,
} from './state/wizard'
import { nextIsPrimary, restartFacts } from './state/status'
import {
  ChecksStep,
  FinishStep,
  FixesStep,
  preloadSteps,
  ReportStep,
  RestartStep,
  StepFrame,
  SymptomStep,
} from './lazy-steps'
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
    // Last resort for flowing text (a path): tables and badges size to their words and undo it.
    overflowWrap: 'anywhere',
  },
  // Back and Next stay on screen however long the step is.
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
})

/** The wizard's first state: the Welcome step with its machine when main.tsx already has it. */
function firstState(first: fx.FirstScreen | undefined): WizardState {
  if (!first) return initialState
  const withTargets = reducer(initialState, { type: 'targets', targets: first.targets })
  return reducer(withTargets, { type: 'machine-loaded', machine: first.machine })
}

/** Props of the wizard: the API, and the first screen's calls that main.tsx started. */
export interface AppProps {
  api: RendererApi
  /** Their answer, when it came before the first render. */
  first?: fx.FirstScreen | undefined
  /** The calls themselves (loadMachine takes them when `first` did not arrive in time). */
  pending?: Promise<fx.FirstScreen>
}

/** The whole wizard over one API. */
export function App({ api, first, pending }: AppProps) {
  const [state, dispatch] = useReducer(reducer, first, firstState)
  // The wizard takes a language once its catalog is here (firstScreen, chooseLanguage).
  const t = useMemo(() => makeT(state.language), [state.language])
  const s = useStyles()
  const mainRef = useRef<HTMLElement>(null)
  const classifyTimer = useRef<number | undefined>(undefined)

  useEffect(() => {
    if (!first) void fx.loadMachine(api, dispatch, pending)
    // Once, at start: Retry calls loadMachine itself.
  }, [api])
  // The later steps' chunks are fetched once Welcome is usable, so they never delay it.
  const known = state.machine !== null
  useEffect(() => {
    if (known) preloadSteps()
  }, [known])
  // The page's language follows the choice (screen readers, hyphenation, CJK fonts).
  useEffect(() => {
    document.documentElement.lang = state.language
  }, [state.language])
  useStepTop(mainRef, state.finished ? 'finish' : state.step)
  // The answer first: the checks start by themselves once the wizard knows the machine (the
  // symptom is optional), once per visit; Run again and Retry are the admin's.
  useEffect(() => {
    if (state.step === 'checks' && state.machine && !state.autoRan && !state.review)
      void fx.runChecks(api, dispatch, state)
    // Only these decide whether to start; the run itself reads the state of this moment.
  }, [api, state.step, state.machine, state.autoRan, state.review])

  const onPaste = (pasted: string) => {
    // The engine takes 20,000 characters: more is cut here, with a note, never refused there.
    const text = pasted.slice(0, MAX_PASTE)
    dispatch({ type: 'pasted', text, cut: text.length < pasted.length })
    window.clearTimeout(classifyTimer.current)
    classifyTimer.current = window.setTimeout(() => void fx.classify(api, dispatch, text), 250)
  }
  const retry = () => {
    if (state.retry === 'machine') void fx.loadMachine(api, dispatch)
    else if (state.retry === 'checks') void fx.runChecks(api, dispatch, state)
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
            onLanguage={(l) => void fx.chooseLanguage(api, dispatch, l, state.language)}
            onOpenReport={openReport}
            onCheckNow={() => dispatch({ type: 'check-now' })}
          />
        )
      case 'symptom':
        return (
          <SymptomStep
            symptom={state.symptom}
            pasted={state.pasted}
            pastedCut={state.pastedCut}
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
            finding={state.finding}
            progress={state.progress}
            running={state.running}
            diagnosis={state.diagnosis}
            plan={state.plan}
            review={state.review}
            before={state.machine?.verify?.before ?? null}
            onChange={(index, target) => dispatch({ type: 'target-edit', index, target })}
            onRemove={(index) => dispatch({ type: 'target-remove', index })}
            onAdd={(target) => dispatch({ type: 'targets', targets: [...state.targets, target] })}
            onDomain={(domain) => dispatch({ type: 'domain', domain })}
            onFind={() => void fx.proposeFor(api, dispatch, state.domain)}
            onRun={() => void fx.runChecks(api, dispatch, state)}
            onLeaveReview={() => dispatch({ type: 'review-exit' })}
          />
        )
      case 'fixes':
        return (
          <FixesStep
            plan={state.plan}
            undecided={state.diagnosis?.verdict === 'inconclusive'}
            apply={state.apply}
            rollback={state.rollback}
            canApply={state.machine?.canApply ?? false}
            offline={offline}
            busy={state.busy}
            askSkip={state.askSkip}
            onApply={() => void fx.applyPlan(api, dispatch, state)}
            onRollback={() => void fx.rollback(api, dispatch, state)}
            onSkip={() => dispatch({ type: 'skip' })}
            onStay={() => dispatch({ type: 'ask-skip', ask: false })}
          />
        )
      case 'restart':
        return (
          <RestartStep
            {...restartFacts(state)}
            desktop={api.transport === 'electron'}
            result={state.restart}
            busy={state.busy}
            onRestart={(req) => void fx.scheduleRestart(api, dispatch, req)}
            onLater={() => dispatch({ type: 'skip' })}
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
            onFinish={() => dispatch({ type: 'finish', finished: true })}
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
          <StepIndicator step={state.step} status={(id: StepId) => stepStatus(state, id)} />
        </header>
        <main className={s.main} ref={mainRef} tabIndex={-1} data-step={state.step}>
          {state.error && (
            <MessageBar layout="multiline" intent="error" role="alert" data-error="">
              <MessageBarBody>
                <MessageBarTitle>
                  {t(state.lost ? 'error.lost.title' : 'common.error')}
                </MessageBarTitle>
                {state.lost ? t('error.lost.text') : state.error}
              </MessageBarBody>
              <MessageBarActions>
                {state.retry && (
                  <Button appearance="primary" onClick={retry}>
                    {t('common.retry')}
                  </Button>
                )}
                <Button onClick={() => dispatch({ type: 'error', message: null })}>
                  {t('common.dismiss')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <StepFrame step={state.finished ? 'finish' : state.step}>
            {state.finished ? (
              <FinishStep
                state={state}
                onAgain={() => {
                  dispatch({ type: 'finish', finished: false })
                  dispatch({ type: 'review-exit' })
                }}
              />
            ) : (
              step
            )}
          </StepFrame>
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
              if (file) void fx.openReportFile(api, dispatch, file)
            }}
          />
        </main>
        <footer className={s.footer}>
          <NavBar
            canBack={state.step !== 'welcome' || state.finished}
            canNext={canGoNext(state)}
            showNext={state.step !== 'report' && !state.finished}
            nextPrimary={nextIsPrimary(state)}
            onBack={() =>
              state.finished
                ? dispatch({ type: 'finish', finished: false })
                : dispatch({ type: 'back' })
            }
            onNext={() => dispatch({ type: 'next' })}
          />
        </footer>
      </div>
    </TContext.Provider>
  )
}
