/**
 * The steps after Welcome, in a chunk of their own: the first screen evaluates only what it shows,
 * and the rest is fetched once Welcome is on screen and the page idle (`preloadSteps`), so Next
 * never waits.
 * A chunk that cannot be fetched (the engine went away) shows the engine-lost message with a
 * reload, never a blank page.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components'
import { Component, Suspense, createElement, lazy, type ComponentType, type ReactNode } from 'react'
import { useT } from './i18n'

/** A step's chunk could not be fetched: the engine that serves the page is gone. */
class StepLostError extends Error {}

// One chunk for every later step: what they share is fetched once, and gzip sees it whole.
type Later = typeof import('./later-steps')
let later: Later | undefined
let pending: Promise<Later> | undefined

/** Fetches the later steps' chunk once (again after a failure, at the next render that needs it). */
function loadLater(): Promise<Later> {
  pending ??= import('./later-steps').then(
    (m) => (later = m),
    () => {
      pending = undefined
      throw new StepLostError()
    },
  )
  return pending
}

/** One later step: rendered at once when the chunk is here, through Suspense until then. */
function laterStep<K extends keyof Later>(name: K): Later[K] {
  type Props = Parameters<Later[K]>[0]
  const Lazy = lazy(() =>
    loadLater().then((m) => ({ default: m[name] as unknown as ComponentType<Props> })),
  )
  const Step = (props: Props) =>
    createElement((later ? later[name] : Lazy) as ComponentType<Props>, props)
  return Step as unknown as Later[K]
}

export const SymptomStep = laterStep('SymptomStep')
export const ChecksStep = laterStep('ChecksStep')
export const FixesStep = laterStep('FixesStep')
export const RestartStep = laterStep('RestartStep')
export const ReportStep = laterStep('ReportStep')
export const FinishStep = laterStep('FinishStep')

// Evaluating the later steps takes the page's thread for tens of ms: not in the moment Welcome
// appears, when the admin may already be clicking, but a little later, when the page is idle.
const PRELOAD_AFTER_MS = 400

/**
 * Fetches the later steps once Welcome is usable: after PRELOAD_AFTER_MS, when the page is next
 * idle, within a second at the latest. A click before that fetches them at once (a spinner shows
 * for as long as that takes).
 */
export function preloadSteps(): void {
  const all = () => void loadLater().catch(() => undefined)
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(all, { timeout: 1000 })
    else all()
  }, PRELOAD_AFTER_MS)
}

function StepLoadFailed() {
  const t = useT()
  return (
    <MessageBar layout="multiline" intent="error" role="alert" data-error="">
      <MessageBarBody>
        <MessageBarTitle>{t('error.lost.title')}</MessageBarTitle>
        {t('error.lost.text')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => location.reload()}>
          {t('common.retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}

class StepBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined }
  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error }
  }
  override render(): ReactNode {
    const { error } = this.state
    if (error === undefined) return this.props.children
    // Only a chunk that did not arrive is the engine's absence; any other error is not ours to hide.
    if (error instanceof StepLostError) return <StepLoadFailed />
    throw error
  }
}

/** Where a step renders: a spinner while its chunk arrives, the engine-lost message if it cannot. */
export function StepFrame({ step, children }: { step: string; children: ReactNode }) {
  return (
    <StepBoundary key={step}>
      <Suspense fallback={<Spinner size="small" />}>{children}</Suspense>
    </StepBoundary>
  )
}
