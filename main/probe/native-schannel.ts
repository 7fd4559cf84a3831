/** Reading schannel-probe.exe's JSON into the probe result shape the product shows and judges. */
import { translate as t } from '../../shared/i18n/translate'
import { PROBE_TLS_VERSIONS } from '../../shared/probe-basics'
import type { SchannelProbeResult, VersionResult } from '../../shared/probe'
import {
  nativeSchannelOutputSchema,
  type NativeSchannelOutput,
  type SchannelAttempt,
} from '../../shared/schannel-probe'
import { printable } from './transcript'

/** The Schannel probe could not run or said something we cannot use. */
export class SchannelProbeError extends Error {
  override name = 'SchannelProbeError'
}

/** The last line that looks like a JSON object: anything printed before it is noise. */
function jsonLine(stdout: string): string | undefined {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'))
    .pop()
}

/** Parses and validates the exe's stdout; throws SchannelProbeError saying what is wrong. */
export function parseNativeOutput(
  stdout: string,
  exitCode: number | null = 0,
  stderr = '',
): NativeSchannelOutput {
  const line = jsonLine(stdout)
  if (line === undefined)
    throw new SchannelProbeError(
      t('schannelProbe.noOutput', {
        code: String(exitCode),
        stderr: printable(stderr.trim(), 300) || '-',
      }),
    )
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (e) {
    throw new SchannelProbeError(t('schannelProbe.notJson', { reason: (e as Error).message }))
  }
  if (data && typeof data === 'object' && typeof (data as { fatal?: unknown }).fatal === 'string')
    throw new SchannelProbeError(
      t('schannelProbe.fatal', { reason: printable((data as { fatal: string }).fatal, 300) }),
    )
  const parsed = nativeSchannelOutputSchema.safeParse(data)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    throw new SchannelProbeError(t('schannelProbe.invalid', { issues }))
  }
  return parsed.data
}

const alg = (a: SchannelAttempt['cipher']) =>
  a ? `${a.name ?? `ALG_ID 0x${a.id.toString(16)}`} ${a.strength}` : '-'

/** "CALG_AES_256 256, CALG_SHA_384 384, CALG_ECDH_EPHEM 384": cipher, hash, key exchange. */
export function cipherText(a: SchannelAttempt): string | null {
  return a.cipher ? [a.cipher, a.hash, a.exchange].map(alg).join(', ') : null
}

/** What went wrong, with the SSPI status by name and number when one failed it. */
export function errorText(a: SchannelAttempt): string | null {
  if (a.result === 'accepted') return null
  const status = a.error
    ? `${a.error.function}: ${a.error.name ?? 'status'} ${a.error.code}`
    : undefined
  const text = [a.detail, status && `(${status})`].filter(Boolean).join(' ')
  return text || a.result
}

/**
 * The attempt's outcome as the Node probe words it: the exe says "refused" for an SMTP dialogue
 * that failed (no 220, no STARTTLS), but no handshake was tried then.
 */
function outcomeOf(a: SchannelAttempt): VersionResult['result'] {
  return a.stage === 'smtp' && a.result === 'refused' ? 'smtp-rejected' : a.result
}

function version(a: SchannelAttempt): VersionResult {
  return {
    result: outcomeOf(a),
    accepted: a.result === 'accepted',
    protocol: a.protocol,
    cipher: cipherText(a),
    error: errorText(a),
  }
}

/** The native output as a Schannel probe result (no certificate: the Node probe reports it). */
export function toSchannelResult(n: NativeSchannelOutput): SchannelProbeResult {
  const by = new Map(n.attempts.map((a) => [a.name, a]))
  const offered = n.attempts.map((a) => a.starttlsOffered)
  return {
    host: n.host,
    port: n.port,
    mode: n.mode,
    starttlsOffered:
      n.mode !== 'starttls'
        ? null
        : offered.includes(true)
          ? true
          : offered.includes(false)
            ? false
            : null,
    starttlsRequired: null,
    stack: 'Schannel',
    versions: Object.fromEntries(
      PROBE_TLS_VERSIONS.map((v) => [v, version(by.get(v) as SchannelAttempt)]),
    ) as SchannelProbeResult['versions'],
    certificate: null,
    // The first connection's dialogue: the one with the system default, as Exchange would do it.
    transcript: n.attempts.find((a) => a.transcript.length)?.transcript ?? [],
    durationMs: n.durationMs,
    systemDefault: version(by.get('default') as SchannelAttempt),
  }
}
