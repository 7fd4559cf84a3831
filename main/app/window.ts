/** The wizard's window: every security switch set here, each with the rule it follows. */
import type { BrowserWindow, BrowserWindowConstructorOptions, Shell } from 'electron'
import { APP_ENTRY_URL } from './app-url'
import { hardenWebContents } from './harden'

/** What the factory needs to know. */
export interface WindowSettings {
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preload: string
  /** Development build: dev tools allowed. */
  dev: boolean
}

/** The constructor options of the wizard's window. */
export function windowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 800,
    // The wizard is laid out (and tested) for 1024x768 and larger.
    minWidth: 1024,
    minHeight: 768,
    show: false,
    title: 'Mailflow TLS Wizard',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: settings.preload,
      // STYLE.md rule 4: the renderer runs in Chromium's OS-level sandbox.
      sandbox: true,
      // STYLE.md rule 4: the preload's world is separate from the page's.
      contextIsolation: true,
      // STYLE.md rule 4 (counter-examples): no Node.js in the page.
      nodeIntegration: false,
      // Electron checklist: no Node.js in workers or subframes either.
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Electron checklist: keep the same-origin policy.
      webSecurity: true,
      // Electron checklist: no mixed content.
      allowRunningInsecureContent: false,
      // Electron checklist: no experimental web platform features.
      experimentalFeatures: false,
      // STYLE.md rule 4: middle-click must not open new windows.
      disableBlinkFeatures: 'Auxclick',
      // Electron checklist: <webview> stays off.
      webviewTag: false,
      // No text is sent to a spelling service; the wizard has almost no free text.
      spellcheck: false,
      // Packaged builds have no dev tools (no menu item, no shortcut).
      devTools: settings.dev,
      safeDialogs: true,
      navigateOnDragDrop: false,
    },
  }
}

/** The Electron pieces the factory uses (injectable so that tests mock nothing global). */
export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow
  shell: Pick<Shell, 'openExternal'>
}

/** Creates the window, hardens its webContents and loads the wizard from `app://wizard`. */
export function createMainWindow(deps: WindowDeps, settings: WindowSettings): BrowserWindow {
  const win = new deps.BrowserWindow(windowOptions(settings))
  hardenWebContents(win.webContents, deps.shell)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_ENTRY_URL)
  return win
}
