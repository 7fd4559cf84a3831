/**
 * Every step in every language, and in a pseudo-locale (+40% length, accented letters), at
 * 1024x768: nothing wider than the window, no clipped text, axe clean, the page's lang set, and the
 * Chinese page drawn with a real CJK font. The web host follows `serve --lang` and the browser's
 * Accept-Language.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../shared/i18n/catalogs'
import { LANGUAGES } from '../../shared/i18n/languages'
import { browserSuite, lookAt } from './browser'

const suite = browserSuite()

async function open(args: string[], query = '', locale?: string): Promise<Page> {
  const out = path.join(suite.dir, 'out')
  const s = await suite.serve(['--demo', '2012r2-ex2016', '--out-dir', out, ...args])
  const context = await suite.browser.newContext({
    viewport: { width: 1024, height: 768 },
    bypassCSP: true,
    ...(locale ? { locale } : {}),
  })
  const page = await context.newPage()
  await page.goto(`${s.url}${query}`)
  return page
}

/** Elements whose text is cut off (hidden or clipped overflow), by their text. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const style = getComputedStyle(el)
        const cuts =
          ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis'
        return cuts && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== ''
      })
      .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
  )

/** Walks every step with the keyboard-neutral data hooks (button names differ per language). */
async function walk(page: Page, name: string): Promise<void> {
  const look = async (step: string) => {
    await lookAt(page, `${name}-${step}`)
    expect(await clipped(page), `${name} ${step}`).toEqual([])
  }
  await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
  await look('1-welcome')
  await page.locator('[data-check-now]').click()
  await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
  await look('3-checks')
  await page.locator('[data-nav="next"]').click()
  await page.locator('table[aria-label]').first().waitFor()
  await look('4-fixes')
  await page.locator('[data-nav="next"]').click()
  await page.locator('[data-confirm-yes]').click()
  await page.locator('[data-restart-need]').first().waitFor()
  await look('5-restart')
  await page.locator('[data-nav="next"]').click()
  await page.locator('[data-save]').click()
  await page.locator('[data-saved]').waitFor({ timeout: 15_000 })
  await look('6-report')
  await page.locator('[data-finish-button]').click()
  await page.locator('[data-finished]').waitFor()
  await look('6-finish')
}

describe('the wizard in every language', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s: every step fits at 1024x768, in its own words',
    async (language) => {
      const page = await open(['--lang', language])
      await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      const catalog = CATALOGS[language] as Record<string, string>
      expect(await page.locator('[data-check-now]').textContent()).toBe(catalog['welcome.checkNow'])
      await walk(page, `lang-${language}`)
    },
    90_000,
  )

  it('pseudo-locale (+40% and accents): nothing clipped or wider than the window', async () => {
    const page = await open([], '&pseudo=1')
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-check-now]').textContent()).toMatch(/^\[Çh.*~+\]$/)
    await walk(page, 'lang-pseudo')
  }, 90_000)

  it('without --lang the browser decides: Accept-Language vi-VN gets Vietnamese', async () => {
    const page = await open([], '', 'vi-VN')
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    const vi = CATALOGS.vi as Record<string, string>
    expect(await page.locator('[data-check-now]').textContent()).toBe(vi['welcome.checkNow'])
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi')
  }, 60_000)

  it("the Welcome step's language list switches the wizard to the chosen language", async () => {
    const page = await open([])
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    const list = page.getByLabel('Language')
    // Only complete catalogs are offered, each named in its own language.
    expect(await list.locator('option').evaluateAll((os) => os.map((o) => o.textContent))).toEqual([
      'English',
      'Bahasa Indonesia',
      'Lietuvių',
      'Tiếng Việt',
      '简体中文',
      'Română',
    ])
    await list.selectOption('lt')
    const lt = CATALOGS.lt as Record<string, string>
    await expect
      .poll(() => page.locator('[data-check-now]').textContent(), { timeout: 10_000 })
      .toBe(lt['welcome.checkNow'])
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lt')
    // And it stays chosen for the next steps.
    await page.locator('[data-check-now]').click()
    await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('main').textContent()).toContain(lt['checks.verdict.action-needed'])
  }, 60_000)

  it('Simplified Chinese is drawn with a CJK font, not empty boxes', async () => {
    const page = await open(['--lang', 'zh-CN'])
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    // Each Han character of the button drawn in the page's font differs from a character no font
    // has (a box): with no CJK font, every one of them would be drawn as that same box.
    const boxes = await page.evaluate(async () => {
      await document.fonts.ready
      const button = document.querySelector('[data-check-now]') as HTMLElement
      const font = getComputedStyle(button).font
      const draw = (ch: string) => {
        const c = document.createElement('canvas')
        c.width = 40
        c.height = 40
        const g = c.getContext('2d') as CanvasRenderingContext2D
        g.font = font
        g.fillText(ch, 4, 30)
        return Array.from(g.getImageData(0, 0, 40, 40).data).join()
      }
      const box = draw('\u{10FFFD}')
      const han = Array.from(button.textContent ?? '').filter((c) => /\p{Script=Han}/u.test(c))
      return { han: han.length, boxes: han.filter((c) => draw(c) === box).length }
    })
    expect(boxes.han).toBeGreaterThan(0)
    expect(boxes.boxes).toBe(0)
  }, 60_000)
})
