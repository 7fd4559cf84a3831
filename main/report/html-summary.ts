/** The top of the report: title, verdict, symptom and machine, so page one answers "what now?". */
import { translate as t } from '../../shared/i18n/translate'
import type { Report } from '../../shared/report'
import { facts, html, when, yesNo, type Html, type Part } from './html-kit'

/** The name a report is about: the full name, else the computer name. */
export function machineLabel(r: Report): string | null {
  return r.machine.fqdn ?? r.machine.computerName
}

function counts(r: Report): string {
  const n = (s: string) => r.findings.filter((f) => f.severity === s).length
  return t('reportDoc.counts', { errors: n('error'), warnings: n('warning'), infos: n('info') })
}

/** Title, when and by what it was made, and the redaction notice. */
export function header(r: Report): Html {
  const name = machineLabel(r)
  return html`<header>
    <h1>${name ? t('reportDoc.title', { machine: name }) : t('reportDoc.titleNoName')}</h1>
    <p class="meta">
      ${t('reportDoc.diagnosed', { time: when(r.diagnosedAt) })} &middot;
      ${t('reportDoc.generated', {
        product: r.product.name,
        version: r.product.version,
        time: when(r.generatedAt),
      })}
    </p>
    ${r.redacted ? html`<p class="redacted" role="note"><strong>${t('reportDoc.redactedShort')}:</strong> ${t('reportDoc.redacted')}</p>` : null}
  </header>`
}

/** The verdict, in words and with an icon, and how many findings of each kind. */
export function verdict(r: Report): Html {
  const ok = r.verdict === 'healthy'
  return html`<div class="verdict ${r.verdict}" role="status">
    <p class="word">
      <span aria-hidden="true">${ok ? '\u2714' : '\u2716'}</span>
      ${t(`reportDoc.verdict.${r.verdict}`)}
    </p>
    <p class="sentence">${t(`reportDoc.verdict.${r.verdict}.detail`)}</p>
    <p class="meta">${counts(r)}</p>
  </div>`
}

/** The symptom the user started from, when there was one. */
export function symptom(r: Report): Html | null {
  const s = r.symptom
  if (!s || (s.id === null && s.text === null)) return null
  const pairs: Array<[string, Part]> = []
  if (s.id !== null) pairs.push([t('reportDoc.symptom.id'), s.id])
  if (s.text !== null) pairs.push([t('reportDoc.symptom.text'), html`<code>${s.text}</code>`])
  return html`<h3>${t('reportDoc.symptom')}</h3>
    ${facts(pairs)}`
}

/** Machine facts as the registry describes them. */
export function machine(r: Report): Html {
  const m = r.machine
  const build =
    m.os.build === null ? null : `${m.os.build}${m.os.ubr === null ? '' : `.${m.os.ubr}`}`
  const x = m.exchange
  return html`<h3>${t('reportDoc.machine')}</h3>
    ${facts([
      [t('reportDoc.machine.name'), m.computerName ?? t('reportDoc.unknown')],
      [t('reportDoc.machine.fqdn'), m.fqdn ?? t('reportDoc.unknown')],
      [t('reportDoc.machine.os'), m.os.productName ?? m.os.family],
      [t('reportDoc.machine.build'), build ?? t('reportDoc.unknown')],
      [t('reportDoc.machine.exchange'), x ? `${x.product} ${x.version}` : t('cli.exchangeNone')],
      ...(x?.installPath
        ? [[t('reportDoc.machine.exchangePath'), x.installPath] as [string, Part]]
        : []),
      ...(x ? [[t('reportDoc.machine.edge'), yesNo(x.edgeRole)] as [string, Part]] : []),
      [t('reportDoc.machine.source'), `${r.source.location} (${r.source.adapter})`],
    ])}`
}
