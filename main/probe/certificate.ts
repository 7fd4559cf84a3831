/** What the probe reports about a server certificate, verification results included. */
import { checkServerIdentity, type TLSSocket } from 'node:tls'
import type { ProbeCertificate, ProbeTlsVersion } from '../../shared/probe'

type Names = Record<string, string | string[] | undefined>

/** A distinguished name as `CN=..., O=...`. */
export function distinguishedName(names: Names | undefined): string | null {
  if (!names) return null
  const parts = Object.entries(names).flatMap(([k, v]) =>
    v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => `${k}=${x}`),
  )
  return parts.length ? parts.join(', ') : null
}

function isoDate(text: string | undefined): string | null {
  const d = text ? new Date(text) : null
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null
}

/**
 * Describes the peer certificate. Chain trust comes from the socket (checked against Node's
 * trusted roots even though the probe socket does not reject); the name check is done here
 * against the name the admin gave, since the socket's own check was switched off.
 */
export function describeCertificate(
  socket: TLSSocket,
  host: string,
  version: ProbeTlsVersion,
  now = new Date(),
): ProbeCertificate | null {
  const cert = socket.getPeerCertificate(false)
  if (!cert || Object.keys(cert).length === 0) return null
  const subject = distinguishedName(cert.subject as Names | undefined)
  const issuer = distinguishedName(cert.issuer as Names | undefined)
  const validTo = isoDate(cert.valid_to)
  const nameError = checkServerIdentity(host, cert)
  const trustError = socket.authorized ? null : String(socket.authorizationError ?? 'unknown')
  return {
    version,
    subject,
    subjectAltNames: cert.subjectaltname ? cert.subjectaltname.split(/,\s*/) : [],
    issuer,
    validFrom: isoDate(cert.valid_from),
    validTo,
    fingerprint256: cert.fingerprint256 ?? null,
    selfSigned: subject !== null && subject === issuer,
    expired: validTo !== null && new Date(validTo).getTime() < now.getTime(),
    trusted: socket.authorized,
    trustError,
    nameMatches: nameError === undefined,
    nameError: nameError ? nameError.message : null,
  }
}
