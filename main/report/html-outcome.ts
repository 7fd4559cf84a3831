/** Protocol-log lines, what a fix changed, and before/after: shown only when the report has them. */
import { sideState } from '../../shared/compare'
import type { EffectiveState, Finding } from '../../shared/diagnosis'
import { applyStatusKey } from '../../shared/fixes'
import { translate as t } from '../../shared/i18n/translate'
import { sessionCountsText } from '../../shared/log-outcomes'
import type { Report } from '../../shared/report'
import { badge, facts, html, keyPath, section, table, valueText, when, type Html } from './html-kit'

/** The protocol-log section, when logs were scanned. */
export function logs(r: Report): Html | null {
  const list = r.logFindings
  if (!list) return null
  if (!list.length)
    return section('logs', t('reportDoc.logs'), html`<p>${t('reportDoc.logs.none')}</p>`)
  return section(
    'logs',
    t('reportDoc.logs'),
    table(
      'logs',
      [t('reportDoc.logs.where'), t('reportDoc.logs.at'), t('reportDoc.logs.text')],
      list.map((l) => [
        html`<span class="key">${l.file}${l.line === null ? '' : `:${l.line}`}</span>`,
        l.at === null ? '' : when(l.at),
        html`${l.messageKey ? html`<strong>${t(`${l.messageKey}.title`)}</strong><br />` : null}<span
            class="mono"
            >${l.text}</span
          >`,
      ]),
      ['key', 'nw', ''],
    ),
  )
}

/** The protocol-log scan: the sentences a junior reads, then per connector, before and after the fix. */
export function protocolLogs(r: Report): Html | null {
  const l = r.protocolLogs
  if (!l) return null
  const counts = (c: Parameters<typeof sessionCountsText>[0]) => sessionCountsText(c, t)
  return section(
    'protocol-logs',
    t('check.logs'),
    html`${
      l.summary.length
        ? html`<ul>
            ${l.summary.map((s) => html`<li>${s}</li>`)}
          </ul>`
        : html`<p>${t('logs.cli.noOffice365')}</p>`
    }
    ${
      l.connectors.length
        ? table(
            'protocol-logs',
            [
              t('reportDoc.protocolLogs.connector'),
              t('reportDoc.protocolLogs.direction'),
              t('reportDoc.protocolLogs.office365'),
              t('reportDoc.protocolLogs.before'),
              t('reportDoc.protocolLogs.after'),
            ],
            l.connectors.map((c) => [
              c.connector || '-',
              t(`logs.direction.${c.direction}`),
              counts(c.office365),
              counts(c.office365.beforePivot),
              counts(c.office365.afterPivot),
            ]),
            ['key', 'nw', '', '', ''],
          )
        : null
    }`,
  )
}

/**
 * What applying the fixes did, read back value by value, and where the backup is. A fix prepared
 * into files says what it is and how to import it under "What to do", just above: here its files.
 */
export function applied(r: Report): Html | null {
  const a = r.fixes?.applied
  if (!a) return null
  const ok = a.status === 'applied' || a.status === 'nothing-to-do'
  return section(
    'applied',
    t(a.prepared ? 'reportDoc.prepared' : 'reportDoc.applied'),
    html`${
      a.prepared
        ? null
        : html`<p>
            ${badge(ok ? 'ok' : 'error', t(`reportDoc.applied.${ok ? 'ok' : 'failed'}`))}
            ${t(applyStatusKey(a))}
          </p>`
    }
    ${facts([
      ...(a.prepared
        ? ([
            [t('fixes.prepared.fixFile'), a.prepared.fix],
            [t('fixes.prepared.patched'), a.prepared.patched],
          ] as [string, string][])
        : []),
      [t('reportDoc.applied.backup'), a.backupFile ?? t('reportDoc.none')],
      ...(a.error ? [[t('fixes.error'), a.error] as [string, string]] : []),
      ...(a.restoreError ? [[t('fixes.restoreError'), a.restoreError] as [string, string]] : []),
    ])}
    ${
      a.results.length
        ? table(
            'applied',
            [
              t('reportDoc.values.key'),
              t('reportDoc.values.value'),
              t('reportDoc.applied.readBack'),
              t('reportDoc.applied.result'),
            ],
            a.results.map((c) => [
              html`<span class="key">${keyPath(c.key)}</span>`,
              c.value,
              valueText(c.read),
              c.ok
                ? badge(
                    a.prepared ? 'warning' : 'ok',
                    t(a.prepared ? 'reportDoc.applied.inCopy' : 'reportDoc.applied.ok'),
                  )
                : badge('bad', t('reportDoc.applied.failed')),
            ]),
            ['key', 'nw', '', 'nw'],
          )
        : null
    }`,
  )
}

function list(kind: 'ok' | 'error' | 'warning', word: string, items: Finding[]): Html[] {
  return items.map(
    (f) => html`<li>${badge(kind, word)} ${t(`${f.messageKey}.title`, f.params)}</li>`,
  )
}

/** Before and after the fix (verify mode). */
export function comparison(r: Report): Html | null {
  const c = r.comparison
  if (!c) return null
  const changed = c.schannel.filter((s) => sideState(s.before) !== sideState(s.after))
  const WORD: Record<EffectiveState, string> = {
    on: t('reportDoc.on'),
    off: t('reportDoc.off'),
    unknown: t('reportDoc.unknownState'),
  }
  const onOff = (s: EffectiveState | boolean) => WORD[sideState(s)]
  // One of the two did not name its machine: said before anything is called fixed.
  const unconfirmed =
    c.machineConfirmed === false
      ? html`<p class="note">${t('verify.machineUnconfirmed')}</p>`
      : null
  return section(
    'compare',
    t('reportDoc.compare'),
    html`<p>
        ${t('reportDoc.compare.verdict', {
          before: t(`reportDoc.verdict.${c.verdict.before}`),
          after: t(`reportDoc.verdict.${c.verdict.after}`),
        })}
      </p>
      ${unconfirmed}
      ${
        changed.length
          ? table(
              'compare',
              [
                t('reportDoc.schannel.version'),
                t('reportDoc.compare.side'),
                t('reportDoc.compare.before'),
                t('reportDoc.compare.after'),
              ],
              changed.map((s) => [
                s.version,
                t(`reportDoc.side.${s.side}`),
                onOff(s.before),
                onOff(s.after),
              ]),
              ['nw', 'nw', 'nw', 'nw'],
            )
          : html`<p class="note">${t('reportDoc.compare.noChange')}</p>`
      }
      <ul class="compare">
        ${[
          ...list('ok', t('reportDoc.compare.fixed'), c.fixed),
          ...list('warning', t('reportDoc.compare.undecided'), c.undecided ?? []),
          ...list('error', t('reportDoc.compare.remaining'), c.remaining),
          ...list('warning', t('reportDoc.compare.added'), c.added),
          ...list('error', t('reportDoc.compare.foundNow'), c.foundNow ?? []),
        ]}
      </ul>`,
  )
}
