/** The regular-expression parts redaction finds names, addresses and e-mail addresses with. */
import { USER_DIR } from './redact-context'

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const EMAIL = `[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]*`
const IPV6 = '(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?'
const IPV4 = '(?:\\d{1,3}\\.){3}\\d{1,3}'
const DNS = `(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]`
// An address may follow a word and a colon ("IP Address:fd00::1" in a certificate), never a
// hex digit and a colon: that would be the middle of a longer address.
const IP6_START = '(?:(?<=[G-Zg-z]:)|(?<![\\w:.]))'

/** An e-mail address. */
export const EMAIL_PART = `(?<email>(?<![A-Za-z0-9._%+-])${EMAIL})`

/** An IPv6 or IPv4 address (checked with node:net before it is replaced). */
export const IP_PARTS = [
  `(?<ip6>${IP6_START}${IPV6}(?![\\w:]))`,
  `(?<ip4>(?<![\\w.])${IPV4}(?!\\w|\\.\\d))`,
]

/**
 * A DNS name. "*.contoso.com" (a wildcard name) is a name; "x.y" inside "a.x.y" is not a new one.
 * "250-mail.contoso.com": an SMTP reply code and its hyphen are not part of the name.
 */
export const DNS_PART = `(?<dns>(?:(?<=(?:^|[^A-Za-z0-9-])\\d{3}-)|(?<![A-Za-z0-9-]|[A-Za-z0-9-]\\.))(?!\\d{3}-)${DNS}(?![A-Za-z0-9-]))`

/**
 * In a file name's stem a name ends where its top-level label does: a TLD has no hyphen (bar
 * IDN's xn--), so "contoso.local-ex01" is the domain contoso.local and the host ex01.
 */
export const RUN_PART = `(?<run>(?<![A-Za-z0-9-])(?:${LABEL}\\.)+(?:xn--[A-Za-z0-9]+|[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9]))`

/** A user's profile folder in a path. */
export const USER_DIR_PART = `(?<userdir>${USER_DIR})`
