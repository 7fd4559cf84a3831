/**
 * What the wizard shows belongs together (review findings), in Chromium against the real web host:
 * a run's late answer never lands in a saved report under review; the restart the confirmation
 * names is the one sent; the download is the report as saved; a new diagnosis keeps nothing of
 * the old one; Escape answers a confirmation with its safe answer and Enter adds a server.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../main/cli/index'
import { serveWizard } from '../../main/web/serve'
import { demoPendingRestart, scratchDir } from '../helpers/demo'
import { startRaw, type Running } from '../main/probe/servers'
import { launch } from './browser'
import { asLive } from './live-page'

let browser: Browser
let dir: string
let silent: Running
let pendingUrl: string
const stops: Array<() => Promise<void>> = []

beforeAll(async () => {
  browser = await launch()
  dir = await scratchDir()
  // Accepts and never speaks: a probe that is still running while the admin moves on.
  silent = await startRaw(() => undefined)
  // Windows waits for a restart, so the Restart step offers one even with the fixes skipped.
  const fixture = await demoPendingRestart('2012r2-ex2016', dir)
  const host = await serveWizard({ registry: fixture, outDir: path.join(dir, 'out') })
  stops.push(() => host.close())
  pendingUrl = host.url
}, 60_000)

afterAll(async () => {
  await Promise.all(stops.map((s) => s()))
  await silent?.close()
  await browser?.close()
})

/** The wizard checked; `live`: the page is told the registry is this computer's (live-page.ts). */
async function checked(url: string, live = false): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1024, height: 768 } })
  if (live) await asLive(p)
  await p.goto(url)
  await p.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
  await p.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  return p
}

const statusOf = (p: Page, step: string) =>
  p.locator('li[data-step-status]').filter({ hasText: step }).getAttribute('data-step-status')
const focused = (p: Page) => p.evaluate(() => document.activeElement?.textContent ?? '')

