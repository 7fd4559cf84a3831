/** Renderer entry: Fluent UI's light theme (what Windows admins know) around the wizard. */
// First, so that the Welcome step's calls go out before everything below is evaluated.
import { api, firstCalls } from './boot'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { firstScreen, type FirstScreen } from './state/effects'

// The page is drawn when the Welcome step's calls (boot.ts) have answered, in one render of the
// finished step rather than a spinner and then the step, or after 300 ms with the spinner if the
// engine is slower (it may read a live registry); a failure shows there with Retry.
const pending = firstScreen(api, firstCalls)
const bounded = new Promise<undefined>((resolve) => setTimeout(resolve, 300))
void Promise.race([pending.catch(() => undefined), bounded]).then((first?: FirstScreen) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App api={api} first={first} pending={pending} />
      </FluentProvider>
    </StrictMode>,
  ),
)
