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

// What a reader cannot see, or what reorders what they see (bidi controls, the "Trojan Source"
// trick), is shown as its code point: controls, format characters (U+202E, U+200B, U+FEFF...),
// line separators, lone surrogates and other default-ignorables. Tab and line breaks are text.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{DI}\uFFFE\uFFFF]/gu

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

function entities(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] as string)
}

/** Text for quoted attribute values and text-only elements (title): `<U+202E>` for the invisible. */
export function escapeText(s: string): string {
  return entities(s.replace(INVISIBLE, (c) => (/[\t\n\r]/.test(c) ? c : `<${codePoint(c)}>`)))
}

/** Text for element content: as escapeText, each escape in a span, so it cannot pass for typed text. */
export function escapeContent(s: string): string {
  return entities(s).replace(INVISIBLE, (c) =>
    /[\t\n\r]/.test(c) ? c : `<span class="cc">&lt;${codePoint(c)}&gt;</span>`,
  )
}

// Where a value lands, from our own literals (values never open or close a tag): inside a tag
// (an attribute) or in <title> only text can stand, elsewhere a span can.
type Context = 'content' | 'text'
function contextAfter(literal: string, before: Context): Context {
  const lt = literal.lastIndexOf('<')
  const gt = literal.lastIndexOf('>')
  if (lt < 0 && gt < 0) return before
  if (lt > gt) return 'text'
  return /<(?:title|textarea)\b[^<>]*>[^<>]*$/i.test(literal) ? 'text' : 'content'
}

function render(p: Part, context: Context): string {
  if (p instanceof Html) return p.markup
  if (Array.isArray(p)) return p.map((x) => render(x, context)).join('')
  if (p === null || p === undefined || p === false || p === true) return ''
  return context === 'text' ? escapeText(String(p)) : escapeContent(String(p))
}

/** The template tag: literal parts are ours, every `${value}` is escaped (rule: escape by default). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] as string
  let context = contextAfter(out, 'content')
  values.forEach((v, i) => {
    const literal = strings[i + 1] as string
    out += render(v, context) + literal
    context = contextAfter(literal, context)
  })
  return new Html(out)
}

/** A registry key path that may wrap after each backslash. */
export function keyPath(key: string): Html {
  return new Html(key.split('\\').map(escapeContent).join('\\<wbr>'))
}

/** The report's words for a value that holds nothing: "not set", "(empty list)". */
export function valueWords(): { notSet: string; emptyList: string } {
  return { notSet: t('reportDoc.notSet'), emptyList: t('reportDoc.emptyList') }
}

/** A registry value as a reader wants it: "not set", hex beside large numbers, lists joined. */
export function valueText(v: Evidence['actual']): string {
  return showValue(v, valueWords())
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
