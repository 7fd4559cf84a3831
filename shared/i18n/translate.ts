/**
 * Message lookup: ICU MessageFormat (plural and select where words depend on a number or a choice)
 * over the catalog of the current language, English where a key is missing.
 */
import { en, type MessageKey } from './en'
import { currentLanguage, setLanguage } from './current'
import { format, lookupIn, type Params } from './message'
import type { Language } from './languages'

/** A catalog for one language: every key of the English one. */
export type Catalog = Record<MessageKey, string>

export { format, type Params }

const catalogs: Partial<Record<Language, Catalog>> = { en }

/** Makes a catalog available (the catalogs module registers every complete one). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  catalogs[language] = catalog
}

export { currentLanguage, setLanguage }

/** `lookupIn` with the whole English catalog behind `catalog`. */
export function lookup(
  catalog: Partial<Catalog>,
  language: Language,
  key: string,
  params?: Params,
): string {
  return lookupIn(catalog as Record<string, string>, en, language, key, params)
}

/** Looks up a key in the current language's catalog and fills its parameters. */
export function translate(key: string, params?: Params): string {
  const language = currentLanguage()
  return lookup(catalogs[language] ?? en, language, key, params)
}
