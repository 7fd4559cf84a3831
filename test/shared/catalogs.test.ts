/**
 * The five translated catalogs against the English one: complete, valid ICU, the same arguments,
 * the protected terms untouched, and the plural forms each language needs.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../shared/i18n/catalogs'
import { en } from '../../shared/i18n/en'
import { LANGUAGES } from '../../shared/i18n/languages'
import { protectedTerms } from '../../shared/i18n/protected'
import { format } from '../../shared/i18n/translate'

const OTHERS = LANGUAGES.filter((l) => l !== 'en')
const english = en as Record<string, string>

function args(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (
      'value' in e &&
      (e.type === TYPE.argument ||
        e.type === TYPE.number ||
        e.type === TYPE.date ||
        e.type === TYPE.time ||
        e.type === TYPE.plural ||
        e.type === TYPE.select)
    )
      out.add(e.value as string)
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const o of Object.values(e.options)) args(o.value, out)
  }
  return out
}

function plurals(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((e) =>
    e.type === TYPE.plural
      ? [Object.keys(e.options), ...Object.values(e.options).flatMap((o) => plurals(o.value))]
      : [],
  )
}

const parsed = (m: string) => parse(m, { ignoreTag: true })

describe('catalogs', () => {
  it('the English catalog parses as ICU', () => {
    for (const [k, m] of Object.entries(english)) expect(() => parsed(m), k).not.toThrow()
  })

  describe.each(OTHERS)('%s', (language) => {
    const catalog = CATALOGS[language] as Record<string, string>

    it('has every English key and no other', () => {
      expect(Object.keys(english).filter((k) => typeof catalog[k] !== 'string')).toEqual([])
      expect(Object.keys(catalog).filter((k) => !(k in english))).toEqual([])
    })

    it('every message parses as ICU and takes the same arguments as the English one', () => {
      const wrong: string[] = []
      for (const [k, m] of Object.entries(catalog)) {
        let mine: Set<string>
        try {
          mine = args(parsed(m))
        } catch (e) {
          wrong.push(`${k}: ${(e as Error).message}`)
          continue
        }
        const theirs = args(parsed(english[k] ?? ''))
        if ([...theirs].sort().join() !== [...mine].sort().join())
          wrong.push(`${k}: {${[...mine].join(',')}} instead of {${[...theirs].join(',')}}`)
      }
      expect(wrong).toEqual([])
    })

    it('keeps every protected term (registry names, TLS 1.2, error strings, commands) as is', () => {
      const altered: string[] = []
      for (const [k, m] of Object.entries(catalog)) {
        const rest = { text: m }
        for (const term of protectedTerms(english[k] ?? '')) {
          const at = rest.text.indexOf(term)
          if (at < 0) altered.push(`${k}: "${term}"`)
          else rest.text = rest.text.slice(0, at) + rest.text.slice(at + term.length)
        }
      }
      expect(altered).toEqual([])
    })

    it('has the plural forms the language needs wherever English counts', () => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const missing: string[] = []
      for (const [k, m] of Object.entries(catalog)) {
        if (!plurals(parsed(english[k] ?? '')).length) continue
        for (const options of plurals(parsed(m)))
          for (const c of needed)
            if (!options.includes(c) && !options.some((o) => o.startsWith('=')))
              missing.push(`${k}: ${c}`)
      }
      expect(missing).toEqual([])
    })
  })

  it('Lithuanian and Romanian plurals pick the right form for 1, 3, 12, 21 and 101', () => {
    const lt = (CATALOGS.lt as Record<string, string>)['logs.word.sessions'] ?? ''
    const ro = (CATALOGS.ro as Record<string, string>)['logs.word.sessions'] ?? ''
    // Each number lands in its language's own category (Intl.PluralRules), with the number shown.
    for (const n of [1, 3, 12, 21, 101]) {
      expect(format(lt, { count: n }, 'lt')).toContain(String(n))
      expect(format(ro, { count: n }, 'ro')).toContain(String(n))
    }
    const forms = (m: string, l: string) =>
      new Set(
        [1, 3, 12, 21, 101].map((n) =>
          format(m, { count: n }, l as 'lt' | 'ro').replace(/\d+/g, 'N'),
        ),
      )
    expect(forms(lt, 'lt').size).toBeGreaterThanOrEqual(3)
    expect(forms(ro, 'ro').size).toBeGreaterThanOrEqual(2)
  })
})
