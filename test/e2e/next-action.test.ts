/**
 * The verdict's next action agrees with the plan (review finding): when a probe found the problem
 * (a server that rejects the SMTP session, one that offers no STARTTLS, one that refuses TLS 1.2)
 * and the registry has nothing to change, it points to the problems' own advice, never to "the
 * fixes, which change the registry", while the Fixes step is ticked as having nothing to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRaw, startSmtp, type Running } from '../main/probe/servers'
import { browserSuite } from './browser'

const suite = browserSuite()
const servers: Running[] = []
let url: string

beforeAll(async () => {
  // A healthy registry: every change a fix would make is already there.
  url = (await suite.serve(['--demo', '2019-ex2019'])).url
  servers.push(
    await startRaw((s) => s.end('554 5.7.1 Access denied\r\n')),
    await startSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }, { hideStarttls: true }),
    await startSmtp({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', legacy: true }),
  )
}, 60_000)

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
})

describe('the next action when only a probe found the problem', () => {
  it.each([
    ['rejects the SMTP session', 0, 'smtp-rejected'],
    ['offers no STARTTLS', 1, 'starttls-missing'],
    ['refuses TLS 1.2', 2, 'wire-tls12-refused'],
  ])(
    'a server that %s: the problems\u2019 own advice, not the fixes',
    async (_what, index, problem) => {
      const page = await suite.browser.newPage({ viewport: { width: 1024, height: 768 } })
      await page.goto(url)
      await page.getByRole('button', { name: 'Check this server now' }).click({ timeout: 15_000 })
      await page.locator('[data-verdict="healthy"]').waitFor({ timeout: 30_000 })
      const field = page.getByPlaceholder('smarthost.contoso.com')
      await field.fill(`127.0.0.1:${servers[index]!.port}`)
      await field.press('Enter')
      await page.getByRole('button', { name: 'Run again' }).click()
      await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
      expect(await page.locator(`[data-problem="${problem}"]`).count()).toBe(1)
      const next = (await page.textContent('[data-next]')) ?? ''
      expect(next).toBe(
        'Next: no registry change is planned for the problems found. Do what the details of each problem below say, worst first, then run the checks again.',
      )
      expect(next).not.toMatch(/fixes|change the registry/)
      // The step bar says the same: there is nothing for the Fixes step to do.
      const fixes = page.locator('li[data-step-status]').filter({ hasText: 'Fixes' })
      expect(await fixes.getAttribute('data-step-status')).toBe('done')
      await page.getByRole('button', { name: 'Next' }).click()
      await page
        .getByText('Nothing to change: every value a fix would write already has the right value.')
        .waitFor()
      expect(await page.locator('[data-apply-button]').count()).toBe(0)
      await page.close()
    },
    60_000,
  )
})
