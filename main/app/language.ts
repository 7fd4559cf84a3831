/** Picks the wizard's language from the operating system's locale. */
import { LANGUAGES, type Language } from '../../shared/i18n/languages'

const SIMPLIFIED_CHINESE = /^zh(-(cn|sg|hans)(-.*)?)?$/

/** Maps a locale such as 'en-US', 'ro' or 'zh-Hans-CN' to one of LANGUAGES; English otherwise. */
export function languageFromLocale(locale: string): Language {
  const wanted = locale.trim().replace(/_/g, '-').toLowerCase()
  const exact = LANGUAGES.find((l) => l.toLowerCase() === wanted)
  if (exact) return exact
  if (SIMPLIFIED_CHINESE.test(wanted)) return 'zh-CN'
  const base = wanted.split('-')[0]
  return LANGUAGES.find((l) => !l.includes('-') && l === base) ?? 'en'
}
