/** "Problems": one per root cause, worst first, each with its evidence once and its fixes. */
import type { Evidence, Problem } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'
import { problemCountText } from '../../shared/check-groups'
import { coverageOfReport, problemsOfReport, type Report } from '../../shared/report'
import { evidenceText } from '../../shared/format'
import { badge, html, keyPath, section, table, valueWords, type Html } from './html-kit'

/** "3 problems: 1 error, 2 warnings", in the words the command line uses. */
function problemCount(problems: readonly Problem[]): string {
  return problemCountText(problems, t, 'reportDoc.problems.none')
}

/**
 * Advice text; lines after the first are commands (the collect list). The verdict at the top shows
 * the report's collect commands once, so here they are pointed to rather than repeated.
 */
export function advice(r: Report, text: string): Html {
  const [first, ...commands] = text.split('\n')
  if (!commands.length) return html`<p>${first}</p>`
  return html`<p>${first}</p>
    ${
      coverageOfReport(r).collect.length
        ? html`<p class="note">${t('reportDoc.collect.above')}</p>`
        : html`<pre class="commands"><code>${commands.join('\n')}</code></pre>`
    }`
}

/** An evidence table: key, value, what it holds now, what was expected (the wizard's headers). */
export function evidenceTable(evidence: readonly Evidence[]): Html | null {
  if (!evidence.length) return null
  return table(
    'evidence',
    [t('evidence.key'), t('evidence.value'), t('evidence.actual'), t('evidence.expectedColumn')],
    evidence.map((e) => {
      const w = evidenceText(e, t, valueWords())
      return [html`<span class="key">${keyPath(w.key)}</span>`, w.value, w.actual, w.expected]
    }),
    ['key', 'nw', 'val', 'val'],
  )
}

function problem(r: Report, p: Problem, n: number): Html {
  // The first finding explains the problem; the others are named, their detail is further down.
  const [lead, ...rest] = r.findings.filter((f) => p.findings.includes(f.id))
  const fixes = p.fixes.map((x) => t(`fix.${x}`)).join('; ')
  return html`<article class="problem ${p.severity}">
    <h3>
      ${badge(p.severity, t(`reportDoc.severity.${p.severity}`))}
      <span>${n}. ${t(`${p.messageKey}.title`, p.params)}</span>
    </h3>
    ${lead ? advice(r, t(`${lead.messageKey}.advice`, lead.params)) : null}
    ${
      rest.length
        ? html`<p class="note">
            ${t('reportDoc.problems.also')}:
            ${rest.map((f) => t(`${f.messageKey}.title`, f.params)).join('; ')}
          </p>`
        : null
    }
    ${evidenceTable(p.evidence)}
    ${fixes ? html`<p class="note">${t('reportDoc.findings.fixes')}: ${fixes}</p>` : null}
    <p class="note">
      ${t('reportDoc.problems.findings')}: <span class="fid">${p.findings.join(', ')}</span>
    </p>
  </article> `
}

/** The problems section: what is wrong, worst first, right after the verdict. */
export function problems(r: Report): Html {
  const list = problemsOfReport(r)
  return section(
    'problems',
    t('reportDoc.problems'),
    html`<p class="meta">${problemCount(list)}</p>
      ${list.map((p, i) => problem(r, p, i + 1))}`,
  )
}
