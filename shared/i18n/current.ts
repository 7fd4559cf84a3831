/** The language of the process, kept apart from the catalogs so that reading it loads none. */
import type { Language } from './languages'

let current: Language = 'en'

/** The language of the process (the CLI, the report, the engine's own messages). */
export function setLanguage(language: Language): void {
  current = language
}

/** The current language. */
export function currentLanguage(): Language {
  return current
}
