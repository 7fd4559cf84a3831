/** The self-contained HTML report: verdict first, then the problems, what to do, and the evidence. */
import { currentLanguage, translate as t } from '../../shared/i18n/translate'
import type { Report } from '../../shared/report'
import { actions } from './html-actions'
import { findings, registry } from './html-evidence'
import { html, Html } from './html-kit'
import { applied, comparison, logs, protocolLogs } from './html-outcome'
import { problems } from './html-problems'
import { probes } from './html-probes'
import { REPORT_CSS } from './html-style'
import { header, machine, machineLabel, symptom, verdict } from './html-summary'

// Defence in depth behind the escaping: even injected markup could run no script and fetch nothing.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

/** The whole page as one string: inline CSS, no script, no external resource. */
export function renderReportHtml(r: Report): string {
  const name = machineLabel(r)
  // A fix prepared into files is still to do: its files go with "What to do", not after the proof.
  const prepared = Boolean(r.fixes?.applied?.prepared)
  const page = html`<!doctype html>
    <html lang="${currentLanguage()}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          ${name ? t('reportDoc.title', { machine: name }) : t('reportDoc.titleNoName')}
        </title>
        <style>
          ${new Html(REPORT_CSS)}
        </style>
      </head>
      <body>
        <main>
          ${header(r)} ${verdict(r)} ${symptom(r)} ${problems(r)} ${actions(r)}
          ${prepared ? applied(r) : null} ${registry(r, machine(r))} ${findings(r)} ${probes(r)}
          ${logs(r)} ${protocolLogs(r)} ${prepared ? null : applied(r)} ${comparison(r)}
          <footer>
            <p>${t('reportDoc.footer')}</p>
            <p>
              ${t('reportDoc.schema', { version: r.schemaVersion })}${r.redacted ? ` \u00b7 ${t('reportDoc.redactedShort')}` : ''}
            </p>
          </footer>
        </main>
      </body>
    </html> `
  return page.markup
}
