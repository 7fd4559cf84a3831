/**
 * Where a name stands as a name in free text: a machine called MAIL, EXCHANGE or X is hidden in a
 * path, a file name, a greeting or a connector id, never in "MAIL FROM" or "Exchange Server".
 */
import { EXPORTS } from '../checks/coverage'
import { DEFAULT_RECEIVE } from './redact-connector'

// The files our own collect commands name (tls-exchange.reg): our words, whatever the machine is called.
const PRODUCT_FILES = new Set([
  ...Object.values(EXPORTS).map(([, name]) => `tls-${name}.reg`),
  'your-export.reg',
])

/** True for a file name the product itself gives (in the collect commands). */
export function isProductFile(name: string): boolean {
  return PRODUCT_FILES.has(name.toLowerCase())
}

/** The start our backup and report files are named with (tls-backup-<time>-<host>.reg). */
export const PRODUCT_PREFIX = /^tls-(?:backup|report)-/i

// Folders of Windows and Exchange that start with a word a machine may be called.
const PRODUCT_SEGMENTS = new Set([
  'exchange server',
  'microsoft exchange',
  'program files',
  'program files (x86)',
  'windows nt',
])

// Registry paths are Windows' words ("...\TLS 1.2\Server" for a machine called SERVER).
const REGISTRY_BEFORE = /\bHK(?:LM|CU|CR|U|EY_[A-Z_]+)\\[^"\r\n]*$/i
// Where a host name stands: an SMTP greeting (RFC 5321 4.1.1.1, 4.2), Exchange's "Hostname=" in
// replies, a certificate's CN and DNS names, Node's "Host: name." in a name-check error.
const NAME_BEFORE =
  /(?:\b(?:EHLO|HELO) +|(?:^|[^\w.])(?:220|250)[ -]|\bHostname=["']?|\bDNS[ \w]*[:=]|\bCN=|\bHost: )$/i
// A receive connector's id: SERVER\Default Frontend SERVER.
const DEFAULT_BEFORE = new RegExp(`(?:^|[\\s,"'\\\\])(?:${DEFAULT_RECEIVE}) $`, 'i')
const SERVER_BEFORE = /(?:^|[,"'])$/
const URL_BEFORE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*$/i
const EXCHANGE_LOGS = /[\\/]TransportRoles[\\/](?:[^\\/"\r\n]+[\\/])*$/i

function pathSegment(before: string, token: string, after: string): boolean {
  // Exchange's own log layout: TransportRoles\Logs\Edge\ProtocolLog names a role, not a machine.
  if (/^[\\/]ProtocolLog\b/i.test(after) || EXCHANGE_LOGS.test(before)) return false
  const segment = `${token}${after.slice(0, 80)}`.split(/[\\/"\r\n]/)[0] as string
  return !PRODUCT_SEGMENTS.has(segment.trim().toLowerCase())
}

/**
 * Whether `token` (a name that is also a common word), between `before` and `after`, stands where
 * a name stands: a path segment, an SMTP greeting or EHLO, a certificate name, a receive
 * connector's server part.
 */
export function inNameContext(before: string, token: string, after: string): boolean {
  const b = before.slice(-300)
  if (REGISTRY_BEFORE.test(b)) return false
  if (NAME_BEFORE.test(b)) return /^\.?(?:[\s"'\],;)]|$)/.test(after)
  if (DEFAULT_BEFORE.test(b)) return /^(?:[\s,"']|$)/.test(after)
  if (after.startsWith('\\') && SERVER_BEFORE.test(b)) return true
  // In a URL the host is a name; its path is the site's words (learn.microsoft.com/exchange/...).
  if (URL_BEFORE.test(b)) return b.endsWith('://')
  return /[\\/]$/.test(b) && pathSegment(b, token, after)
}

/** `inNameContext` for the `length` characters at `start` of `text`. */
export function nameAt(text: string, start: number, length: number): boolean {
  const end = start + length
  const before = text.slice(Math.max(0, start - 300), start)
  return inNameContext(before, text.slice(start, end), text.slice(end, end + 100))
}

/** A user's profile folder in a path (C:\Users\jsmith, /Users/jsmith, /home/jsmith). */
export const USER_DIR =
  '(?<=(?:^|[\\\\/])(?:Users|home|Documents and Settings)[\\\\/]+)[^\\\\/\\r\\n"\'<>|:*?,;]+?(?=[\\\\/]|$|["\'\\r\\n,;<>|])'

// Profiles Windows and macOS make themselves: they name nobody.
const BUILT_IN_PROFILES = new Set(['public', 'default', 'default user', 'all users', 'shared'])

/** True for a profile folder that names nobody. */
export function isBuiltInProfile(folder: string): boolean {
  return BUILT_IN_PROFILES.has(folder.trim().toLowerCase())
}

/**
 * A profile folder's user and, when Windows added one because the name was taken, its domain:
 * `jsmith.CONTOSO` is jsmith of CONTOSO; `jane.smith` is one name.
 */
export function profileParts(folder: string): { user: string; domain: string | null } {
  const m = /^(.+)\.([A-Z][A-Z0-9-]*)$/.exec(folder)
  return m ? { user: m[1] as string, domain: m[2] as string } : { user: folder, domain: null }
}

/** The user names the profile paths in `text` hold (jsmith of C:\Users\jsmith.CONTOSO). */
export function profileUsers(text: string): string[] {
  return [...text.matchAll(new RegExp(USER_DIR, 'gi'))].flatMap(([folder]) =>
    isBuiltInProfile(folder) ? [] : [profileParts(folder).user],
  )
}
