/** Renderer entry: Fluent UI's light theme (what Windows admins know) around the wizard. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApi } from './api'
import { App } from './App'
import { startFirstScreen } from './state/effects'

const api = createApi()
// The Welcome step's two calls go out now, while React renders the page around them.
startFirstScreen(api)
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App api={api} />
    </FluentProvider>
  </StrictMode>,
)
