import { describe, expect, it, vi } from 'vitest'
import { registerAppScheme, serveAppScheme } from '../../../main/app/protocol'
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../main/app/app-url'

vi.mock('electron', () => ({}))

describe('the app:// scheme', () => {
  it('is registered standard, secure, fetch-capable and code-cached, without CSP bypass', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
          bypassCSP: false,
          allowServiceWorkers: false,
          codeCache: true,
        }),
      },
    ])
  })

  it('is served by the file handler', () => {
    const protocol = { handle: vi.fn() }
    serveAppScheme(protocol, '/app/dist/renderer')
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('is spelled app://wizard', () => {
    expect(APP_ORIGIN).toBe('app://wizard')
    expect(APP_ENTRY_URL).toBe('app://wizard/index.html')
    expect(isAppUrl('app://wizard/assets/x.js?v=1#top')).toBe(true)
    // Chromium reports standard-scheme URLs in canonical (lower-case) form; nothing else passes.
    expect(isAppUrl('app://WIZARD/index.html')).toBe(false)
    expect(isAppUrl('app://wizard.evil/')).toBe(false)
    expect(isAppUrl('app://evil@wizard/')).toBe(false)
  })
})
