/** The human-readable form of one probe result (the `probe` command and `diagnose --probe`). */
import { translate as t } from '../../shared/i18n/translate'
import type { ProbeCertificate, ProbeResult } from '../../shared/probe'
import {
  PROBE_TLS_VERSIONS,
  probeUnreachable,
  targetLabel,
  unreachableReason,
} from '../../shared/probe-basics'
import { terminalSafeData } from '../../shared/terminal-safe'
import { textTable } from './text-table'

const yesNo = (b: boolean | null) =>
  b === null ? t('probe.unknown') : b ? t('probe.yes') : t('probe.no')

function certificateLines(c: ProbeCertificate | null, host: string): string[] {
  if (!c) return [t('probe.cert.none')]
  const day = (iso: string | null) => (iso ?? '?').slice(0, 10)
  const valid = t('probe.cert.validRange', { from: day(c.validFrom), to: day(c.validTo) })
  const rows = [
    [t('probe.cert.subject'), c.subject ?? '-'],
    [t('probe.cert.names'), c.subjectAltNames.join(', ') || '-'],
    [t('probe.cert.issuer'), c.issuer ?? '-'],
    [t('probe.cert.valid'), c.expired ? `${valid}  ${t('probe.cert.expired')}` : valid],
    [t('probe.cert.trusted'), c.trusted ? t('probe.yes') : `${t('probe.no')} (${c.trustError})`],
    [t('probe.cert.nameMatches', { host }), c.nameMatches ? t('probe.yes') : t('probe.no')],
  ]
  return [t('probe.cert.title', { version: c.version }), ...textTable(rows).map((l) => `  ${l}`)]
}

/** The human-readable probe: a header, the per-version table, the certificate; terminal-safe. */
export function renderProbe(result: ProbeResult): string {
  const r = terminalSafeData(result)
  const head = t('probe.title', {
    target: targetLabel(r),
    mode: t(`probe.mode.${r.mode}`),
    stack: r.stack,
    ms: r.durationMs,
  })
  const lines = [head]
  if (r.mode === 'starttls')
    lines.push(
      `${t('probe.starttlsOffered')}: ${yesNo(r.starttlsOffered)}    ${t('probe.starttlsRequired')}: ${yesNo(r.starttlsRequired)}`,
    )
  const rows = [
    ['version', 'result', 'protocol', 'cipher', 'detail'].map((k) => t(`probe.col.${k}`)),
  ]
  for (const v of PROBE_TLS_VERSIONS) {
    const x = r.versions[v]
    rows.push([v, t(`probe.result.${x.result}`), x.protocol ?? '-', x.cipher ?? '-', x.error ?? ''])
  }
  lines.push('', ...textTable(rows), '')
  if (probeUnreachable(r)) lines.push(t('probe.unreachable', { error: unreachableReason(r) }))
  else lines.push(...certificateLines(r.certificate, r.host))
  return `${lines.join('\n')}\n`
}
