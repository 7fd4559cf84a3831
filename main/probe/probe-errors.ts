/** Turning every way a probe can fail into one per-version outcome with a readable reason. */
import type { VersionOutcome } from '../../shared/probe'
import { translate as t } from '../../shared/i18n/translate'

/** Stages of one probe connection; each has its own time bound. */
export type Phase = 'resolve' | 'connect' | 'banner' | 'ehlo' | 'starttls' | 'handshake' | 'mail'

/** A probe connection that ended before TLS was accepted; `outcome` is what the result says. */
export class ProbeFailure extends Error {
  override name = 'ProbeFailure'
  constructor(
    readonly outcome: Exclude<VersionOutcome, 'accepted'>,
    readonly phase: Phase,
    message: string,
  ) {
    super(message)
  }
}

/** The plain-text SMTP phases: whatever ends a connection there happens before any TLS. */
const SMTP_PHASES: ReadonlySet<Phase> = new Set<Phase>(['banner', 'ehlo', 'starttls', 'mail'])

/**
 * The peer ended or spoiled the SMTP session before a TLS handshake was tried (a rejected
 * greeting or EHLO, STARTTLS refused or not offered, a reply too large or not SMTP): this says
 * nothing about any TLS version, so it is never reported as a TLS refusal.
 */
export function smtpRejected(phase: Phase, message: string): ProbeFailure {
  return new ProbeFailure('smtp-rejected', phase, message)
}

/** The localized name of a phase. */
export function phaseName(phase: Phase): string {
  return t(`probe.phase.${phase}`)
}

/** A phase that ran out of time. */
export function phaseTimeout(phase: Phase, ms: number): ProbeFailure {
  if (phase === 'connect')
    return new ProbeFailure('unreachable', phase, t('probe.error.connectTimeout', { ms }))
  // A name that never resolves is as unreachable as a port that never answers SYN.
  if (phase === 'resolve')
    return new ProbeFailure(
      'unreachable',
      phase,
      t('probe.error.phaseTimeout', { phase: phaseName(phase), ms }),
    )
  return new ProbeFailure(
    'timeout',
    phase,
    t('probe.error.phaseTimeout', { phase: phaseName(phase), ms }),
  )
}

/** The overall limit of a probe ran out: whatever was still going on is cut off. */
export function overallTimeout(phase: Phase, ms: number): ProbeFailure {
  // As for a phase's own limit: a connect or lookup that never finished is unreachable.
  const outcome = phase === 'connect' || phase === 'resolve' ? 'unreachable' : 'timeout'
  return new ProbeFailure(
    outcome,
    phase,
    t('probe.error.overallTimeout', { phase: phaseName(phase), ms }),
  )
}

/** A reply that began but did not end within the phase's limit; `text` is what came. */
export function partialTimeout(phase: Phase, ms: number, text: string): ProbeFailure {
  return new ProbeFailure(
    'timeout',
    phase,
    t('probe.error.partialTimeout', { phase: phaseName(phase), ms, text }),
  )
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA'])
const NET_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ETIMEDOUT', 'EACCES'])

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e)
  return text.split('\n')[0]?.trim() || 'unknown error'
}

/** A socket error before or during the SMTP dialogue. */
export function socketFailure(e: unknown, phase: Phase, host: string): ProbeFailure {
  if (e instanceof ProbeFailure) return e
  const code = codeOf(e)
  if (DNS_CODES.has(code))
    return new ProbeFailure('unreachable', phase, t('probe.error.dns', { host, code }))
  if (code === 'ECONNREFUSED')
    return new ProbeFailure('unreachable', phase, t('probe.error.refused'))
  if (phase === 'connect' || NET_CODES.has(code))
    return new ProbeFailure(
      'unreachable',
      phase,
      t('probe.error.connect', { reason: firstLine(e) }),
    )
  // Past the connect, a failure during the SMTP dialogue ended the session before any TLS.
  const outcome = SMTP_PHASES.has(phase) ? 'smtp-rejected' : 'refused'
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new ProbeFailure(outcome, phase, t('probe.error.closed', { phase: phaseName(phase) }))
  return new ProbeFailure(
    outcome,
    phase,
    t('probe.error.socket', { phase: phaseName(phase), reason: firstLine(e) }),
  )
}

// Errors raised by our own library before or without the server's say: the version is untestable.
const LOCAL_CODES = new Set([
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_NO_CIPHERS_AVAILABLE',
  'ERR_SSL_NO_CIPHER_MATCH',
  'ERR_SSL_NO_SUPPORTED_VERSIONS_ENABLED',
  'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED',
  'ERR_SSL_UNSUPPORTED_PROTOCOL_VERSION',
  'ERR_TLS_INVALID_PROTOCOL_VERSION',
  'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
])

function reasonOf(e: unknown): string {
  const reason = (e as { reason?: unknown }).reason
  const code = codeOf(e)
  const text = typeof reason === 'string' && reason ? reason : firstLine(e)
  return code && !text.includes(code) ? `${text}, ${code}` : text
}

/** A TLS handshake error: the server's refusal, or our library's inability (untestable). */
export function handshakeFailure(
  e: unknown,
  ctx: { stack: string; version: string },
): ProbeFailure {
  if (e instanceof ProbeFailure) return e
  const code = codeOf(e)
  const reason = reasonOf(e)
  const phase = 'handshake'
  if (LOCAL_CODES.has(code))
    return new ProbeFailure('untestable', phase, t('probe.error.untestable', { ...ctx, reason }))
  // More than our library takes in one handshake message (OpenSSL caps a certificate chain at
  // 100 KB): the server did not refuse, yet this client cannot judge the version either.
  if (/EXCESSIVE_MESSAGE_SIZE/.test(code))
    return new ProbeFailure('untestable', phase, t('probe.error.tooLarge', { ...ctx, reason }))
  if (/ALERT/.test(code))
    return new ProbeFailure('refused', phase, t('probe.error.tlsAlert', { reason }))
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|RECORD_LAYER|HTTP_REQUEST/.test(code))
    return new ProbeFailure('refused', phase, t('probe.error.notTls', { reason }))
  if (code === 'ERR_SSL_UNSUPPORTED_PROTOCOL')
    return new ProbeFailure('refused', phase, t('probe.error.otherVersion', { reason }))
  if (code === 'ECONNRESET' || code === 'EPIPE' || /disconnected|closed/i.test(reason))
    return new ProbeFailure('refused', phase, t('probe.error.droppedInHandshake'))
  return new ProbeFailure('refused', phase, t('probe.error.tls', { reason }))
}
