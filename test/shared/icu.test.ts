/**
 * The product's own ICU subset (shared/i18n/icu.ts) against intl-messageformat, the reference it
 * replaced: every message of every catalog, filled with numbers that reach each plural category of
 * each language, gives the same text; and the subset refuses what it does not implement.
 */
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../shared/i18n/catalogs'
import { formatIcu, IcuMissingValueError, IcuSyntaxError, parseIcu } from '../../shared/i18n/icu'
import { LANGUAGES } from '../../shared/i18n/languages'
import { format } from '../../shared/i18n/translate'

const ARGUMENT = /\{\s*(\w+)\s*(?:,\s*(plural|select))?/g
// 0, 1, 2-4, 5-20, 21, 22, 1.5, 100, 1000 and 1234567 reach every category of the six languages
// (Lithuanian's few and many, Romanian's few and "de" forms) and the grouping of big numbers.
const NUMBERS = [0, 1, 2, 3, 5, 11, 12, 19, 20, 21, 22, 25, 101, 1.5, 100, 1000, 1234567]

function reference(message: string, language: string, values: Record<string, string | number>) {
  return String(
    new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).format(values),
  )
}

describe('the ICU subset fills every catalog message as intl-messageformat does', () => {
  for (const language of LANGUAGES)
    it(language, () => {
      let compared = 0
      for (const [key, message] of Object.entries(CATALOGS[language])) {
        if (typeof message !== 'string') continue
        const names = new Map<string, string | undefined>()
        for (const m of message.matchAll(ARGUMENT))
          names.set(m[1] ?? '', m[2] ?? names.get(m[1] ?? ''))
        const parts = parseIcu(message)
        for (const n of NUMBERS) {
          const values: Record<string, string | number> = {}
          for (const [name, type] of names) values[name] = type === 'plural' ? n : `‹${name} ${n}›`
          expect(formatIcu(parts, values, language), `${language} ${key} n=${n}`).toBe(
            reference(message, language, values),
          )
          compared++
          if (![...names.values()].includes('plural')) break
        }
      }
      expect(compared).toBeGreaterThan(1000)
    })
})

describe('the ICU subset on the hard cases', () => {
  const both = (message: string, values: Record<string, string | number> = {}) => {
    const mine = formatIcu(parseIcu(message), values, 'en')
    expect(mine).toBe(reference(message, 'en', values))
    return mine
  }

  it('quotes as ICU does: doubled apostrophes, quoted braces and #, a lone apostrophe', () => {
    expect(both("Unknown option ''{option}''", { option: '--x' })).toBe("Unknown option '--x'")
    expect(both("literal '{braces}' here")).toBe('literal {braces} here')
    expect(both("it's {n, plural, one {# file} other {'#' is # files}}", { n: 3 })).toBe(
      "it's # is 3 files",
    )
    expect(both("don''t '{'quoted'' text}'", {})).toBe("don't {quoted' text}'")
    expect(both('a } alone and a # outside a plural')).toBe('a } alone and a # outside a plural')
    expect(both("'<b>' and <i>")).toBe('<b> and <i>')
  })

  it('chooses =N before the plural category, formats # in the language, nests select', () => {
    const m =
      '{n, plural, =1 {exactly one} one {one} other {# of {who, select, me {mine} other {theirs}}}}'
    expect(both(m, { n: 1, who: 'me' })).toBe('exactly one')
    expect(both(m, { n: 1234, who: 'me' })).toBe('1,234 of mine')
    expect(both(m, { n: 2, who: 'you' })).toBe('2 of theirs')
    expect(formatIcu(parseIcu('{n, plural, few {#} other {# x}}'), { n: 1234 }, 'lt')).toBe(
      reference('{n, plural, few {#} other {# x}}', 'lt', { n: 1234 }),
    )
  })

  it('refuses what it does not implement, and a message that does not close', () => {
    for (const bad of [
      '{n, number}',
      '{d, date, short}',
      '{n, plural, one {x}}',
      '{n, plural, one {x} other {y}',
      '{n, select, =1 {x} other {y}}',
      '{n, plural, offset:1 one {x} other {y}}',
      '{n, plural, one {x} one {y} other {z}}',
      '{',
      '{}',
    ])
      expect(() => parseIcu(bad), bad).toThrow(IcuSyntaxError)
  })

  it('throws on a missing value, and format() then leaves the placeholder visible', () => {
    expect(() => formatIcu(parseIcu('{a} and {b}'), { a: 1 }, 'en')).toThrow(IcuMissingValueError)
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}')
  })

  it('shows a number outside a plural as written (a build 9600 is never 9,600)', () => {
    expect(
      format('build {b}, {n, plural, one {# server} other {# servers}}', { b: 9600, n: 9600 }),
    ).toBe('build 9600, 9,600 servers')
  })
})
