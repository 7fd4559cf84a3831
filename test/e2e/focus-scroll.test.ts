/**
 * Keyboard and layout (review findings), in Chromium against `tlswizard serve`: each step opens at
 * the top with the step bar in view and the focus on its content; Save leaves the focus on where
 * the report went, not on the page body; the review banner names its time in the page's language,
 * never as an ISO timestamp; and a file or a demo is not said to have proposed any server.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../main/cli/index'
import { CATALOGS } from '../../shared/i18n/catalogs'
import { en } from '../../shared/i18n/en'
import { browserSuite } from './browser'

const suite = browserSuite()
let report: string

beforeAll(async () => {
  report = path.join(suite.dir, 'saved.json')
  const quiet = { out: () => {}, err: () => {} }
  expect(await runCli(['diagnose', '--demo', '2012r2-ex2016', '--report', report], quiet)).toBe(1)
}, 30_000)

async function open(args: string[], width = 1024, height = 768): Promise<Page> {
  const s = await suite.serve(['--demo', '2012r2-ex2016', ...args])
  const page = await suite.browser.newPage({ viewport: { width, height } })
  await page.goto(s.url)
  await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
  return page
}

const where = (page: Page) =>
  page.evaluate(() => ({
    scrollY: window.scrollY,
    stepBar: (document.querySelector('header nav') as HTMLElement).getBoundingClientRect().top,
    focus: document.activeElement?.tagName.toLowerCase(),
  }))

describe('focus and scrolling', () => {
  it('moving on from a scrolled page opens the next step at its top, the step bar in view', async () => {
    const page = await open(['--out-dir', path.join(suite.dir, 'top')], 800, 600)
    await page.locator('[data-check-now]').click()
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    expect((await where(page)).scrollY).toBeGreaterThan(300)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('table', { name: 'Plan' }).waitFor()
    expect(await where(page)).toEqual({ scrollY: 0, stepBar: expect.any(Number), focus: 'main' })
    expect((await where(page)).stepBar).toBeGreaterThanOrEqual(0)
    // Back too, from a Fixes page scrolled to its end.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.getByRole('button', { name: 'Back' }).click()
    await page.locator('[data-verdict]').waitFor()
    expect((await where(page)).scrollY).toBe(0)
  }, 60_000)

  it('after Save the focus is on where the report went, in view', async () => {
    const page = await open(['--out-dir', path.join(suite.dir, 'save')], 800, 600)
    await page.locator('[data-check-now]').click()
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Skip the fixes' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Save the report' }).click()
    await page.locator('[data-saved]').waitFor({ timeout: 15_000 })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-saved')))
      .toBe(true)
    const { bottom, footer } = await page.evaluate(() => ({
      bottom: (document.querySelector('[data-saved]') as HTMLElement).getBoundingClientRect()
        .bottom,
      footer: (document.querySelector('footer') as HTMLElement).getBoundingClientRect().top,
    }))
    expect(bottom).toBeLessThanOrEqual(footer)
  }, 60_000)

  it.each([
    ['en', []],
    ['ro', ['--lang', 'ro']],
  ])(
    '%s: the review banner names its time as the page\u2019s language writes it',
    async (lang, args) => {
      const page = await open(args)
      const { generatedAt } = JSON.parse(await readFile(report, 'utf8')) as { generatedAt: string }
      const chooser = page.waitForEvent('filechooser')
      const words = (lang === 'en' ? en : CATALOGS.ro) as Record<string, string>
      await page.getByRole('button', { name: words['welcome.openReport'] }).click()
      await (await chooser).setFiles(report)
      await page.locator('[data-review]').waitFor({ timeout: 10_000 })
      const banner = (await page.textContent('[data-review]')) ?? ''
      expect(banner).not.toContain(generatedAt)
      expect(banner).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/)
      const local = await page.evaluate(
        ([iso, l]) => new Date(iso as string).toLocaleString(l as string),
        [generatedAt, lang],
      )
      expect(banner).toContain(local)
    },
    60_000,
  )

  it('a demo proposes no server, and the Checks step does not say it did', async () => {
    const page = await open([])
    await page.locator('[data-check-now]').click()
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-target]').count()).toBe(0)
    const hint = (await page.textContent('[data-targets-hint]')) ?? ''
    expect(hint).toBe(
      'No server is proposed: enter your accepted domain to find your Office 365 endpoint, or add a smart host.',
    )
    expect(await page.textContent('main')).not.toContain('are proposed')
  }, 60_000)
})
