/**
 * The only URLs the app opens outside itself: Microsoft's TLS 1.2 and Exchange help pages, and the
 * exact support, KB and Exchange Team pages the product links to (shared/help-links.ts).
 */
import { HELP_LINK_URLS } from '../../shared/help-links'
import { MANUAL_STEP_LINKS } from '../../shared/manual-steps'

/** Path prefixes on learn.microsoft.com (after the optional locale, compared in lower case). */
export const HELP_PATH_PREFIXES: readonly string[] = [
  '/windows-server/security/tls/',
  '/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/',
  '/exchange/mail-flow-best-practices/',
  '/exchange/new-features/build-numbers-and-release-dates',
  '/exchange/plan-and-deploy/supportability-matrix',
  '/troubleshoot/exchange/',
  '/dotnet/framework/network-programming/tls',
  '/purview/tls-1.0-and-1.1-deprecation-for-office-365',
  '/microsoft-365/compliance/prepare-tls-1.2-in-office-365',
]

const HELP_HOST = 'learn.microsoft.com'

const LOCALE = /^\/[a-z]{2}(-[a-z]{2,4})?(?=\/)/

/**
 * The normalised URL when `url` is an allow-listed help link, else null (STYLE.md: never
 * `shell.openExternal` a URL that came from data). https only, no port, no credentials.
 */
export function helpLink(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  // The manual steps' own links, exactly as the product writes them (KB3140245 is not on learn).
  if (MANUAL_STEP_LINKS.includes(parsed.href) || HELP_LINK_URLS.includes(parsed.href))
    return parsed.href
  if (parsed.protocol !== 'https:' || parsed.hostname !== HELP_HOST) return null
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null
  const rest = parsed.pathname.toLowerCase().replace(LOCALE, '')
  return HELP_PATH_PREFIXES.some((p) => rest.startsWith(p)) ? parsed.href : null
}
