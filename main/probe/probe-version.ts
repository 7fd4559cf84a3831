/** One connection that tries one pinned TLS version, in STARTTLS or implicit mode. */
import { translate as t } from '../../shared/i18n/translate'
import type {
  ProbeCertificate,
  ProbeMode,
  ProbeTlsVersion,
  VersionResult,
} from '../../shared/probe'
import { withinDeadline, type Attempt, type Deadline } from './deadline'
import { handshakeFailure, ProbeFailure, smtpRejected } from './probe-errors'
import { ReplyReader, type ReadLimits } from './reply-reader'
import { greet, startTls } from './smtp-dialogue'
import { connectTcp } from './tcp-connect'
import { handshake, type Handshake } from './tls-handshake'
import { pinnedContext, type TlsStack } from './tls-stack'
import { Transcript } from './transcript'

/** Everything one version probe needs to know. */
export interface VersionProbeContext {
  host: string
  address: string
  port: number
  mode: ProbeMode
  stack: TlsStack
  deadline: Deadline
  helo: string
  limits: ReadLimits
}

/** The outcome of one version, with what the connection learnt on the way. */
export interface VersionProbe {
  version: ProbeTlsVersion
  result: VersionResult
  certificate: ProbeCertificate | null
  /** null when the dialogue never reached the EHLO answer. */
  starttlsOffered: boolean | null
  transcript: Transcript
}

/** A failed version as the result shows it. */
export function failedResult(f: ProbeFailure): VersionResult {
  return { result: f.outcome, accepted: false, protocol: null, cipher: null, error: f.message }
}

/** Tries `version` once; never throws, always closes its sockets by the overall deadline. */
export async function probeVersion(
  version: ProbeTlsVersion,
  c: VersionProbeContext,
): Promise<VersionProbe> {
  const transcript = new Transcript()
  const out: VersionProbe = {
    version,
    result: { result: 'refused', accepted: false, protocol: null, cipher: null, error: null },
    certificate: null,
    starttlsOffered: null,
    transcript,
  }
  try {
    const untestable = (reason: string) =>
      new ProbeFailure(
        'untestable',
        'handshake',
        t('probe.error.untestable', { stack: c.stack.name, version, reason }),
      )
    if (!c.stack.offers.includes(version)) throw untestable(t('probe.error.notInStack'))
    try {
      pinnedContext(c.stack, version)
    } catch (e) {
      // No server was involved yet: whatever went wrong is this machine's library.
      throw untestable(e instanceof Error ? e.message : String(e))
    }
    if (c.deadline.remaining() <= 0)
      throw new ProbeFailure(
        'timeout',
        'connect',
        t('probe.error.notTried', { ms: c.deadline.totalMs }),
      )
    const hs = await withinDeadline(c.deadline, (a) => connectAndShake(version, c, out, a))
    out.result = {
      result: 'accepted',
      accepted: true,
      protocol: hs.protocol,
      cipher: hs.cipher,
      error: null,
    }
    out.certificate = hs.certificate
    transcript.note(`${version} accepted: ${hs.protocol}, ${hs.cipher}`)
  } catch (e) {
    const f = e instanceof ProbeFailure ? e : handshakeFailure(e, { stack: c.stack.name, version })
    out.result = failedResult(f)
    transcript.note(`${version}: ${f.outcome}: ${f.message}`)
  }
  return out
}

/** The connection itself: TCP, the SMTP dialogue in STARTTLS mode, then the handshake. */
async function connectAndShake(
  version: ProbeTlsVersion,
  c: VersionProbeContext,
  out: VersionProbe,
  attempt: Attempt,
): Promise<Handshake> {
  const socket = await connectTcp(c.address, c.port, c.deadline.bound('connect'), c.host, attempt)
  if (c.mode === 'starttls') {
    const reader = new ReplyReader(socket, c.host, out.transcript, c.limits, (phase) => {
      attempt.phase = phase
    })
    const greeting = await greet(reader, c.deadline, c.helo)
    out.starttlsOffered = greeting.starttlsOffered
    if (!greeting.starttlsOffered) throw smtpRejected('ehlo', t('probe.error.starttlsNotOffered'))
    await startTls(reader, c.deadline)
    reader.detach()
  }
  attempt.phase = 'handshake'
  const ms = c.deadline.bound('handshake')
  return handshake(socket, { host: c.host, version, stack: c.stack, ms, attempt })
}
