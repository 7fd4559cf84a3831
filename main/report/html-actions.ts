/** "What to do": the fixes in the order to make them, with the exact changes and manual steps. */
import type { Finding, Problem } from '../../shared/diagnosis'
import { REGISTRY_FIX_IDS, type RegistryFixId } from '../../shared/fixes'
import { translate as t } from '../../shared/i18n/translate'
import { FIX_IDS, type FixId } from '../../shared/ids'
import { coverageOfReport, problemsOfReport, type Report } from '../../shared/report'
import { html, keyPath, section, table, valueText, when, type Html } from './html-kit'

// Collecting what the registry did not show comes first (the full picture may ask for more),
// then registry changes, updates, and the restart last: it makes the changes take effect.
const ORDER: readonly FixId[] = [
  'collect-registry',
  ...FIX_IDS.filter((f) => f !== 'restart-server' && f !== 'collect-registry'),
  'restart-server',
]

function isRegistryFix(id: FixId): id is RegistryFixId {
  return (REGISTRY_FIX_IDS as readonly string[]).includes(id)
}

function title(p: Problem): string {
  return t(`${p.messageKey}.title`, p.params)
}

function plannedChanges(r: Report, id: RegistryFixId): Html {
  const plan = r.fixes?.plan
  if (!plan) return html`<p class="note">${t('reportDoc.actions.noPlan')}</p>`
  const changes = plan.changes.filter((c) => c.fixId === id)
  if (!changes.length) return html`<p class="note">${t('reportDoc.actions.alreadyRight')}</p>`
  return table(
    'plan',
    [t('reportDoc.values.key'), t('reportDoc.values.value'), t('fixes.now'), t('fixes.after')],
    changes.map((c) => [
      html`<span class="key">${keyPath(c.key)}</span>`,
      c.value,
      valueText(c.before),
      valueText(c.after),
    ]),
    ['key', 'nw', 'nw', 'nw'],
  )
}

function restartLines(r: Report): Html {
  const s = r.restart
  return html`<p>${t('reportDoc.actions.restartWhy')}</p>
    ${s ? html`<p>${t(s.pending ? 'reportDoc.restart.pending' : 'reportDoc.restart.notPending')}</p>` : null}
    ${s?.schannelChangedAt ? html`<p>${t('reportDoc.restart.changedAt', { time: when(s.schannelChangedAt) })}</p>` : null}
    ${s?.scheduledFor ? html`<p>${t('reportDoc.restart.scheduled', { time: when(s.scheduledFor) })}</p>` : null}`
}

function detail(r: Report, id: FixId, findings: Finding[]): Html | null {
  if (isRegistryFix(id)) return plannedChanges(r, id)
  if (id === 'restart-server') return restartLines(r)
  if (id === 'collect-registry' && coverageOfReport(r).collect.length)
    return html`<p>${t('reportDoc.collect.above')}</p>`
  const minimum = findings.map((f) => f.params.minimum).find((m) => m !== undefined)
  if (id === 'update-exchange' && minimum !== undefined)
    return html`<p>${t('reportDoc.actions.minimum', { minimum })}</p>`
  return null
}

function step(r: Report, id: FixId): Html {
  const findings = r.findings.filter((f) => f.fixes.includes(id))
  const problems = problemsOfReport(r).filter((p) => p.fixes.includes(id))
  const kind = isRegistryFix(id) ? t('reportDoc.actions.registry') : t('reportDoc.actions.manual')
  return html`<li>
    <span class="step-title">${t(`fix.${id}`)}</span><span class="kind">${kind}</span>
    <p class="note">
      ${t('reportDoc.actions.resolves', { titles: problems.map(title).join('; ') })}
    </p>
    ${detail(r, id, findings)}
  </li> `
}

/** The "What to do" section. */
export function actions(r: Report): Html {
  const wanted = new Set(r.findings.flatMap((f) => f.fixes))
  const ids = ORDER.filter((id) => wanted.has(id))
  if (!ids.length)
    return section(
      'actions',
      t('reportDoc.actions'),
      html`<p>${t('reportDoc.actions.nothing')}</p>`,
    )
  const createKeys = r.fixes?.plan?.createKeys ?? []
  return section(
    'actions',
    t('reportDoc.actions'),
    html`<ol class="steps">
        ${ids.map((id) => step(r, id))}
      </ol>
      ${
        createKeys.length
          ? html`<p class="note">${t('fixes.createsKeys')}:</p>
              <ul class="key">
                ${createKeys.map((k) => html`<li>${keyPath(k)}</li>`)}
              </ul>`
          : null
      }
      ${ids.some(isRegistryFix) ? html`<p class="note">${t('reportDoc.actions.howToApply')}</p>` : null}`,
  )
}
