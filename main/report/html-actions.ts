/** "What to do": the fixes in the order to make them, with the exact changes and manual steps. */
import type { Finding, Problem } from '../../shared/diagnosis'
import { fileNameOf, REGISTRY_FIX_IDS, type RegistryFixId } from '../../shared/fixes'
import { translate as t } from '../../shared/i18n/translate'
import type { FixId } from '../../shared/ids'
import { MANUAL_STEPS } from '../../shared/manual-steps'
import { coverageOfReport, problemsOfReport, type Report } from '../../shared/report'
import { badge, html, keyPath, section, table, valueText, when, type Html } from './html-kit'

// The order an admin works in: evidence and updates first, the registry changes, then the restart
// (it makes the changes take effect) and the work by hand (shared/manual-steps.ts).
const ORDER: readonly FixId[] = [
  ...MANUAL_STEPS.filter((s) => s.when === 'before').map((s) => s.id),
  ...REGISTRY_FIX_IDS,
  ...MANUAL_STEPS.filter((s) => s.when === 'after').map((s) => s.id),
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
  if (plan.refused) return html`<p class="note">${plan.refused}</p>`
  const changes = plan.changes.filter((c) => c.fixId === id)
  // Left out of the plan (the .NET switches on a server without Exchange): said so, as the CLI
  // and the wizard say it, never "already right".
  if (plan.leftOut?.includes(id)) return html`<p class="note">${t('fixes.leftOut.dotnet')}</p>`
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

/** Pending, not pending, or not known (the registry read did not show Windows' restart markers). */
function pendingKey(r: Report, pending: boolean) {
  if (pending) return 'reportDoc.restart.pending'
  return coverageOfReport(r).restartMarkers === false
    ? 'reportDoc.restart.notKnown'
    : 'reportDoc.restart.notPending'
}

function restartLines(r: Report): Html {
  const s = r.restart
  return html`<p>${t('reportDoc.actions.restartWhy')}</p>
    ${s ? html`<p>${t(pendingKey(r, s.pending))}</p>` : null}
    ${s?.schannelChangedAt ? html`<p>${t('reportDoc.restart.changedAt', { time: when(s.schannelChangedAt) })}</p>` : null}
    ${s?.scheduledFor ? html`<p>${t('reportDoc.restart.scheduled', { time: when(s.scheduledFor) })}</p>` : null}`
}

// The report is inert and names no external address a viewer could follow: the page is given
// as text without its scheme (learn.microsoft.com/...), for the reader to type or paste.
function helpAddress(id: FixId): Html | null {
  const link = MANUAL_STEPS.find((s) => s.id === id)?.link?.replace(/^https:\/\//, '')
  return link
    ? html`<p class="note">${t('fixes.manual.link')}: <span class="key">${link}</span></p>`
    : null
}

function detail(r: Report, id: FixId, findings: Finding[]): Html | null {
  if (isRegistryFix(id)) return plannedChanges(r, id)
  const help = helpAddress(id)
  if (help && id !== 'update-exchange') return help
  if (id === 'restart-server') return restartLines(r)
  if (id === 'collect-registry' && coverageOfReport(r).collect.length)
    return html`<p>${t('reportDoc.collect.above')}</p>`
  const minimum = findings.map((f) => f.params.minimum).find((m) => m !== undefined)
  if (id === 'update-exchange' && minimum !== undefined)
    return html`<p>${t('reportDoc.actions.minimum', { minimum })}</p>
      ${help}`
  return help
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

/**
 * How the registry changes get made, in the words the wizard and the command line use: a fix
 * prepared into files is imported on the server (its files are in the next section), one applied
 * needs the restart, otherwise the fix command.
 */
function howToApply(r: Report): Html {
  const a = r.fixes?.applied
  if (a?.prepared)
    return html`<div class="prepared" data-prepared-steps>
      <p>${badge('warning', t('reportDoc.applied.prepared'))} ${t('fixes.status.prepared')}</p>
      <p>${t('fixes.prepared.steps', { fix: fileNameOf(a.prepared.fix) })}</p>
    </div>`
  if (a?.status === 'applied') return html`<p class="note">${t('fixes.status.applied')}</p>`
  return html`<p class="note">${t('reportDoc.actions.howToApply')}</p>`
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
      ${ids.some(isRegistryFix) || r.fixes?.applied?.prepared ? howToApply(r) : null}`,
  )
}
