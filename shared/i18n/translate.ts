/** Message lookup with `{name}` parameters. */
import { en, type MessageKey } from './en'

/** A catalog for one language: every key of the English one. */
export type Catalog = Record<MessageKey, string>

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  )
}

/** Looks up a key (English when the catalog lacks it) and fills its parameters. */
export function translate(
  key: string,
  params?: Record<string, string | number>,
  catalog: Catalog = en,
): string {
  const template =
    (catalog as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key
  return format(template, params)
}
