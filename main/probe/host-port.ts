/** Parsing and validating what an admin types as a probe target. */
import { InputError } from '../input-error'
import { isIPv4, isIPv6 as isIPv6Text } from 'node:net'
import type { ProbeMode } from '../../shared/probe'
import { isDnsName } from '../../shared/targets'
import { translate as t } from '../../shared/i18n/translate'

/** A target the admin typed that cannot be probed; the message says what to correct. */
export class TargetError extends InputError {
  override name = 'TargetError'
}

// Node compiles its IPv6 pattern on first use (about 2 ms): text without two colons is no IPv6
// literal, so it is never asked.
const isIPv6 = (text: string) => text.indexOf(':') !== text.lastIndexOf(':') && isIPv6Text(text)

/** True for an IPv4 or IPv6 literal, as `net.isIP` says, without paying for IPv6 when no colon. */
export function isIPLiteral(text: string): boolean {
  return isIPv4(text) || isIPv6(text)
}

/** Checks a host and returns it in the form the probe uses (no brackets, no trailing dot). */
export function validHost(host: string): string {
  if (isIPLiteral(host)) return host
  if (isDnsName(host)) return host.replace(/\.$/, '').toLowerCase()
  throw new TargetError(t('probe.target.badHost', { host }))
}

function port(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535)
    throw new TargetError(t('probe.target.badPort', { port: text }))
  return Number(text)
}

/** `HOST`, `HOST:PORT`, `[IPv6]`, `[IPv6]:PORT` or a bare IPv6 literal. */
export function parseHostPort(input: string, defaultPort = 25): { host: string; port: number } {
  const text = input.trim()
  if (!text) throw new TargetError(t('probe.target.empty'))
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text)
  if (bracketed) {
    const host = bracketed[1] ?? ''
    if (!isIPv6(host)) throw new TargetError(t('probe.target.badHost', { host }))
    return { host, port: bracketed[2] === undefined ? defaultPort : port(bracketed[2]) }
  }
  if (isIPv6(text)) return { host: text, port: defaultPort }
  const colon = text.lastIndexOf(':')
  if (colon < 0) return { host: validHost(text), port: defaultPort }
  return { host: validHost(text.slice(0, colon)), port: port(text.slice(colon + 1)) }
}

// Ports where TLS starts with the first byte: SMTPS, HTTPS, IMAPS, POP3S, LDAPS.
const IMPLICIT_PORTS = new Set([465, 443, 993, 995, 636])

/** Implicit TLS for 465 (and the other TLS-first ports), SMTP STARTTLS for 25, 587 and the rest. */
export function defaultMode(p: number): ProbeMode {
  return IMPLICIT_PORTS.has(p) ? 'implicit' : 'starttls'
}
