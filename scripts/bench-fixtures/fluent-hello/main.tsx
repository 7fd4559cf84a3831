/** The floor of the Welcome step: a Fluent UI + React hello world with a Next button, built as the renderer is. */
import { Button, FluentProvider, Title3, webLightTheme } from '@fluentui/react-components'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title3 as="h1">Hello</Title3>
        <Button appearance="primary">Next</Button>
      </main>
    </FluentProvider>
  </StrictMode>,
)
