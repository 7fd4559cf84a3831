/**
 * A probed version in plain words: what the outcome means for Office 365, and the error in words
 * with its technical code kept for a detail line (OpenSSL and resolver codes mean nothing to a
 * junior admin; a senior still wants them).
 */
import type { ProbeTlsVersion, VersionOutcome, VersionResult } from './probe'

const CODE =
  /\b(ERR_[A-Z0-9_]+|E[A-Z]{3,}[A-Z_]*|EAI_[A-Z]+|[A-Z_]*(?:CERT|SIGNED|ISSUER)[A-Z_]*)\b/

// The first rule whose pattern matches the error text (the code or the engine's words) wins.
const RULES: ReadonlyArray<[RegExp, string]> = [
  [/PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|another TLS version/i, 'protocol-version'],
  [/SELF_SIGNED/, 'self-signed'],
  [/CERT_HAS_EXPIRED|expired/i, 'expired'],
  [/UNABLE_TO_(GET|VERIFY)|ISSUER|UNTRUSTED|CHAIN/, 'untrusted'],
  [/HOSTNAME|ALTNAME|IP_ADDRESS_MISMATCH/, 'name'],
  [/ENOTFOUND|EAI_|ENODATA|could not be resolved/i, 'dns'],
  [/ECONNREFUSED|connection refused|port is closed/i, 'refused'],
  [/ETIMEDOUT|time limit|within \d+ ms|no answer/i, 'timeout'],
  [/EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|no TCP connection/i, 'unreachable'],
  [/ECONNRESET|EPIPE|closed the connection/i, 'reset'],
  [/cannot offer|does not support it|ERR_SSL_NO_|LEGACY_SIGALG/i, 'local-stack'],
  [/ALERT|HANDSHAKE|handshake/i, 'handshake'],
]

/**
 * The error of a probed version as a message key (`probe.code.*`) and its technical code. With
 * the outcome, a session that ended before TLS is said as such, whatever words the error uses.
 */
export function errorWords(
  error: string | null,
  outcome?: VersionOutcome,
): { key: string; code: string | null } | null {
  if (!error) return null
  const rule = RULES.find(([re]) => re.test(error))
  const word = outcome === 'smtp-rejected' ? 'smtp-rejected' : (rule?.[1] ?? 'other')
  return { key: `probe.code.${word}`, code: CODE.exec(error)?.[1] ?? null }
}

/** The judgement of one version for Office 365 (`probe.judge.*`). */
export function judgeForOffice365(version: ProbeTlsVersion, v: VersionResult): string {
  const measured = v.result === 'accepted' || v.result === 'refused'
  if (version === 'TLSv1.2')
    return `probe.judge.needed-${v.accepted ? 'ok' : measured ? 'missing' : 'unknown'}`
  if (version === 'TLSv1.3')
    return measured ? `probe.judge.tls13-${v.accepted ? 'ok' : 'missing'}` : 'probe.judge.untested'
  return measured ? `probe.judge.legacy-${v.accepted ? 'on' : 'off'}` : 'probe.judge.untested'
}
