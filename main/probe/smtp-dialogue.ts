/** The plain-text part of an SMTP session: greeting, EHLO (or HELO), STARTTLS. */
import { translate as t } from '../../shared/i18n/translate'
import type { Deadline } from './deadline'
import { smtpRejected } from './probe-errors'
import type { ReplyReader, SmtpReply } from './reply-reader'
import { printable } from './transcript'

/** A reply as one short line for error messages. */
export function showReply(r: SmtpReply): string {
  return printable(`${r.code} ${r.lines.join(' / ')}`.trim(), 160)
}

/** What the server said about itself before TLS. */
export interface Greeting {
  /** EHLO keywords, upper case (empty after a HELO fallback). */
  capabilities: string[]
  starttlsOffered: boolean
}

/** Reads the banner and introduces us with EHLO, falling back to HELO on a 5xx. */
export async function greet(
  reader: ReplyReader,
  deadline: Deadline,
  name: string,
): Promise<Greeting> {
  const banner = await reader.read('banner', deadline.bound('banner'))
  if (banner.code !== 220)
    throw smtpRejected('banner', t('probe.error.greeting', { reply: showReply(banner) }))
  reader.send(`EHLO ${name}`)
  const ehlo = await reader.read('ehlo', deadline.bound('ehlo'))
  if (ehlo.code === 250) {
    const capabilities = ehlo.lines.slice(1).map((l) => l.trim().toUpperCase())
    const starttlsOffered = capabilities.some((c) => c === 'STARTTLS' || c.startsWith('STARTTLS '))
    return { capabilities, starttlsOffered }
  }
  if (ehlo.code >= 500) {
    reader.send(`HELO ${name}`)
    const helo = await reader.read('ehlo', deadline.bound('ehlo'))
    if (helo.code === 250) return { capabilities: [], starttlsOffered: false }
    throw smtpRejected('ehlo', t('probe.error.ehlo', { reply: showReply(helo) }))
  }
  throw smtpRejected('ehlo', t('probe.error.ehlo', { reply: showReply(ehlo) }))
}

/** Sends STARTTLS and expects 220; afterwards the socket belongs to TLS. */
export async function startTls(reader: ReplyReader, deadline: Deadline): Promise<void> {
  reader.send('STARTTLS')
  const reply = await reader.read('starttls', deadline.bound('starttls'))
  if (reply.code !== 220)
    throw smtpRejected('starttls', t('probe.error.starttlsRejected', { reply: showReply(reply) }))
}
