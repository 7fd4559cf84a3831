import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL } from '../../../main/app/app-url'
import { createMainWindow, windowOptions } from '../../../main/app/window'

vi.mock('electron', () => ({}))

describe('windowOptions', () => {
  const prod = windowOptions({ preload: '/app/dist/preload/preload.cjs', dev: false })
  const prefs = prod.webPreferences ?? {}

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['disableBlinkFeatures', 'Auxclick'],
    ['webviewTag', false],
    ['spellcheck', false],
    ['devTools', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %j', (key, value) => {
    expect(prefs[key]).toBe(value)
  })

  it('loads the bundled preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/dist/preload/preload.cjs')
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })

  it('never goes below 1024x768', () => {
    expect(prod.minWidth).toBe(1024)
    expect(prod.minHeight).toBe(768)
    expect(prod.width).toBeGreaterThanOrEqual(1024)
    expect(prod.height).toBeGreaterThanOrEqual(768)
  })

  it('allows the dev tools in development builds only', () => {
    expect(windowOptions({ preload: 'p', dev: true }).webPreferences?.devTools).toBe(true)
  })
})

describe('createMainWindow', () => {
  function fakeWindowClass() {
    const created: { options: BrowserWindowConstructorOptions; win: Record<string, unknown> }[] = []
    class FakeWindow {
      readonly listeners = new Map<string, () => void>()
      readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
      readonly loadURL = vi.fn(async () => undefined)
      readonly show = vi.fn()
      constructor(options: BrowserWindowConstructorOptions) {
        created.push({ options, win: this as unknown as Record<string, unknown> })
      }
      once(event: string, listener: () => void) {
        this.listeners.set(event, listener)
        return this
      }
    }
    return { created, BrowserWindow: FakeWindow as unknown as new () => BrowserWindow }
  }

  it('builds the window from windowOptions, hardens it and loads app://wizard', () => {
    const { created, BrowserWindow } = fakeWindowClass()
    const shell = { openExternal: vi.fn(async () => undefined) }
    const settings = { preload: '/p.cjs', dev: false }
    const win = createMainWindow({ BrowserWindow, shell }, settings) as unknown as {
      webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> }
      loadURL: ReturnType<typeof vi.fn>
      show: ReturnType<typeof vi.fn>
      listeners: Map<string, () => void>
    }
    expect(created[0]?.options).toEqual(windowOptions(settings))
    expect(win.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL)
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce()
    const events = win.webContents.on.mock.calls.map((c) => c[0])
    expect(events).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    )
    expect(win.show).not.toHaveBeenCalled()
    win.listeners.get('ready-to-show')?.()
    expect(win.show).toHaveBeenCalledOnce()
  })
})
