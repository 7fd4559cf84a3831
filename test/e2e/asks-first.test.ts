/**
 * Every change is confirmed (review finding: Undo changed the registry on one click, and Apply
 * went ahead on one click): Apply and Undo each ask first, in words that say what changes (a live
 * registry, or only files for a server); No, or Escape, sends nothing. Once the answer is in, the
 * focus is on the result, never on the page body, and the result is in view above the sticky bar.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { FixPlan } from '../../shared/fixes'
import { browserSuite } from './browser'
import { answer, asLive } from './live-page'

const suite = browserSuite()

/** The wizard on the demo's Fixes step (as this computer's registry when `live`). */
async function onFixes(out: string, live: boolean, width = 1024, height = 768): Promise<Page> {
  const s = await suite.serve(['--demo', '2012r2-ex2016', '--out-dir', out])
  const page = await suite.browser.newPage({ viewport: { width, height } })
  if (live) await asLive(page)
  await page.goto(s.url)
  await page.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
  await page.locator('[data-verdict]').waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('table', { name: 'Plan' }).waitFor()
  return page
}

/** What has the focus: the element's data hook, or its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    const hook = Array.from(el.attributes).find((a) => a.name.startsWith('data-'))
    return hook ? hook.name : el.tagName.toLowerCase()
  })

/** The element's box against the window and the sticky footer's top. */
const placement = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const box = (document.querySelector(sel) as HTMLElement).getBoundingClientRect()
    const footer = (document.querySelector('footer') as HTMLElement).getBoundingClientRect().top
    return { top: box.top, bottom: box.bottom, footer }
  }, selector)

describe('changes are confirmed first', () => {
  it('a demo: Apply asks, in the words of files; No writes nothing; Yes writes them', async () => {
    const out = path.join(suite.dir, 'files')
    const page = await onFixes(out, false)
    const apply = page.getByRole('button', { name: 'Apply the changes' })
    await apply.click()
    const box = page.locator('[data-confirm-apply]')
    expect(await box.getByRole('heading').textContent()).toBe('Write the fix into files?')
    expect(await box.textContent()).toContain(
      'The 8 registry changes are written into a fix file to import on the server',
    )
    expect(await box.textContent()).toContain('Nothing on the server changes until')
    expect(await focused(page)).toBe('button')
    await page.getByRole('button', { name: 'No, change nothing' }).click()
    await box.waitFor({ state: 'detached' })
    expect(await page.locator('[data-apply]').count()).toBe(0)
    expect((await readdir(out)).filter((f) => f.endsWith('.reg'))).toEqual([])
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Apply the changes')
    await apply.click()
    await page.keyboard.press('Escape')
    await box.waitFor({ state: 'detached' })
    expect(await page.locator('[data-apply]').count()).toBe(0)
    await apply.click()
    await page.getByRole('button', { name: 'Yes, write the files' }).click()
    await page.locator('[data-apply="prepared"]').waitFor({ timeout: 15_000 })
    expect((await readdir(out)).filter((f) => f.endsWith('.fix.reg'))).toHaveLength(1)
    await expect.poll(() => focused(page)).toBe('data-apply')
  }, 60_000)

  it('a live registry: Apply and Undo each ask, and only Yes sends the call', async () => {
    const page = await onFixes(path.join(suite.dir, 'live'), true)
    const backup = 'C:\\ProgramData\\MailflowTlsWizard\\backups\\tls-backup-20261125-103000-EX1.reg'
    const applied = await answer(page, 'fixes:apply', {
      status: 'applied',
      backupFile: backup,
      results: [],
      error: null,
      restoreError: null,
    })
    const rolledBack = await answer(page, 'fixes:rollback', {
      file: backup,
      restoredValues: 8,
      deletedKeys: 3,
      keptKeys: [],
      mismatches: [],
    })
    const plan = await page.evaluate(async () => {
      const token = new URL(location.href).searchParams.get('token') as string
      const r = await fetch('/api/fixes:plan', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': token },
        body: '{}',
      })
      return (await r.json()) as FixPlan
    })
    await page.getByRole('button', { name: 'Apply the changes' }).click()
    const box = page.locator('[data-confirm-apply]')
    expect(await box.getByRole('heading').textContent()).toBe('Change the registry of this server?')
    expect(await box.textContent()).toContain(
      `${plan.changes.length} registry values are set as the plan shows, after a backup is saved.`,
    )
    await page.getByRole('button', { name: 'No, change nothing' }).click()
    expect(applied).toEqual([])
    await page.getByRole('button', { name: 'Apply the changes' }).click()
    await page.getByRole('button', { name: 'Yes, apply' }).click()
    await page.locator('[data-apply="applied"]').waitFor()
    expect(applied).toEqual([{ planId: plan.id }])
    await expect.poll(() => focused(page)).toBe('data-apply')

    const undo = page.getByRole('button', { name: 'Undo (roll back from the backup)' })
    await undo.click()
    const ask = page.locator('[data-confirm-rollback]')
    expect(await ask.getByRole('heading').textContent()).toBe('Undo the changes?')
    expect(await ask.textContent()).toContain(
      `The registry values the fix changed are set back from the backup ${backup}, and the keys it created are removed. The old settings take effect after the next restart.`,
    )
    await page.getByRole('button', { name: 'No, keep the changes' }).click()
    await ask.waitFor({ state: 'detached' })
    await undo.click()
    await page.keyboard.press('Escape')
    await ask.waitFor({ state: 'detached' })
    expect(rolledBack).toEqual([])
    expect(await page.locator('[data-apply="applied"]').count()).toBe(1)
    await undo.click()
    await page.getByRole('button', { name: 'Yes, undo' }).click()
    await page.locator('[data-rolled-back]').waitFor()
    expect(rolledBack).toEqual([{ backup: path.win32.basename(backup) }])
    // The Undo button is gone with the change it undid: the focus is on what it did.
    await expect.poll(() => focused(page)).toBe('data-rolled-back')
  }, 60_000)

  it('at 800x600 the result of Apply is focused and in view above the Back/Next bar', async () => {
    const page = await onFixes(path.join(suite.dir, 'small'), false, 800, 600)
    await page.getByRole('button', { name: 'Apply the changes' }).click()
    // The question itself is in view too, not under the bar.
    const question = await placement(page, '[data-confirm-apply]')
    expect(question.bottom).toBeLessThanOrEqual(question.footer)
    expect(question.top).toBeGreaterThanOrEqual(0)
    await page.getByRole('button', { name: 'Yes, write the files' }).click()
    await page.locator('[data-apply="prepared"]').waitFor({ timeout: 15_000 })
    await expect.poll(() => focused(page)).toBe('data-apply')
    const result = await placement(page, '[data-apply]')
    expect(result.top).toBeGreaterThanOrEqual(0)
    expect(result.bottom).toBeLessThanOrEqual(result.footer)
  }, 60_000)
})
