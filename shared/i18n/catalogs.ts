/**
 * Every catalog, registered with the translator; a language is offered only when its catalog has
 * every English key (the picker, the CLI and the web host ask `completeLanguages`).
 */
import { en } from './en'
import { id } from './id'
import { LANGUAGES, type Language } from './languages'
import { lt } from './lt'
import { ro } from './ro'
import { registerCatalog, type Catalog } from './translate'
import { vi } from './vi'
import { zhCN } from './zh-CN'

/** Catalogs as written (a language in progress may still lack keys). */
export const CATALOGS: Record<Language, Partial<Catalog>> = {
  en,
  id,
  lt,
  vi,
  'zh-CN': zhCN,
  ro,
}

const ENGLISH_KEYS = Object.keys(en)

/** True when the catalog has every English key. */
export function isComplete(language: Language): boolean {
  const c = CATALOGS[language] as Record<string, string>
  return ENGLISH_KEYS.every((k) => typeof c[k] === 'string')
}

/** The languages with a complete catalog, in the product's order. */
export function completeLanguages(): Language[] {
  return LANGUAGES.filter(isComplete)
}

for (const l of completeLanguages()) registerCatalog(l, CATALOGS[l] as Catalog)
