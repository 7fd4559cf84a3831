/** Before and after: what a fix and restart changed, for verify mode and reports. */
import type { Diagnosis, Finding } from './diagnosis'
import { TLS_VERSIONS, type TlsVersion } from './tls'

/** The side-by-side view of two diagnoses of the same machine. */
export interface Comparison {
  verdict: { before: Diagnosis['verdict']; after: Diagnosis['verdict'] }
  fixed: Finding[]
  remaining: Finding[]
  added: Finding[]
  schannel: Array<{
    version: TlsVersion
    side: 'client' | 'server'
    before: boolean
    after: boolean
  }>
}

/** Compares findings by id, and the effective Schannel state per version and side. */
export function compareDiagnoses(before: Diagnosis, after: Diagnosis): Comparison {
  const afterIds = new Set(after.findings.map((f) => f.id))
  const beforeIds = new Set(before.findings.map((f) => f.id))
  return {
    verdict: { before: before.verdict, after: after.verdict },
    fixed: before.findings.filter((f) => !afterIds.has(f.id)),
    remaining: after.findings.filter((f) => beforeIds.has(f.id)),
    added: after.findings.filter((f) => !beforeIds.has(f.id)),
    schannel: TLS_VERSIONS.flatMap((version) =>
      (['client', 'server'] as const).map((side) => ({
        version,
        side,
        before: before.schannel[version][side].enabled,
        after: after.schannel[version][side].enabled,
      })),
    ),
  }
}
