/**
 * Locale names to languages, without the catalogs: the CLI decides whether it needs a catalog
 * other than English before loading any (see pick.ts for the choice itself).
 */
import { LANGUAGES, type Language } from './languages'

const SIMPLIFIED_CHINESE = /^zh(-(cn|sg|hans)(-.*)?)?$/

/** One of LANGUAGES for a locale such as 'en-US', 'ro', 'vi-VN' or 'zh-Hans-CN', else null. */
export function languageOf(locale: string): Language | null {
  const wanted = locale.trim().replace(/_/g, '-').replace(/\..*$/, '').toLowerCase()
  if (!wanted) return null
  const exact = LANGUAGES.find((l) => l.toLowerCase() === wanted)
  if (exact) return exact
  if (SIMPLIFIED_CHINESE.test(wanted)) return 'zh-CN'
  // "in" is the old code for Indonesian that Java-era systems still send.
  const base = wanted.split('-')[0] === 'in' ? 'id' : wanted.split('-')[0]
  return LANGUAGES.find((l) => !l.includes('-') && l === base) ?? null
}

/** The languages of an Accept-Language header, most wanted first. */
export function acceptLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';')
      const q = rest.map((r) => /^\s*q=([\d.]+)/.exec(r)?.[1]).find(Boolean)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) }
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag)
}

/**
 * The operating system's locale as Node sees it (the LANG family first, then ICU's default). ICU
 * derives its default from these same variables everywhere but Windows, so it is asked only there:
 * creating the first Intl formatter costs 5 to 20 ms, most of a short command's start-up.
 */
export function systemLocales(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  return [
    env.LC_ALL,
    env.LC_MESSAGES,
    env.LANG,
    platform === 'win32' ? Intl.DateTimeFormat().resolvedOptions().locale : undefined,
  ].filter((x): x is string => !!x && x !== 'C' && x !== 'POSIX' && !x.startsWith('C.'))
}
