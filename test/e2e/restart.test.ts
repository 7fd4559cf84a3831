/**
 * The Restart step never restarts by accident: a bad number of minutes is refused inline and by the
 * schema, and every restart asks first, naming the time and that mail flow stops. The commands are
 * asserted as built; on a .reg file the web host never runs them. Only a live registry offers a
 * restart: the page is told its .reg file is this computer's (live-page.ts), the engine is not.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPendingRestart, scratchDir } from '../helpers/demo'
import { launch, lookAt, serve, type Served } from './browser'
import { asLive } from './live-page'

let browser: Browser
let served: Served
let page: Page

beforeAll(async () => {
  browser = await launch()
  const dir = await scratchDir()
  // Windows is waiting for a restart (Component Based Servicing says so): the Restart step offers
  // one even though the fixes are skipped, and agrees with the finding.
  const fixture = await demoPendingRestart('2012r2-ex2016', dir)
  served = await serve(['--registry', fixture, '--out-dir', path.join(dir, 'out')])
  // bypassCSP only so that lookAt can inject axe-core.
  page = await browser.newPage({ viewport: { width: 1024, height: 768 }, bypassCSP: true })
  await asLive(page)
  await page.goto(served.url)
  await page.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  expect(await page.textContent('main')).toContain('Windows is waiting for a restart')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('table', { name: 'Plan' }).waitFor()
  // Next with changes neither applied nor skipped asks first; "No" stays.
  await page.getByRole('button', { name: 'Next' }).click()
  await page.locator('[data-confirm-skip]').waitFor()
  await page.getByRole('button', { name: 'No, stay here' }).click()
  expect(await page.locator('[data-confirm-skip]').count()).toBe(0)
  expect(await page.getByRole('table', { name: 'Plan' }).count()).toBe(1)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Skip the fixes' }).click()
  await page.getByRole('heading', { name: 'Restart' }).waitFor()
  expect(
    await page.locator('li[data-step-status="skipped"]').filter({ hasText: 'Fixes' }).count(),
  ).toBe(1)
  await page.locator('[data-restart-need="pending"]').waitFor()
}, 90_000)

afterAll(async () => {
  await served?.stop()
  await browser?.close()
})

const minutesBox = () => page.getByRole('spinbutton', { name: /Restart in/ })
const schedule = () => page.getByRole('button', { name: 'Schedule restart' })

describe('the Restart step', () => {
  it.each(['', '0', '-5', '99999', '1.5'])(
    'minutes "%s": refused inline, Schedule disabled, nothing sent',
    async (value) => {
      await minutesBox().fill(value)
      await page.getByText('Enter a whole number of minutes from 1 to 10080').waitFor()
      expect(await schedule().isDisabled()).toBe(true)
      expect(await page.locator('[role=alertdialog]').count()).toBe(0)
    },
  )

  it('Restart now asks first, says mail flow stops, and "No" sends nothing', async () => {
    await page.getByRole('button', { name: 'Restart now' }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toMatch(/restarts now\. Mail flow stops/)
    await lookAt(page, '5-restart-confirm')
    await page.getByRole('button', { name: 'No, go back' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await page.getByText('Command:').count()).toBe(0)
  })

  it('a scheduled restart names the time, and the command is built with the delay in seconds', async () => {
    await minutesBox().fill('15')
    await schedule().click()
    const text = (await page.getByRole('alertdialog').textContent()) ?? ''
    expect(text).toMatch(/restarts at .+ \(in 15 minutes\)\. Mail flow stops/)
    await page.getByRole('button', { name: 'Yes, restart' }).click()
    await page.getByRole('alertdialog').waitFor({ state: 'detached' })
    await page.getByText('shutdown.exe /r /t 900 /c', { exact: false }).waitFor()
    // The engine, on the .reg file, built the command and ran nothing.
    expect(await page.textContent('main')).toContain('nothing was restarted')
  })

  it('the schema refuses 0, a negative number, a week and a minute, and an unconfirmed restart', async () => {
    const call = (body: unknown) =>
      page.evaluate(
        async ([u, b]) => {
          const url = new URL(u as string)
          const r = await fetch(`/api/restart:schedule`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'X-TlsWizard-Token': url.searchParams.get('token') as string,
            },
            body: JSON.stringify(b),
          })
          return r.status
        },
        [served.url, body] as const,
      )
    for (const minutes of [0, -1, 10_081, 2.5])
      expect(await call({ action: 'in', minutes, confirmed: true })).toBe(400)
    expect(await call({ action: 'in', minutes: 5 })).toBe(400)
    expect(await call({ action: 'now' })).toBe(400)
    expect(await call({ action: 'now', minutes: 0, confirmed: true })).toBe(400)
    expect(await call({ action: 'in', minutes: 5, confirmed: true })).toBe(200)
  })
})
