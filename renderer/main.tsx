/** Renderer entry: Fluent UI's light theme (what Windows admins know) around the wizard. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApi } from './api'
import { App } from './App'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App api={createApi()} />
    </FluentProvider>
  </StrictMode>,
)
