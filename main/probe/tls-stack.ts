/** Which TLS library this process runs on, and how to make it offer one pinned version. */
import { createSecureContext, type SecureContext } from 'node:tls'
import { translate as t } from '../../shared/i18n/translate'
import { PROBE_TLS_VERSIONS, type ProbeTlsVersion } from '../../shared/probe-basics'

/** The local TLS library as the probe uses it. */
export interface TlsStack {
  /** Shown in results, e.g. "OpenSSL 3.0.15" or "BoringSSL (Electron 45.4.1)". */
  name: string
  /** Cipher string that re-allows TLS 1.0/1.1 signatures, or null when the library has none. */
  legacyCiphers: string | null
  /** Versions the library can be asked for at all; the rest are reported untestable. */
  offers: readonly ProbeTlsVersion[]
}

const all = PROBE_TLS_VERSIONS

/** Reads the library from `process.versions` (Electron builds Node on BoringSSL). */
export function detectTlsStack(
  versions: Partial<Record<string, string>> = process.versions,
): TlsStack {
  if (versions.electron !== undefined)
    // BoringSSL knows no @SECLEVEL: use its defaults; what it cannot do is reported untestable.
    return { name: `BoringSSL (Electron ${versions.electron})`, legacyCiphers: null, offers: all }
  const openssl = versions.openssl?.replace(/\+.*$/, '')
  if (openssl)
    return { name: `OpenSSL ${openssl}`, legacyCiphers: 'DEFAULT:@SECLEVEL=0', offers: all }
  return { name: t('probe.stack.unknown'), legacyCiphers: null, offers: all }
}

const cache = new Map<string, SecureContext>()

function isCipherError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code
  return (
    code === 'ERR_SSL_NO_CIPHER_MATCH' || /cipher/i.test(String((e as Error).message ?? e ?? ''))
  )
}

function pinned(version: ProbeTlsVersion, ciphers?: string): SecureContext {
  return createSecureContext({ minVersion: version, maxVersion: version, ciphers })
}

/**
 * A client context with minVersion = maxVersion = `version`. The legacy cipher string is tried
 * first; a library that rejects it (BoringSSL, or a string it does not parse) gets its defaults.
 */
export function pinnedContext(stack: TlsStack, version: ProbeTlsVersion): SecureContext {
  const key = `${stack.legacyCiphers ?? ''}|${version}`
  let context = cache.get(key)
  if (!context) {
    try {
      context = pinned(version, stack.legacyCiphers ?? undefined)
    } catch (e) {
      if (stack.legacyCiphers === null || !isCipherError(e)) throw e
      context = pinned(version)
    }
    cache.set(key, context)
  }
  return context
}
