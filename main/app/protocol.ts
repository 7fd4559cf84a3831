/** The `app://` scheme: registered as privileged before ready, then served from the renderer folder. */
import type { Protocol } from 'electron'
import { createAppFileHandler } from './app-files'
import { APP_SCHEME } from './app-url'

/**
 * Registers `app://` as a standard, secure scheme (must run before `ready`): a real origin for
 * the same-origin checks, a secure context, fetch support and V8's code cache; no CSP bypass, no
 * service workers.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        // STYLE.md rule 4: the CSP header applies to our own pages too.
        bypassCSP: false,
        allowServiceWorkers: false,
        corsEnabled: false,
        stream: false,
        // V8 keeps the compiled renderer between launches (Chromium does so only for http(s)
        // unless asked): the wizard's first screen is ready sooner from the second start on.
        codeCache: true,
      },
    },
  ])
}

/** Serves the built renderer (`rendererDir`) on `app://` for one session's protocol. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppFileHandler(rendererDir))
}
