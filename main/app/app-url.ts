/** The renderer's own origin, `app://wizard`, and the one test every security check uses. */

/** The privileged scheme the renderer is served from. */
export const APP_SCHEME = 'app'
/** The only host under that scheme. */
export const APP_HOST = 'wizard'
/** The renderer's origin, as spelled in URLs. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True for a URL on our origin. `new URL('app://wizard/').origin` is the string 'null' for a
 * non-special scheme, so scheme, host, port and credentials are compared one by one.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
