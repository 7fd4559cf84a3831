/**
 * Filling and looking up messages, with no catalog of its own: the engine's `translate` falls back
 * to the whole English catalog, the renderer's `t` to the part of it the screens show, so the
 * first screen never carries the CLI's help or the report's text.
 */
import { formatIcu, parseIcu } from './icu'
import type { Language } from './languages'

/** Message parameters: numbers feed plural arguments; everything else is text. */
export type Params = Record<string, string | number>

const parsed = new Map<string, ReturnType<typeof parseIcu> | null>()

function compile(template: string): ReturnType<typeof parseIcu> | null {
  let m = parsed.get(template)
  if (m === undefined) {
    try {
      m = parseIcu(template)
    } catch {
      // Not in the ICU subset (the catalog tests forbid it): filled the plain way below.
      m = null
    }
    parsed.set(template, m)
  }
  return m
}

/**
 * Fills a message; an unknown placeholder stays visible rather than vanishing. A number outside a
 * plural is shown as written (a build 9600 or a port 65535 never becomes "9,600"), and a plural
 * takes a number given as text: formatIcu does both.
 */
export function format(template: string, params: Params = {}, language: Language = 'en'): string {
  if (!template.includes('{')) return template
  const m = compile(template)
  if (m)
    try {
      return formatIcu(m, params, language)
    } catch {
      // A missing argument: fall through to the plain fill below.
    }
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  )
}

/**
 * A message of `catalog` (in `language`), `english` where the catalog lacks the key, the key itself
 * where English does too; the one lookup the engine's `translate` and the renderer's `t` share.
 */
export function lookupIn(
  catalog: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
  language: Language,
  key: string,
  params?: Params,
): string {
  const own = catalog[key]
  const template = own ?? english[key]
  if (template === undefined) return key
  return format(template, params, own === undefined ? 'en' : language)
}
