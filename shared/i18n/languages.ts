/** The languages the wizard speaks (English now; the others follow with their catalogs). */
export const LANGUAGES = ['en', 'id', 'lt', 'vi', 'zh-CN', 'ro'] as const

/** A language code. */
export type Language = (typeof LANGUAGES)[number]
