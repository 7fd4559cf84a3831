/** Message lookup for the screens; every user-facing string comes from the shared catalog. */
import { createContext, useContext } from 'react'
import { en } from '../shared/i18n/en'
import type { Language } from '../shared/i18n/languages'
import { translate, type Catalog } from '../shared/i18n/translate'

const CATALOGS: Partial<Record<Language, Catalog>> = { en }

/** The translate function for the current language. */
export type T = (key: string, params?: Record<string, string | number>) => string

/** Builds `t` for a language (English where a catalog or key is missing). */
export function makeT(language: Language): T {
  const catalog = CATALOGS[language] ?? en
  return (key, params) => translate(key, params, catalog)
}

/** The current `t`, provided at the top of the app. */
export const TContext = createContext<T>(makeT('en'))

/** `const t = useT()` in components. */
export function useT(): T {
  return useContext(TContext)
}
