/**
 * Which language to speak: the first of the admin's languages (an explicit choice, then the
 * system's or the browser's, in order) that has a complete catalog; English otherwise.
 */
import { completeLanguages } from './catalogs'
import { languageOf } from './locale'
import type { Language } from './languages'

export { acceptLanguages, languageOf, systemLocales } from './locale'

/** The first wanted language with a complete catalog, or English. */
export function pickLanguage(wanted: readonly (string | null | undefined)[]): Language {
  const complete = completeLanguages()
  for (const w of wanted) {
    const l = w ? languageOf(w) : null
    if (l && complete.includes(l)) return l
  }
  return 'en'
}
