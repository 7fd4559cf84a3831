/**
 * How the wizard's page arrives (issue 18), in Chromium against the real web host: the steps after
 * Welcome come as a chunk of their own, fetched once Welcome is usable; a chunk that cannot arrive
 * says the engine is not answering (never a blank page); the Welcome step's answers come with the
 * page, and a page without them (an engine slower than the host waits) or with a damaged copy asks
 * the engine, with a spinner until the machine is known.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { FIRST_SCREEN_ELEMENT } from '../../shared/bridge'
import { describe, expect, it } from 'vitest'
import { browserSuite } from './browser'

const suite = browserSuite()

async function demoPage(): Promise<{ page: Page; url: string }> {
  const s = await suite.serve(['--demo', '2012r2-ex2016', '--out-dir', path.join(suite.dir, 'out')])
  const page = await suite.browser.newPage({ viewport: { width: 1024, height: 768 } })
  return { page, url: s.url }
}

describe('the first screen', () => {
  it('loads only what Welcome shows, then fetches the later steps before Next is pressed', async () => {
    const { page, url } = await demoPage()
    const scripts: string[] = []
    const calls: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
      if (new URL(r.url()).pathname.startsWith('/api/')) calls.push(new URL(r.url()).pathname)
    })
    await page.goto(url)
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    // The machine came with the page: Welcome was drawn without a single call to the engine.
    expect(calls).toEqual([])
    expect(await page.locator('dd').first().textContent()).toBe('EX2016 / ex2016.contoso.local')
    expect(await page.locator(`#${FIRST_SCREEN_ELEMENT}`).count()).toBe(0)
    await expect
      .poll(() => scripts.some((s) => /later-steps-[\w-]+\.js$/.test(s)), { timeout: 10_000 })
      .toBe(true)
    // English needs no catalog chunk; no other language's is fetched.
    expect(scripts.filter((s) => /\/(id|lt|vi|zh-CN|ro)-[\w-]+\.js$/.test(s))).toEqual([])
    // A page that has just loaded keeps its focus at the top (a screen reader starts at the title);
    // from the next step on, focus moves to the step's content.
    const focused = () => page.evaluate(() => document.activeElement?.tagName)
    expect(await focused()).toBe('BODY')
    await page.locator('[data-check-now]').click()
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
  }, 60_000)

  it('a later step whose code cannot arrive says the engine is not answering, with Retry', async () => {
    const { page, url } = await demoPage()
    await page.route(/later-steps-[\w-]+\.js$/, (route) => route.abort())
    await page.goto(url)
    await page.locator('[data-check-now]').click({ timeout: 15_000 })
    await page.getByText('The wizard engine is not answering').waitFor({ timeout: 15_000 })
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(1)
    // The header and Back/Next are still there: the page never goes blank.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mailflow TLS Wizard')
    expect(await page.getByRole('button', { name: 'Back' }).count()).toBe(1)
    // Once the code can arrive again, Retry brings the wizard back.
    await page.unroute(/later-steps-[\w-]+\.js$/)
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
  }, 60_000)

  it('a language whose catalog cannot arrive: said plainly, and the list goes back to the one spoken', async () => {
    const { page, url } = await demoPage()
    await page.route(/\/lt-[\w-]+\.js$/, (route) => route.abort())
    await page.goto(url)
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    await page.getByLabel('Language').selectOption('lt')
    await page.getByText('The wizard engine is not answering').waitFor({ timeout: 15_000 })
    expect(await page.getByLabel('Language').inputValue()).toBe('en')
    expect(await page.locator('[data-check-now]').textContent()).toBe('Check this server now')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  }, 60_000)

  /** The page as the host sends it, its data block replaced by `block` ('' removes it). */
  async function pageWithBlock(page: Page, url: string, block: string): Promise<void> {
    await page.route(url, async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        new RegExp(`<script type="application/json" id="${FIRST_SCREEN_ELEMENT}">.*?</script>`),
        block,
      )
      await route.fulfill({ response, body: html })
    })
  }

  it('a page sent without the machine (the engine was slow): a spinner, then the machine', async () => {
    const { page, url } = await demoPage()
    await pageWithBlock(page, url, '')
    // The machine summary answers after 1.5 s (a live registry read can be that slow).
    await page.route('**/api/machine:summary', async (route) => {
      const response = await route.fetch()
      await new Promise((done) => setTimeout(done, 1500))
      await route.fulfill({ response })
    })
    await page.goto(url)
    await page.getByText('Loading').first().waitFor({ timeout: 10_000 })
    expect(await page.locator('[data-check-now]').count()).toBe(0)
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    expect(await page.getByRole('button', { name: 'Next' }).isEnabled()).toBe(true)
  }, 60_000)

  it('a page whose copy of the machine is damaged asks the engine instead', async () => {
    const { page, url } = await demoPage()
    await pageWithBlock(
      page,
      url,
      `<script type="application/json" id="${FIRST_SCREEN_ELEMENT}">{"machine":</script>`,
    )
    const calls: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) calls.push(new URL(r.url()).pathname)
    })
    await page.goto(url)
    await page.locator('[data-check-now]').waitFor({ timeout: 15_000 })
    expect(calls).toEqual(['/api/machine:summary', '/api/targets:propose'])
    expect(await page.locator('dd').first().textContent()).toBe('EX2016 / ex2016.contoso.local')
  }, 60_000)
})
