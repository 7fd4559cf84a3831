/** Picks the wizard's language: the saved choice, then Windows' display languages, then English. */
import { languageOf, pickLanguage } from '../../shared/i18n/pick'
import type { Language } from '../../shared/i18n/languages'

/** Maps a locale such as 'en-US', 'ro' or 'zh-Hans-CN' to one of LANGUAGES; English otherwise. */
export function languageFromLocale(locale: string): Language {
  return languageOf(locale) ?? 'en'
}

/**
 * The language to start in: the admin's saved choice (kept across restarts, the relaunch after a
 * reboot included), then the system's preferred languages in order, then English.
 */
export function startLanguage(saved: string | null, preferred: readonly string[]): Language {
  return pickLanguage([saved, ...preferred])
}
