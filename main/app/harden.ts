/** Locks down every webContents and session: no navigation away, no popups, no permissions. */
import type { Session, Shell, WebContents } from 'electron'
import { isAppUrl } from './app-url'
import { helpLink } from './help-links'

type Hardenable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

const hardened = new WeakSet<object>()

/** Opens `url` in the user's browser when it is an allow-listed help link; true when it did. */
export function openHelpLink(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  const link = helpLink(url)
  // STYLE.md counter-examples: openExternal only for allow-listed help links, never for data.
  if (link === null) return false
  void shell.openExternal(link).catch(() => undefined)
  return true
}

/** Applies the navigation, window.open and webview rules to one webContents (once). */
export function hardenWebContents(wc: Hardenable, shell: Pick<Shell, 'openExternal'>): void {
  if (hardened.has(wc)) return
  hardened.add(wc)
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url)) return
    // STYLE.md rule 4: cancel navigation away from app://wizard; a help link opens outside.
    event.preventDefault()
    openHelpLink(shell, url)
  }
  wc.on('will-navigate', (event) => stayHome(event, event.url))
  // Subframes (which the CSP already forbids) never navigate off our origin either.
  wc.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault()
  })
  wc.on('will-redirect', (event) => stayHome(event, event.url))
  // STYLE.md rule 4: deny window.open; a help link opens in the user's browser instead.
  wc.setWindowOpenHandler(({ url }) => {
    openHelpLink(shell, url)
    return { action: 'deny' }
  })
  // Electron checklist: no <webview>, whatever the page asks for.
  wc.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission request and check on a session (STYLE.md rule 4). */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  // STYLE.md rule 4: the wizard needs no camera, notifications, clipboard-read or the like.
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
