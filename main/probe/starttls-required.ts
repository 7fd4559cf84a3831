/** Whether a server insists on STARTTLS: MAIL FROM:<> in plain text, then RSET and QUIT. */
import type { VersionProbeContext } from './probe-version'
import { withinDeadline } from './deadline'
import { ProbeFailure } from './probe-errors'
import { ReplyReader, type SmtpReply } from './reply-reader'
import { greet } from './smtp-dialogue'
import { connectTcp } from './tcp-connect'
import { Transcript } from './transcript'

/** True for "TLS first" replies (530 5.7.0, 451 5.7.3, any STARTTLS wording), false for 2xx. */
export function classifyMailReply(reply: SmtpReply): boolean | null {
  const text = reply.lines.join(' ')
  if (reply.code >= 200 && reply.code < 300) return false
  if (/STARTTLS|\bTLS\b/i.test(text)) return true
  if (reply.code === 530 && /^5\.7\.0\b/.test(text.trim())) return true
  if (reply.code === 451 && /^4\.7\.3\b/.test(text.trim())) return true
  // Anything else (relay denied, sender rejected, busy) says nothing about TLS.
  return null
}

/** The requirement check's verdict and conversation. */
export interface RequirementCheck {
  required: boolean | null
  transcript: Transcript
}

/** Runs the check on its own connection; never sends RCPT or DATA, never throws. */
export async function checkStarttlsRequired(
  c: Pick<VersionProbeContext, 'host' | 'address' | 'port' | 'deadline' | 'helo' | 'limits'>,
): Promise<RequirementCheck> {
  const transcript = new Transcript()
  // Kept apart from the work: a deadline that passes during RSET and QUIT keeps the verdict.
  let required: boolean | null = null
  try {
    await withinDeadline(c.deadline, async (attempt) => {
      const socket = await connectTcp(
        c.address,
        c.port,
        c.deadline.bound('connect'),
        c.host,
        attempt,
      )
      const reader = new ReplyReader(socket, c.host, transcript, c.limits, (phase) => {
        attempt.phase = phase
      })
      await greet(reader, c.deadline, c.helo)
      reader.send('MAIL FROM:<>')
      required = classifyMailReply(await reader.read('mail', c.deadline.bound('mail')))
      // Leave politely; a server that ignores us here does not change the verdict.
      for (const command of ['RSET', 'QUIT']) {
        reader.send(command)
        await reader.read('mail', Math.min(500, c.deadline.bound('mail'))).catch(() => undefined)
      }
    })
  } catch (e) {
    if (e instanceof ProbeFailure) transcript.note(`${e.outcome}: ${e.message}`)
  }
  return { required, transcript }
}
