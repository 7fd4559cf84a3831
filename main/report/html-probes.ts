/** Live TLS tests: per target the versions tried, the certificate, and the SMTP dialogue. */
import { translate as t } from '../../shared/i18n/translate'
import { PROBE_TLS_VERSIONS, targetLabel } from '../../shared/probe-basics'
import type { ProbeCertificate, ProbeOutcome, ProbeResult, VersionResult } from '../../shared/probe'
import type { Report } from '../../shared/report'
import { badge, facts, html, section, table, when, yesNo, type Html, type Part } from './html-kit'

const RESULT_BADGE = {
  accepted: 'ok',
  refused: 'bad',
  untestable: 'info',
  timeout: 'warning',
  unreachable: 'warning',
  'smtp-rejected': 'warning',
} as const

function versionRow(name: string, v: VersionResult): Part[] {
  return [
    name,
    badge(RESULT_BADGE[v.result], t(`reportDoc.probe.result.${v.result}`)),
    v.protocol ?? '\u2013',
    html`<span class="mono">${v.cipher ?? '\u2013'}</span>`,
    v.error ?? '',
  ]
}

function versions(rows: Part[][]): Html {
  return table(
    'versions',
    [
      t('reportDoc.probe.version'),
      t('reportDoc.probe.result'),
      t('reportDoc.probe.protocol'),
      t('reportDoc.probe.cipher'),
      t('reportDoc.probe.detail'),
    ],
    rows,
    ['nw', 'nw', 'nw', '', ''],
  )
}

function certificate(c: ProbeCertificate | null): Html | null {
  if (!c) return null
  const trusted = c.trusted ? t('reportDoc.yes') : `${t('reportDoc.no')} (${c.trustError ?? ''})`
  const matches = c.nameMatches ? t('reportDoc.yes') : `${t('reportDoc.no')} (${c.nameError ?? ''})`
  return html`<h4>${t('reportDoc.cert', { version: c.version })}</h4>
    ${facts([
      [t('reportDoc.cert.subject'), c.subject ?? t('reportDoc.unknown')],
      [t('reportDoc.cert.names'), c.subjectAltNames.join(', ') || t('reportDoc.none')],
      [t('reportDoc.cert.issuer'), c.issuer ?? t('reportDoc.unknown')],
      [
        t('reportDoc.cert.valid'),
        t('reportDoc.cert.validRange', { from: when(c.validFrom), to: when(c.validTo) }),
      ],
      [t('reportDoc.cert.trusted'), trusted],
      [t('reportDoc.cert.nameMatches'), matches],
      ...(c.fingerprint256
        ? [
            [
              t('reportDoc.cert.fingerprint'),
              html`<span class="mono">${c.fingerprint256}</span>`,
            ] as [string, Part],
          ]
        : []),
    ])}`
}

function transcript(lines: readonly string[]): Html {
  if (!lines.length) return html`<p class="note">${t('reportDoc.probe.transcriptEmpty')}</p>`
  return html`<h4>${t('reportDoc.probe.transcript')}</h4>
    <pre class="transcript">${lines.join('\n')}</pre>`
}

function result(r: ProbeResult, extraRows: Part[][] = []): Html {
  return html`${facts([
    [t('reportDoc.probe.stack'), r.stack],
    [t('reportDoc.probe.starttlsOffered'), yesNo(r.starttlsOffered)],
    [t('reportDoc.probe.starttlsRequired'), yesNo(r.starttlsRequired)],
    [t('reportDoc.probe.duration'), t('reportDoc.probe.ms', { ms: Math.round(r.durationMs) })],
  ])}
  ${versions([...PROBE_TLS_VERSIONS.map((v) => versionRow(v, r.versions[v])), ...extraRows])}
  ${certificate(r.certificate)} ${transcript(r.transcript)}`
}

function outcome(o: ProbeOutcome): Html {
  const heading = t('reportDoc.probe.heading', {
    target: targetLabel(o.target),
    mode: t(`reportDoc.probe.mode.${o.target.mode}`),
    role: t(`reportDoc.probe.role.${o.target.role}`),
  })
  const s = o.schannel
  return html`<div class="probe">
    <h3>${heading}</h3>
    ${result(o.result)}
    ${
      s
        ? html`<h4>${t('reportDoc.probe.schannel')}</h4>
            ${result(s, [versionRow(t('reportDoc.probe.systemDefault'), s.systemDefault)])}`
        : null
    }
    ${o.schannelError ? html`<p class="note">${t('reportDoc.probe.schannelError', { reason: o.schannelError })}</p>` : null}
  </div>`
}

/** The live tests section. */
export function probes(r: Report): Html {
  return section(
    'probes',
    t('reportDoc.probes'),
    r.probes.length ? r.probes.map(outcome) : html`<p>${t('reportDoc.probes.none')}</p>`,
  )
}
