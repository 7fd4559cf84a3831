import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ReportStep } from '../../renderer/steps/ReportStep'
import type { SavedReport } from '../../renderer/state/wizard'

const noop = () => {}
const url = (format: string, redact: boolean) => `/api/report?format=${format}&redact=${+redact}`
const html = (saved: SavedReport | null) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReportStep
        diagnosis={null}
        apply={null}
        saved={saved}
        busy={false}
        downloadUrl={url}
        onSave={noop}
        onFinish={noop}
      />
    </FluentProvider>,
  )

describe('Report step: the download is the report as saved', () => {
  it('offers the saved format and redaction, with the choices shown as they were saved', () => {
    const page = html({ file: '/out/r.json', format: 'json', redact: true })
    expect(page).toContain('href="/api/report?format=json&amp;redact=1"')
    expect(page).toMatch(/<input[^>]*checked=""[^>]*value="json"/)
    expect(page).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""/)
    expect(page).toContain('/out/r.json')
  })

  it('offers nothing before a save', () => {
    const page = html(null)
    expect(page).not.toContain('/api/report')
    expect(page).not.toContain('data-saved')
  })
})
