/** The evidence: the Schannel table, every registry value read, and each finding with its proof. */
import { sideState } from '../../shared/compare'
import type { EffectiveState, Finding } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'
import { schannelStateWord } from '../../shared/format'
import type { Report } from '../../shared/report'
import { TLS_VERSIONS, type SchannelSide, type TlsVersion } from '../../shared/tls'
import { badge, html, keyPath, section, table, valueText, type Html } from './html-kit'
import { advice, evidenceTable } from './html-problems'

/** A side's state as a badge: never "off" (or green) for a side the registry did not decide. */
function effectiveBadge(s: EffectiveState): Html {
  if (s === 'unknown') return badge('warning', t('reportDoc.unknownState'))
  return s === 'on' ? badge('ok', t('reportDoc.on')) : badge('bad', t('reportDoc.off'))
}

function versionRows(r: Report, v: TlsVersion): Html {
  const s = r.registry.schannel[v]
  const unknown = sideState(s.client) === 'unknown' || sideState(s.server) === 'unknown'
  // The wizard's and the command line's words for the state; "unknown" spelled out, as on the sides.
  const state = unknown ? t('reportDoc.unknownState') : schannelStateWord(s, t)
  const row = (side: SchannelSide, first: boolean) =>
    html`<tr>
      ${first ? html`<th scope="rowgroup" rowspan="2" class="nw">${v}</th>` : null}
      <td class="nw">${t(`reportDoc.side.${side}`)}</td>
      <td class="nw">${effectiveBadge(sideState(s[side]))}</td>
      <td class="nw mono">${valueText(s[side].enabledValue)}</td>
      <td class="nw mono">${valueText(s[side].disabledByDefaultValue)}</td>
      ${first ? html`<td rowspan="2">${state}</td>` : null}
    </tr>`
  return html`<tbody class="group">
    ${row('client', true)}${row('server', false)}
  </tbody>`
}

/** Configured and effective Schannel state per TLS version, one row per side. */
export function schannel(r: Report): Html {
  return html`<h3>${t('reportDoc.schannel')}</h3>
    <table class="schannel">
      <thead>
        <tr>
          <th scope="col">${t('reportDoc.schannel.version')}</th>
          <th scope="col">${t('reportDoc.schannel.side')}</th>
          <th scope="col">${t('reportDoc.schannel.effective')}</th>
          <th scope="col">Enabled</th>
          <th scope="col">DisabledByDefault</th>
          <th scope="col">${t('reportDoc.schannel.state')}</th>
        </tr>
      </thead>
      ${TLS_VERSIONS.map((v) => versionRows(r, v))}
    </table>
    <p class="note">${t('reportDoc.schannel.note')}</p>`
}

/** Every registry value read, as read. */
export function values(r: Report): Html {
  const list = r.registry.values
  if (!list.length)
    return html`<h3>${t('reportDoc.values')}</h3>
      <p>${t('reportDoc.values.none')}</p>`
  return html`<h3>${t('reportDoc.values')}</h3>
    ${table(
      'values',
      [t('reportDoc.values.key'), t('reportDoc.values.value'), t('reportDoc.values.data')],
      list.map((v) => [
        html`<span class="key">${keyPath(v.key)}</span>`,
        v.value,
        valueText(v.actual),
      ]),
      ['key', 'nw', 'val'],
    )}`
}

const SEVERITY_BADGE = { error: 'error', warning: 'warning', info: 'info' } as const

function finding(r: Report, f: Finding): Html {
  const fixes = f.fixes.map((x) => t(`fix.${x}`)).join('; ')
  return html`<article class="finding">
    <h3>
      ${badge(SEVERITY_BADGE[f.severity], t(`reportDoc.severity.${f.severity}`))}
      <span>${t(`${f.messageKey}.title`, f.params)}</span> <span class="fid">${f.id}</span>
    </h3>
    ${advice(r, t(`${f.messageKey}.advice`, f.params))} ${evidenceTable(f.evidence)}
    ${fixes ? html`<p class="note">${t('reportDoc.findings.fixes')}: ${fixes}</p>` : null}
  </article> `
}

/** The findings in detail (each with its own evidence), worst first as the checks ordered them. */
export function findings(r: Report): Html {
  return section(
    'findings',
    t('reportDoc.findings'),
    r.findings.length
      ? r.findings.map((f) => finding(r, f))
      : html`<p>${t('reportDoc.findings.none')}</p>`,
  )
}

/** The evidence section: the machine, the Schannel table, then the raw values. */
export function registry(r: Report, machine: Html): Html {
  return section('registry', t('reportDoc.evidence'), [machine, schannel(r), values(r)])
}
