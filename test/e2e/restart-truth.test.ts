/**
 * The Restart step and the finish say only what is true (review findings), in Chromium against
 * `tlswizard serve`: why a restart is due decides the words (a pending-restart marker on a healthy
 * server is not "it still refuses TLS 1.2"; skipped fixes are not applied by a restart); the
 * wizard "opens by itself" only where a restart registered it to (never under `serve`); and a
 * file or a demo, with no server here to restart, offers no restart but says what to do there.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPendingRestart } from '../helpers/demo'
import { browserSuite } from './browser'
import { answer, asLive } from './live-page'

const suite = browserSuite()
let healthyPending: string
let brokenPending: string

beforeAll(async () => {
  healthyPending = await demoPendingRestart('2019-ex2019', suite.dir)
  brokenPending = await demoPendingRestart('2012r2-ex2016', suite.dir)
}, 30_000)

/** The wizard on `registry`, checked (as on a live server when `live`). */
async function checked(registry: string, live: boolean): Promise<Page> {
  const s = await suite.serve(['--registry', registry, '--out-dir', path.join(suite.dir, 'out')])
  const page = await suite.browser.newPage({ viewport: { width: 1024, height: 768 } })
  if (live) await asLive(page)
  await page.goto(s.url)
  await page.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  return page
}

const main = async (page: Page) => (await page.textContent('main')) ?? ''
const restartButtons = (page: Page) =>
  page.getByRole('button', { name: /^(Restart now|Schedule restart|Cancel a scheduled restart)$/ })

async function finish(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Finish' }).click()
  return (await page.textContent('[data-finish="restart"]')) ?? ''
}

describe('the Restart step says why, in the words of that reason', () => {
  it('a healthy server with only a pending restart: no "refuses TLS 1.2", no "changes"', async () => {
    const page = await checked(healthyPending, true)
    expect(await page.getAttribute('[data-verdict]', 'data-verdict')).toBe('healthy')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('[data-restart-need="pending"]').waitFor()
    const text = await main(page)
    expect(text).toContain('A restart lets Windows finish what it is waiting for')
    expect(text).not.toContain('refuses TLS 1.2')
    expect(text).not.toContain('changes just made')
    // The web host registers nothing to run after a restart: the wizard does not reopen.
    expect(text).not.toContain('opens by itself')
    // This server (live): the restart is offered.
    expect(await restartButtons(page).count()).toBe(3)
    const left = await finish(page)
    expect(left).toBe('A restart is still due: the checks found Windows waiting for one.')
    expect(left).not.toContain('changes take effect')
  }, 60_000)

  it('fixes skipped on a live server waiting for a restart: the restart applies none of them', async () => {
    const page = await checked(brokenPending, true)
    const at = new Date(Date.now() + 15 * 60_000).toISOString()
    await answer(page, 'restart:schedule', {
      command: 'C:\\Windows\\System32\\shutdown.exe /r /t 900',
      done: true,
      message: 'The server restarts.',
      at,
      relaunch: false,
    })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Skip the fixes' }).click()
    await page.locator('[data-restart-need="pending"]').waitFor()
    const text = await main(page)
    expect(text).toContain('You skipped the fixes: this restart does not apply them')
    expect(text).not.toContain('refuses TLS 1.2')
    expect(text).not.toContain('opens by itself')
    await page.getByRole('button', { name: 'Schedule restart' }).click()
    await page.getByRole('button', { name: 'Yes, restart' }).click()
    await page.getByText('shutdown.exe /r /t 900').waitFor()
    // The answer says no relaunch was registered: still not "opens by itself".
    expect(await main(page)).not.toContain('opens by itself')
    expect(await finish(page)).toMatch(/^Restart scheduled for /)
    expect(await page.textContent('[data-finished]')).not.toContain('opens by itself')
  }, 60_000)

  it('a file: no restart offered, what to do on the server instead, and the finish agrees', async () => {
    const page = await checked(brokenPending, false)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Skip the fixes' }).click()
    await page.locator('[data-restart-need="pending"]').waitFor()
    const text = await main(page)
    expect(text).toContain('This registry is a file, so nothing is restarted from here')
    expect(text).toContain('restart that server itself')
    expect(text).toContain('You skipped the fixes')
    expect(text).not.toMatch(/refuses TLS 1\.2|opens by itself|Mail flow stops/)
    expect(await restartButtons(page).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'I will restart later' }).count()).toBe(0)
    // With nothing to do on this page, Next is its main action (looked at without the mouse on it).
    await page.mouse.move(0, 0)
    const look = (nav: string) =>
      page.locator(`[data-nav="${nav}"]`).evaluate((b) => getComputedStyle(b).backgroundColor)
    expect(await look('next')).not.toBe(await look('back'))
    const left = await finish(page)
    expect(left).toContain('restart that server itself')
    expect(left).not.toContain('changes take effect')
  }, 60_000)

  it('a demo after Apply: the prepared fix is imported and restarted on the server, not here', async () => {
    const s = await suite.serve(['--demo', '2008r2-ex2010', '--out-dir', path.join(suite.dir, 'd')])
    const page = await suite.browser.newPage({ viewport: { width: 1024, height: 768 } })
    await page.goto(s.url)
    await page.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
    await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Apply the changes' }).click()
    await page.getByRole('button', { name: 'Yes, write the files' }).click()
    await page.locator('[data-apply="prepared"]').waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.locator('[data-restart-need="prepared"]').waitFor()
    expect(await main(page)).toContain('After importing it on the server (reg import "')
    expect(await restartButtons(page).count()).toBe(0)
    expect(await main(page)).not.toMatch(/opens by itself|nothing was restarted/)
    expect(await finish(page)).toContain('reg import')
  }, 60_000)
})