describe('the wizard keeps what it shows together', () => {
  it('a run still going when a saved report is opened never shows its answer as the report', async () => {
    const report = path.join(dir, 'ex2016.json')
    const quiet = { out: () => {}, err: () => {} }
    expect(await runCli(['diagnose', '--demo', '2012r2-ex2016', '--report', report], quiet)).toBe(1)
    const host = await serveWizard({
      demo: '2019-ex2019',
      outDir: path.join(dir, 'race'),
      probeTimeoutMs: 5000,
    })
    stops.push(() => host.close())
    const p = await checked(host.url)
    await p.getByPlaceholder('smarthost.contoso.com').fill(`127.0.0.1:${silent.port}`)
    await p.getByRole('button', { name: 'Add server' }).click()
    let ended = false
    const answer = p.waitForResponse((r) => r.url().includes('/api/diagnosis:run'), {
      timeout: 20_000,
    })
    void answer.then(() => (ended = true))
    await p.getByRole('button', { name: 'Run again' }).click()
    await p.getByRole('button', { name: 'Back' }).click()
    await p.getByRole('button', { name: 'Back' }).click()
    const chooser = p.waitForEvent('filechooser')
    await p.getByRole('button', { name: 'Open a saved report' }).click()
    await (await chooser).setFiles(report)
    await p.locator('[data-review]').waitFor({ timeout: 10_000 })
    // The race is real: the run was still going when the report opened.
    expect(ended).toBe(false)
    const shown = await p.textContent('[data-review]')
    expect(shown).toContain('saved report of EX2016')
    await answer
    // Let the page take the answer (it must not), then look again.
    await p.evaluate(() => new Promise((done) => setTimeout(done, 300)))
    expect(await p.textContent('[data-review]')).toBe(shown)
    expect(await p.getAttribute('[data-verdict]', 'data-verdict')).toBe('action-needed')
    expect(await p.getByText('Checking this server...').count()).toBe(0)
  }, 60_000)

  it('Enter adds a server; Escape answers "No" and gives the focus back to what asked', async () => {
    const p = await checked(pendingUrl, true)
    const field = p.getByPlaceholder('smarthost.contoso.com')
    const before = await p.locator('[data-target]').count()
    await field.fill(`127.0.0.1:${silent.port}`)
    await field.press('Enter')
    expect(await p.locator('[data-target]').count()).toBe(before + 1)
    expect(await field.inputValue()).toBe('')
    await p.getByRole('button', { name: 'Remove 127.0.0.1' }).click()
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('table', { name: 'Plan' }).waitFor()
    await p.getByRole('button', { name: 'Next' }).click()
    await p.locator('[data-confirm-skip]').waitFor()
    expect(await focused(p)).toBe('No, stay here')
    await p.keyboard.press('Escape')
    await p.locator('[data-confirm-skip]').waitFor({ state: 'detached' })
    expect(await focused(p)).toBe('Next')
    expect(await p.getByRole('table', { name: 'Plan' }).count()).toBe(1)
    await p.keyboard.press('Enter')
    await p.getByRole('button', { name: 'Skip the fixes' }).click()
    await p.locator('[data-restart-need="pending"]').waitFor()
    await p.getByRole('button', { name: 'Restart now' }).click()
    await p.getByRole('alertdialog').waitFor()
    await p.keyboard.press('Escape')
    await p.getByRole('alertdialog').waitFor({ state: 'detached' })
    expect(await focused(p)).toBe('Restart now')
    expect(await p.getByText('Command:').count()).toBe(0)
  }, 60_000)

  it('the restart confirmed is the one named: minutes locked, the time kept current', async () => {
    const p = await checked(pendingUrl, true)
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Skip the fixes' }).click()
    const minutes = p.getByRole('spinbutton', { name: /Restart in/ })
    await minutes.fill('15')
    await p.getByRole('button', { name: 'Schedule restart' }).click()
    const dialog = p.getByRole('alertdialog')
    const first = (await dialog.textContent()) ?? ''
    expect(first).toContain('(in 15 minutes)')
    // The number it names cannot change under it.
    expect(await minutes.isEditable()).toBe(false)
    await minutes.focus()
    await p.keyboard.type('0')
    await p.keyboard.press('ArrowUp')
    expect(await minutes.inputValue()).toBe('15')
    // The clock time it names moves on with the clock (it was computed once).
    await expect.poll(() => dialog.textContent(), { timeout: 5000 }).not.toBe(first)
    expect(await dialog.textContent()).toContain('(in 15 minutes)')
    await p.getByRole('button', { name: 'Yes, restart' }).click()
    await p.getByText('shutdown.exe /r /t 900 /c', { exact: false }).waitFor()
    // Closed, the field takes a new number again.
    expect(await minutes.isEditable()).toBe(true)
  }, 60_000)

  it('the download is the report as saved; a changed choice is not saved until saved again', async () => {
    const p = await checked(pendingUrl)
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Skip the fixes' }).click()
    await p.getByRole('button', { name: 'Next' }).click()
    const link = p.getByRole('link', { name: 'Download a copy' })
    const save = p.getByRole('button', { name: 'Save the report' })
    const redact = p.getByRole('checkbox', { name: /Redact/ })
    await save.click()
    await p.locator('[data-saved]').waitFor({ timeout: 15_000 })
    expect(await link.getAttribute('href')).toMatch(/format=html&redact=0/)
    await redact.check()
    await p.getByRole('radio', { name: /JSON/ }).check()
    // Neither a redacted JSON offered as the HTML saved, nor "saved" for a choice never saved.
    expect(await link.count()).toBe(0)
    expect(await p.locator('[data-saved]').count()).toBe(0)
    await save.click()
    await p.locator('[data-saved]').waitFor({ timeout: 15_000 })
    const href = (await link.getAttribute('href')) as string
    expect(href).toMatch(/format=json&redact=1/)
    const copy = await p.evaluate(async (u) => (await fetch(u)).text(), href)
    expect(JSON.parse(copy)).toMatchObject({ kind: 'mailflow-tls-wizard-report' })
    expect(copy).not.toContain('EX2016')
    // A report saved redacted is never handed out unredacted.
    await redact.uncheck()
    expect(await link.count()).toBe(0)
    await redact.check()
    expect(await link.getAttribute('href')).toBe(href)
  }, 60_000)

  it('"Check this server again" starts clean: no saved report, no fix result, nothing skipped', async () => {
    const p = await checked(pendingUrl)
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Apply the changes' }).click()
    await p.getByRole('button', { name: 'Yes, write the files' }).click()
    await p.locator('[data-apply="prepared"]').waitFor({ timeout: 15_000 })
    await p.getByRole('button', { name: 'Next' }).click()
    await p.locator('[data-restart-need="prepared"]').waitFor()
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Save the report' }).click()
    await p.locator('[data-saved]').waitFor({ timeout: 15_000 })
    expect(await statusOf(p, 'Report')).toBe('done')
    await p.getByRole('button', { name: 'Finish' }).click()
    await p.getByRole('button', { name: 'Check this server again' }).click()
    await p.locator('[data-verdict]').waitFor({ timeout: 30_000 })
    expect(await statusOf(p, 'Fixes')).toBe('todo')
    expect(await statusOf(p, 'Report')).toBe('todo')
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('table', { name: 'Plan' }).waitFor()
    expect(await p.locator('[data-apply]').count()).toBe(0)
    expect(await p.getByRole('button', { name: 'Apply the changes' }).isEnabled()).toBe(true)
    await p.getByRole('button', { name: 'Next' }).click()
    await p.getByRole('button', { name: 'Skip the fixes' }).click()
    // The restart is what this diagnosis says (Windows is waiting), not the old prepared fix's.
    await p.locator('[data-restart-need="pending"]').waitFor()
    await p.getByRole('button', { name: 'Next' }).click()
    expect(await p.locator('[data-saved]').count()).toBe(0)
  }, 60_000)
})
