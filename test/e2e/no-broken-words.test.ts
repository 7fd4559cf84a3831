/**
 * Words stay whole at 1024x768, in Chromium against the real web host: every word of the Checks
 * and Fixes tables (value names, state words, path segments between backslashes, evidence) and every badge
 * is laid out on one line, and nothing is wider than the main area. In English, Lithuanian,
 * Chinese and the pseudo-locale (+40% length), and with a diagnosis that cannot decide.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { startSmtp, type Running } from '../main/probe/servers'
import { browserSuite } from './browser'

const suite = browserSuite()
const FIXTURES = path.join(__dirname, '../fixtures/verdict')
const smtp: Running[] = []
afterAll(() => Promise.all(smtp.map((x) => x.close())))

async function open(args: string[], query = ''): Promise<Page> {
  const s = await suite.serve([...args, '--out-dir', path.join(suite.dir, 'out')])
  const page = await suite.browser.newPage({ viewport: { width: 1024, height: 768 } })
  await page.goto(`${s.url}${query}`)
  return page
}

/**
 * What is wrong with the layout of the main area: each word of a table cell or a badge drawn on
 * more than one line (a break inside it), each badge whose text leaves its pill, and each element
 * reaching past the main area's right edge. Empty when all is well.
 */
const layoutFaults = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready
    // Opening panels move; measure once they stand (bounded, as every wait here).
    await Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((done) => setTimeout(done, 2000)),
    ])
    const faults: string[] = []
    const main = document.querySelector('main') as HTMLElement
    const rects = (range: Range) => Array.from(range.getClientRects()).filter((r) => r.width > 0)
    const lines = (rs: DOMRect[]) => new Set(rs.map((r) => Math.round(r.top))).size
    const texts = (el: Element) => {
      const found: Text[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n as Text)
      return found
    }
    const words = (el: Element, where: string) => {
      for (const n of texts(el)) {
        // A hyphen is a break opportunity as a space is (tls-exsetup.txt may end a line at "tls-").
        for (const m of n.data.matchAll(/[^\s-]+/g)) {
          // Chinese is written without spaces and may break between any two characters.
          if (/\p{Script=Han}/u.test(m[0])) continue
          const range = document.createRange()
          range.setStart(n, m.index)
          range.setEnd(n, m.index + m[0].length)
          if (lines(rects(range)) > 1) faults.push(`${where}: "${m[0]}" is broken across lines`)
        }
      }
    }
    main.querySelectorAll('td, th').forEach((cell) => words(cell, 'table cell'))
    main.querySelectorAll('.fui-Badge').forEach((badge) => {
      // Its words only (the icon beside them is not a line of text).
      const drawn = texts(badge).flatMap((n) => {
        const range = document.createRange()
        range.selectNodeContents(n)
        return rects(range)
      })
      const box = badge.getBoundingClientRect()
      if (lines(drawn) > 1) faults.push(`badge "${badge.textContent}" wraps`)
      if (drawn.some((r) => r.bottom > box.bottom + 1 || r.right > box.right + 1))
        faults.push(`badge "${badge.textContent}" spills out of its pill`)
    })
    const edge = main.getBoundingClientRect().right
    main.querySelectorAll('*').forEach((el) => {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.right > edge + 1)
        faults.push(
          `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').slice(0, 40)}" overflows`,
        )
    })
    if (document.documentElement.scrollWidth > window.innerWidth)
      faults.push('page scrolls sideways')
    return faults
  })

/** Checks, Fixes and Fixes after Apply on the demo server, each free of layout faults. */
async function walk(page: Page): Promise<void> {
  await page.locator('[data-check-now]').click({ timeout: 15_000 })
  await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
  expect(await page.locator('[data-schannel-table] td').count()).toBeGreaterThan(0)
  expect(await page.locator('main .fui-Badge').count()).toBeGreaterThan(0)
  expect.soft(await layoutFaults(page), 'checks').toEqual([])
  // Every finding opened: its evidence table (key, value, now, expected).
  const closed = page.locator('main button[aria-expanded="false"]')
  for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click()
  expect(await closed.count()).toBe(0)
  expect.soft(await layoutFaults(page), 'checks, every finding open').toEqual([])
  await page.locator('[data-nav="next"]').click()
  await page.locator('[data-apply-button]').waitFor({ timeout: 15_000 })
  expect.soft(await layoutFaults(page), 'fixes').toEqual([])
  await page.locator('[data-apply-button]').click()
  await page.locator('[data-confirm-yes]').click()
  await page.locator('[data-apply]').waitFor({ timeout: 15_000 })
  expect.soft(await layoutFaults(page), 'fixes applied').toEqual([])
}

describe('words stay whole in the tables and badges', () => {
  it.each([
    ['en', [], ''],
    ['lt', ['--lang', 'lt'], ''],
    ['zh-CN', ['--lang', 'zh-CN'], ''],
    ['pseudo', [], '&pseudo=1'],
  ])(
    '%s: Checks and Fixes at 1024x768',
    async (_name, lang, query) => {
      await walk(await open(['--demo', '2012r2-ex2016', ...lang], query))
    },
    90_000,
  )

  it('a probed server: the version, result and cipher name of each row stay whole', async () => {
    const server = await startSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' })
    smtp.push(server)
    const target = `127.0.0.1:${server.port}`
    const page = await open(['--demo', '2012r2-ex2016'])
    await page.locator('[data-check-now]').click({ timeout: 15_000 })
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    await page.getByPlaceholder('smarthost.contoso.com').fill(target)
    await page.getByRole('button', { name: 'Add server' }).click()
    await page.getByRole('button', { name: 'Run again' }).click()
    const probed = page.locator(`section[aria-label="${target}"]`)
    await probed.locator('tr[data-version="TLSv1.2"] [data-judge]').waitFor({ timeout: 30_000 })
    expect(await probed.locator('tr[data-version="TLSv1.2"]').textContent()).toMatch(/TLS_\w+/)
    expect(await layoutFaults(page)).toEqual([])
  }, 60_000)

  it('a diagnosis that cannot decide: the "Not decided" badges stay in their pills', async () => {
    const page = await open(['--registry', path.join(FIXTURES, 'schannel-only-2008r2.reg')])
    await page.locator('[data-check-now]').click({ timeout: 15_000 })
    await page.locator('[data-verdict="inconclusive"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-check] [data-state="unknown"]').count()).toBeGreaterThan(0)
    expect(await layoutFaults(page)).toEqual([])
  }, 60_000)
})
