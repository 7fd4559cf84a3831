/** A tiny HTML builder where every interpolated value is escaped unless it is already markup. */
import { showValue } from '../../shared/format'
import type { Evidence } from '../../shared/diagnosis'
import { translate as t } from '../../shared/i18n/translate'

/** Markup that is safe to insert as is: only `html` and the helpers here make it. */
export class Html {
  constructor(readonly markup: string) {}
}

/** Anything a template accepts: markup, text (escaped), numbers, nothing, or lists of those. */
export type Part = Html | string | number | boolean | null | undefined | readonly Part[]

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for element content and quoted attribute values; control characters become U+FFFD. */
export function escapeText(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\x7e\u0080-\uffff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string)
}

function render(p: Part): string {
  if (p instanceof Html) return p.markup
  if (Array.isArray(p)) return p.map(render).join('')
  if (p === null || p === undefined || p === false || p === true) return ''
  return escapeText(String(p))
}

/** The template tag: literal parts are ours, every `${value}` is escaped (rule: escape by default). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] as string
  values.forEach((v, i) => (out += render(v) + (strings[i + 1] as string)))
  return new Html(out)
}

/** A registry key path that may wrap after each backslash. */
export function keyPath(key: string): Html {
  return new Html(key.split('\\').map(escapeText).join('\\<wbr>'))
}

/** A registry value as a reader wants it: "not set", hex beside large numbers, lists joined. */
export function valueText(v: Evidence['actual']): string {
  return showValue(v, { notSet: t('reportDoc.notSet'), emptyList: t('reportDoc.emptyList') })
}

/** A yes/no answer (null: unknown), in words. */
export function yesNo(b: boolean | null): string {
  return b === null ? t('reportDoc.unknown') : t(b ? 'reportDoc.yes' : 'reportDoc.no')
}

/** An ISO time as `2026-11-22 16:31 UTC`, the same on every machine. */
export function when(iso: string | null): string {
  if (!iso) return t('reportDoc.unknown')
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** A table with a repeated header row on every printed page; `cols` gives each column a class. */
export function table(cls: string, head: Part[], rows: Part[][], cols: string[] = []): Html {
  const c = (i: number) => cols[i] ?? ''
  return html`<table class="${cls}">
    <thead>
      <tr>
        ${head.map((h, i) => html`<th scope="col" class="${c(i)}">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            ${r.map((v, i) => html`<td class="${c(i)}">${v}</td>`)}
          </tr> `,
      )}
    </tbody>
  </table>`
}

/** Label and value pairs. */
export function facts(pairs: Array<[string, Part]>): Html {
  return html`<dl class="facts">
    ${pairs.map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${v}</dd>`,
    )}
  </dl>`
}

/** A status word with its icon; the class only adds colour, the word carries the meaning. */
export function badge(kind: 'error' | 'warning' | 'info' | 'ok' | 'bad', word: string): Html {
  const icon = { error: '\u2716', warning: '\u26a0', info: '\u2139', ok: '\u2714', bad: '\u2716' }[
    kind
  ]
  return html`<span class="badge ${kind}"><span aria-hidden="true">${icon}</span> ${word}</span>`
}

/** A numbered report section with its heading. */
export function section(id: string, title: string, body: Part): Html {
  return html`<section id="${id}" aria-labelledby="${id}-h">
    <h2 id="${id}-h">${title}</h2>
    ${body}
  </section> `
}
