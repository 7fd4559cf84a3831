import { describe, expect, it } from 'vitest'
import { completeLanguages } from '../../shared/i18n/catalogs'
import { acceptLanguages, languageOf, pickLanguage, systemLocales } from '../../shared/i18n/pick'

describe('choosing the language', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['ro_RO.UTF-8', 'ro'],
    ['lt', 'lt'],
    ['in-ID', 'id'],
    ['id-ID', 'id'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', null],
    ['en-GB', 'en'],
    ['fr-FR', null],
    ['', null],
  ])('%s is %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language)
  })

  it('the first wanted language with a complete catalog wins; English otherwise', () => {
    expect(completeLanguages()).toEqual(['en', 'id', 'lt', 'vi', 'zh-CN', 'ro'])
    // The saved choice first, then the system's languages in order.
    expect(pickLanguage(['ro', 'vi-VN'])).toBe('ro')
    expect(pickLanguage([null, 'fr-FR', 'vi-VN'])).toBe('vi')
    expect(pickLanguage(['de', 'fr'])).toBe('en')
    expect(pickLanguage([])).toBe('en')
  })

  it('reads Accept-Language by weight', () => {
    expect(acceptLanguages('fr;q=0.9, vi-VN, lt;q=0.95, *;q=0.1, ro;q=0')).toEqual([
      'vi-VN',
      'lt',
      'fr',
    ])
    expect(pickLanguage(acceptLanguages('fr-FR,lt;q=0.5'))).toBe('lt')
    expect(acceptLanguages(undefined)).toEqual([])
  })

  it('the system locale: the LANG family, C and POSIX ignored', () => {
    expect(systemLocales({ LANG: 'vi_VN.UTF-8' })[0]).toBe('vi_VN.UTF-8')
    expect(systemLocales({ LC_ALL: 'C', LANG: 'C.UTF-8' })).not.toContain('C')
    expect(pickLanguage(systemLocales({ LC_ALL: 'lt_LT.UTF-8' }))).toBe('lt')
  })

  it("ICU's default locale is asked on Windows only (elsewhere it comes from the same variables)", () => {
    expect(systemLocales({ LANG: 'C.UTF-8' }, 'linux')).toEqual([])
    expect(systemLocales({}, 'win32')).toEqual([Intl.DateTimeFormat().resolvedOptions().locale])
  })
})
