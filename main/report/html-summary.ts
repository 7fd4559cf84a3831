/** The top of the report: title, verdict, symptom and machine, so page one answers "what now?". */
import { exchangeLabel } from '../../shared/format'
import { translate as t } from '../../shared/i18n/translate'
import { coverageOfReport, verdictOfReport, type Report } from '../../shared/report'
import { SYMPTOMS } from '../../shared/symptoms'
import { facts, html, when, yesNo, type Html, type Part } from './html-kit'

/** The name a report is about: the full name, else the computer name. */
export function machineLabel(r: Report): string | null {
  return r.machine.fqdn ?? r.machine.computerName
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

const ICON = { healthy: '\u2714', 'action-needed': '\u2716', inconclusive: '?' } as const

/** What the registry did not show, and the commands that collect it (copyable, one per line). */
function missing(r: Report): Html | null {
  const c = coverageOfReport(r)
  if (!c.missing.length) return null
  const gaps = c.missing.map((g) => t(`reportDoc.gap.${g}`)).join('; ')
  return html`<p>${t('reportDoc.missing', { gaps })}</p>
    ${
      c.collect.length
        ? html`<p>${t('reportDoc.collect')}</p>
            <pre class="commands"><code>${c.collect.join('\n')}</code></pre>`
        : html`<p>${t('reportDoc.collect.script')}</p>`
    }`
}

/** The verdict in words with an icon, and what the registry did not show with the commands to collect it. */
export function verdict(r: Report): Html {
  const v = verdictOfReport(r)
  return html`<div class="verdict ${v}" role="status">
    <p class="word">
      <span aria-hidden="true">${ICON[v]}</span>
      ${t(`reportDoc.verdict.${v}`)}
    </p>
    <p class="sentence">${t(`reportDoc.verdict.${v}.detail`)}</p>
    ${missing(r)}
  </div>`
}

/** The symptom the user started from, when there was one. */
export function symptom(r: Report): Html | null {
  const s = r.symptom
  if (!s || (s.id === null && s.text === null)) return null
  const pairs: Array<[string, Part]> = []
  // In words with the exact message it stands for; an id this version does not know stays as is.
  const known = SYMPTOMS.find((x) => x.id === s.id)
  if (s.id !== null)
    pairs.push([
      t('reportDoc.symptom.id'),
      known ? html`${t(`symptom.${known.id}`)}: <code>${known.text}</code>` : s.id,
    ])
  if (s.text !== null) pairs.push([t('reportDoc.symptom.text'), html`<code>${s.text}</code>`])
  return html`<h3>${t('reportDoc.symptom')}</h3>
    ${facts(pairs)}`
}

// "Not installed" only when HKLM\SOFTWARE was read: an export without it cannot tell.
function exchange(r: Report): string {
  const x = r.machine.exchange
  const roles = coverageOfReport(r).exchangeRoles
  if (x) return `${exchangeLabel(x)}${roles.length ? ` (${roles.join(', ')})` : ''}`
  const path = coverageOfReport(r).mailPath
  if (path === 'unknown') return t('reportDoc.unknown')
  return t(path === 'smtp-relay' ? 'cli.exchangeNoneRelay' : 'cli.exchangeNone')
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
      [t('reportDoc.machine.exchange'), exchange(r)],
      ...(x?.installPath
        ? [[t('reportDoc.machine.exchangePath'), x.installPath] as [string, Part]]
        : []),
      ...(x ? [[t('reportDoc.machine.edge'), yesNo(x.edgeRole)] as [string, Part]] : []),
      [t('reportDoc.machine.source'), `${r.source.location} (${r.source.adapter})`],
    ])}`
}
