/** Message lookup for the screens; every user-facing string comes from the shared catalogs. */
import { createContext, useContext } from 'react'
import { enScreens } from '../shared/i18n/en-screens'
import type { Language } from '../shared/i18n/languages'
import { lookupIn, type Params } from '../shared/i18n/message'
import type { Catalog } from '../shared/i18n/translate'

/** The translate function for the current language. */
export type T = (key: string, params?: Params) => string

// Tests only (?pseudo=1): every string 40% longer with accented letters, to find clipped layouts.
const PSEUDO = typeof location !== 'undefined' && /[?&]pseudo=1\b/.test(location.search)
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ô',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
}

/** The pseudo-locale of a finished string: accented, and padded to 140% of its length. */
export function pseudo(text: string): string {
  const accented = text.replace(/[aeiouycnAEIOUYCN]/g, (ch) => ACCENTED[ch] ?? ch)
  return `[${accented}${'~'.repeat(Math.ceil(text.length * 0.4))}]`
}

// English (what the screens show of it) is in the page; every other catalog is a chunk of its own, loaded when it is chosen.
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Partial<Catalog>>> = {
  id: () => import('../shared/i18n/id').then((m) => m.id),
  lt: () => import('../shared/i18n/lt').then((m) => m.lt),
  vi: () => import('../shared/i18n/vi').then((m) => m.vi),
  'zh-CN': () => import('../shared/i18n/zh-CN').then((m) => m.zhCN),
  ro: () => import('../shared/i18n/ro').then((m) => m.ro),
}
const loaded = new Map<Language, Readonly<Record<string, string>>>([['en', enScreens]])

/** Loads a language's catalog (once); makeT speaks it from then on. */
export async function loadCatalog(language: Language): Promise<void> {
  if (language !== 'en' && !loaded.has(language)) loaded.set(language, await LOADERS[language]())
}

/** Builds `t` for a language (English where its catalog is not loaded or lacks a key). */
export function makeT(language: Language): T {
  const own = loaded.get(language) ?? enScreens
  return (key, params) => {
    const text = lookupIn(own, enScreens, language, key, params)
    return PSEUDO ? pseudo(text) : text
  }
}

/** The current `t`, provided at the top of the app. */
export const TContext = createContext<T>(makeT('en'))

/** `const t = useT()` in components. */
export function useT(): T {
  return useContext(TContext)
}

/** The page's language as a locale for Intl (dates and numbers in the admin's language). */
export function pageLocale(): string | undefined {
  return typeof document !== 'undefined' ? document.documentElement.lang || undefined : undefined
}

/** An ISO time as the page's language writes a date and time; the text itself if it is not one. */
export function localTime(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(pageLocale())
}
