/**
 * Message lookup: ICU MessageFormat (plural and select where words depend on a number or a choice)
 * over the catalog of the current language, English where a key is missing.
 */
import { IntlMessageFormat } from 'intl-messageformat'
import { en, type MessageKey } from './en'
import { currentLanguage, setLanguage } from './current'
import type { Language } from './languages'

/** A catalog for one language: every key of the English one. */
export type Catalog = Record<MessageKey, string>

/** Message parameters: numbers feed plural and number arguments; everything else is text. */
export type Params = Record<string, string | number>

const catalogs: Partial<Record<Language, Catalog>> = { en }

/** Makes a catalog available (the catalogs module registers every complete one). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  catalogs[language] = catalog
}

export { currentLanguage, setLanguage }

const compiled = new Map<string, IntlMessageFormat | null>()

function compile(template: string, language: Language): IntlMessageFormat | null {
  const id = `${language}\u0000${template}`
  if (!compiled.has(id)) {
    let m: IntlMessageFormat | null
    try {
      m = new IntlMessageFormat(template, language, undefined, { ignoreTag: true })
    } catch {
      // Not valid ICU (the catalog tests forbid it): filled the plain way below.
      m = null
    }
    compiled.set(id, m)
  }
  return compiled.get(id) ?? null
}

// Arguments the message formats as numbers (plural, select ordinal, number); any other number is
// shown as written (a build 9600 or a port 65535 never becomes "9,600").
const NUMERIC_ARGUMENT = /\{\s*(\w+)\s*,\s*(plural|selectordinal|number)/g

/** Fills a message; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Params = {}, language: Language = 'en'): string {
  if (!template.includes('{')) return template
  const numeric = new Set([...template.matchAll(NUMERIC_ARGUMENT)].map((m) => m[1]))
  const values: Params = {}
  for (const [k, v] of Object.entries(params))
    values[k] = numeric.has(k)
      ? typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)
        ? Number(v)
        : v
      : typeof v === 'number'
        ? String(v)
        : v
  const m = compile(template, language)
  if (m)
    try {
      return String(m.format(values))
    } catch {
      // A missing argument: fall through to the plain fill below.
    }
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  )
}

/**
 * A message of `catalog` (in `language`), English where the catalog lacks the key, the key itself
 * where English does too; the one lookup the engine's `translate` and the renderer's `t` share.
 */
export function lookup(
  catalog: Partial<Catalog>,
  language: Language,
  key: string,
  params?: Params,
): string {
  const own = (catalog as Record<string, string>)[key]
  const template = own ?? (en as Record<string, string>)[key]
  if (template === undefined) return key
  return format(template, params, own === undefined ? 'en' : language)
}

/** Looks up a key in the current language's catalog and fills its parameters. */
export function translate(key: string, params?: Params): string {
  const language = currentLanguage()
  return lookup(catalogs[language] ?? en, language, key, params)
}
