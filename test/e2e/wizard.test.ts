import { copyFile, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../main/cli/index'
import { demoFile } from '../../main/demo/demos'
import { scratchDir } from '../helpers/demo'
import { startSmtp, testCert, type Running } from '../main/probe/servers'
import { launch, lookAt, serve, SHOTS, type Served } from './browser'

let browser: Browser
let dir: string
let fixture: string
const servers: Running[] = []
const served: Served[] = []

beforeAll(async () => {
  browser = await launch()
  dir = await scratchDir()
  fixture = path.join(dir, 'ex2016.reg')
  await copyFile(demoFile('2012r2-ex2016') as string, fixture)
  const cert = await testCert()
  servers.push(await startSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }, { cert }))
  servers.push(
    await startSmtp({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', legacy: true }, { cert }),
  )
  console.log(`screenshots: ${SHOTS}`)
}, 60_000)

afterAll(async () => {
  await Promise.all(served.map((s) => s.stop()))
  await Promise.all(servers.map((s) => s.close()))
  await browser?.close()
})

async function open(args: string[]): Promise<Page> {
  const s = await serve(args)
  served.push(s)
  // bypassCSP only so that the test can inject axe-core; the page's own CSP is tested below.
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, bypassCSP: true })
  await page.goto(s.url)
  return page
}

describe('the wizard in Chromium, against tlswizard serve on a .reg fixture and real SMTP servers', () => {
  it('walks symptom -> checks -> fix plan -> apply -> restart -> report, then verify mode', async () => {
    const before = path.join(dir, 'before.json')
    expect(
      await runCli(['diagnose', '--registry', fixture, '--out', before], {
        out: () => {},
        err: () => {},
      }),
    ).toBe(1)
    const out = path.join(dir, 'out')
    const page = await open(['--registry', fixture, '--out-dir', out])

    await page.getByRole('heading', { name: 'This machine' }).waitFor({ timeout: 15_000 })
    expect(await page.textContent('main')).toContain(
      'Windows Server 2012 R2 Standard (build 9600.20778)',
    )
    expect(await page.textContent('main')).toContain('Exchange 2016 CU5 (15.1.845.34)')
    await lookAt(page, '1-welcome')
    await page.getByRole('button', { name: 'Next' }).click()

    await page
      .getByRole('textbox', { name: 'Paste the error you see' })
      .fill('Remote Server returned 421 4.4.2 Connection dropped due to SocketError')
    await page.getByText('Recognised: Office 365 dropped the connection').waitFor({ timeout: 5000 })
    expect(await page.getByRole('radio', { name: /A sender gets a bounce/ }).isChecked()).toBe(true)
    await lookAt(page, '2-symptom')
    await page.getByRole('button', { name: 'Next' }).click()

    // The checks start by themselves: the registry answer comes first.
    await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
    for (const s of servers) {
      await page.getByPlaceholder('smarthost.contoso.com').fill(`127.0.0.1:${s.port}`)
      await page.getByRole('button', { name: 'Add server' }).click()
    }
    await page.getByRole('button', { name: 'Run again' }).click()
    await page.locator(`[data-check="127.0.0.1:${servers[1]!.port}"]`).waitFor({ timeout: 30_000 })
    await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
    // The answer takes the focus, and only status text is a live region (not the whole page).
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-verdict-title'))
    expect(await page.locator('main[aria-live]').count()).toBe(0)
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain('TLS 1.2 is off for the server side')
    expect(main).toContain('.NET Framework 4 is not told to use the system TLS settings')
    expect(await page.locator('[data-check="schannel"] [data-state="error"]').count()).toBe(1)
    // One source of status: each probe's badge is the worst finding listed under it. The TLS 1.2
    // server's self-signed test certificate is a warning (never OK); refusing TLS 1.2 is an error.
    for (const [server, state, severity] of [
      [servers[0]!, 'warning', 'WARNING'],
      [servers[1]!, 'error', 'ERROR'],
    ] as const) {
      const label = `127.0.0.1:${server.port}`
      expect(await page.locator(`[data-check="${label}"] [data-state="${state}"]`).count()).toBe(1)
      const section = page.getByRole('region', { name: label })
      expect(await section.textContent()).toContain(severity)
    }
    expect(
      await page.getByRole('region', { name: `127.0.0.1:${servers[0]!.port}` }).textContent(),
    ).not.toContain('ERROR')
    await page.getByRole('button', { name: /TLS 1.2 is off for the server side/ }).click()
    await page
      .getByText(
        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
      )
      .first()
      .waitFor()
    await lookAt(page, '3-checks')
    await page.getByRole('button', { name: 'Next' }).click()

    await page.getByRole('table', { name: 'Plan' }).waitFor()
    expect(await page.locator('table[aria-label="Plan"] tbody tr').count()).toBe(8)
    await lookAt(page, '4-fixes-plan')
    await page.getByRole('button', { name: 'Apply the changes' }).click()
    // Asked first, in the words of a file: nothing on the server changes.
    await page.getByRole('button', { name: 'Yes, write the files' }).click()
    // A file registry: the fix is prepared in files, never shown as applied or done.
    await page.locator('[data-apply="prepared"]').waitFor({ timeout: 15_000 })
    await lookAt(page, '4-fixes-applied')
    const written = await readdir(out)
    const fixFile = written.find((f) => f.endsWith('.fix.reg')) as string
    expect(await page.textContent('[data-prepared-steps]')).toContain(`reg import "${fixFile}"`)
    expect(await page.textContent('[data-apply]')).toContain('Prepared, not applied')
    // Each row of the plan says where its value went, never a tick: nothing has changed yet.
    expect(
      await page.locator('table[aria-label="Plan"] tbody tr td:last-child').allTextContents(),
    ).toEqual(Array(8).fill('in the fix file, not applied'))
    expect(await page.getByRole('button', { name: /Undo/ }).count()).toBe(0)
    expect(written.filter((f) => f.endsWith('.fix.reg'))).toHaveLength(1)
    expect(written.filter((f) => f.startsWith('tls-backup-'))).toHaveLength(1)
    await page.getByRole('button', { name: 'Next' }).click()

    // A prepared fix: the restart belongs to the server after the import, never to this page.
    await page.locator('[data-restart-need="prepared"]').waitFor()
    expect(await page.textContent('main')).toContain(`reg import "${path.join(out, fixFile)}"`)
    expect(await page.getByRole('button', { name: /restart/i }).count()).toBe(0)
    await lookAt(page, '5-restart')
    await page.getByRole('button', { name: 'Next' }).click()

    // One save action: HTML by default; saving twice keeps both files.
    await page.getByRole('button', { name: 'Save the report' }).click()
    await page.locator('[data-saved]').waitFor({ timeout: 15_000 })
    await lookAt(page, '6-report')
    const report = (await readdir(out)).find((f) => f.endsWith('.html'))
    expect(report).toBeDefined()
    await page.getByRole('radio', { name: /JSON/ }).check()
    await page.getByRole('button', { name: 'Save the report' }).click()
    await expect
      .poll(async () => (await readdir(out)).filter((f) => /^tls-report-.*\.(html|json)$/.test(f)))
      .toHaveLength(2)
    // The browser also offers the report as a download from the web host.
    const href = (await page
      .getByRole('link', { name: 'Download a copy' })
      .getAttribute('href')) as string
    const downloaded = await page.evaluate(async (u) => (await fetch(u)).json(), href)
    // The report describes the server as it is (the fix is only prepared) and keeps the probes.
    expect(downloaded).toMatchObject({
      kind: 'mailflow-tls-wizard-report',
      verdict: 'action-needed',
      fixes: { applied: { prepared: { fix: expect.stringContaining(fixFile) } } },
    })
    expect(downloaded.probes).toHaveLength(2)
    // Finish: what was found, done, left to do and saved, in one place.
    await page.getByRole('button', { name: 'Finish' }).click()
    await page.locator('[data-finished]').waitFor()
    expect(await page.textContent('[data-finish="fixes"]')).toContain('Prepared, not applied')
    expect(await page.textContent('[data-finish="report"]')).toContain('tls-report-')
    // No restart was scheduled here, so nothing will reopen the wizard by itself.
    expect(await page.textContent('[data-finished]')).not.toContain('opens by itself')
    await lookAt(page, '6-finish')
    const reportPage = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    await reportPage.goto(`file://${path.join(out, report as string)}`)
    const reportText = (await reportPage.textContent('body')) ?? ''
    expect(reportText).toMatch(/TLS 1\.2/)
    expect(reportText).toContain('Fix prepared, not applied')
    expect(reportText).not.toMatch(/Healthy/)
    // The symptom in words, with the message it stands for, never its id.
    expect(reportText).toContain('A sender gets a bounce (NDR): 421 4.4.2 Connection dropped')
    expect(reportText).not.toContain('ndr-socketerror')
    await reportPage.screenshot({ path: path.join(SHOTS, '7-report-opened.png'), fullPage: true })

    // Verify mode: the patched registry next to the diagnosis from before the fix.
    const patched = (await readdir(out)).find(
      (f) => f.endsWith('.reg') && !f.endsWith('.fix.reg') && !f.startsWith('tls-backup-'),
    )
    const verify = await open([
      '--registry',
      path.join(out, patched as string),
      '--before',
      before,
      '--out-dir',
      path.join(dir, 'out2'),
    ])
    // After the restart: the welcome-back, and the checks run by themselves.
    await verify.locator('[data-welcome-back]').waitFor({ timeout: 15_000 })
    await verify.locator('[data-before-after]').waitFor({ timeout: 15_000 })
    const table = (await verify.textContent('[data-before-after]')) ?? ''
    expect(table).toContain('TLS 1.2 is off for the server side')
    expect(table).toContain('fixed')
    expect(await verify.locator('[data-verdict="healthy"]').count()).toBe(1)
    await lookAt(verify, '8-verify')
  }, 120_000)

  it('opens a saved JSON report for review: nothing re-run', async () => {
    const report = path.join(dir, 'saved.json')
    expect(
      await runCli(['diagnose', '--registry', fixture, '--report', report], {
        out: () => {},
        err: () => {},
      }),
    ).toBe(1)
    const page = await open(['--registry', fixture, '--out-dir', path.join(dir, 'review')])
    await page.getByRole('heading', { name: 'This machine' }).waitFor({ timeout: 15_000 })
    await page.locator('input[type=file]').setInputFiles(report)
    await page.locator('[data-review]').waitFor({ timeout: 10_000 })
    expect(await page.textContent('main')).toContain('TLS 1.2 is off for the server side')
    expect(await page.getByRole('button', { name: 'Run the checks' }).count()).toBe(0)
    await lookAt(page, '9-review')
    await page.locator('input[type=file]').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion":1}'),
    })
    await page.getByRole('alert').waitFor({ timeout: 10_000 })
    expect(await page.textContent('[role=alert]')).toContain('is not a Mailflow TLS Wizard report')
    // A file that is not JSON at all: the message names the file the admin chose.
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('notes.txt is not JSON')
    // A way out of review mode: back to a live check of the registry this host serves.
    await page.getByRole('button', { name: 'Close the report and check this server' }).click()
    await page.locator('[data-review]').waitFor({ state: 'detached' })
    await page.locator('[data-verdict="action-needed"]').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('button', { name: 'Run again' }).count()).toBe(1)
  }, 60_000)

  it('an export of the SCHANNEL key alone: not enough evidence, never healthy, the commands shown', async () => {
    const reg = path.join(__dirname, '../fixtures/verdict/schannel-only-2008r2.reg')
    const page = await open(['--registry', reg, '--out-dir', path.join(dir, 'inconclusive')])
    await page.getByRole('heading', { name: 'This machine' }).waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('radio', { name: /Just check everything/ }).check()
    await page.getByRole('button', { name: 'Next' }).click()
    // The checks start by themselves; a file registry proposes no server to probe.
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0)
    await page.locator('[data-verdict="inconclusive"]').waitFor({ timeout: 30_000 })
    const verdict = (await page.textContent('[data-verdict]')) ?? ''
    expect(verdict).toContain('Result: Not enough evidence to decide')
    expect(verdict).toContain('Next: collect what is missing on the server')
    expect(verdict).toContain('Not shown by the registry: HKLM\\SOFTWARE')
    expect(await page.locator('[data-intent="warning"]').count()).toBe(1)
    expect(await page.locator('[data-intent="success"], [data-verdict="healthy"]').count()).toBe(0)
    // The exact commands, as text to copy.
    const commands =
      (await page.getByLabel('Commands that collect the missing registry keys').textContent()) ?? ''
    expect(commands).toContain(
      'reg export "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" tls-windows.reg /y',
    )
    expect(commands).toMatch(/^tlswizard diagnose --registry /m)
    // No check shows a green "OK" for keys it never saw.
    expect(await page.locator('[data-check] [data-state="ok"]').count()).toBe(0)
    expect(await page.locator('[data-check="dotnet"] [data-state="unknown"]').count()).toBe(1)
    // The problems lead, worst first.
    expect(await page.locator('[data-problem]').first().getAttribute('data-problem')).toBe(
      'evidence-incomplete',
    )
    await lookAt(page, '3-checks-inconclusive')
  }, 60_000)

  it('works with the keyboard alone and keeps the page CSP strict', async () => {
    const original = await readFile(fixture)
    const s = await serve(['--registry', fixture, '--out-dir', path.join(dir, 'kb')])
    served.push(s)
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    const response = await page.goto(s.url)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    await page.getByRole('heading', { name: 'This machine' }).waitFor({ timeout: 15_000 })
    // Tab to Next and press Enter; then choose a symptom with the arrow keys.
    for (
      let i = 0;
      i < 20 && !(await page.evaluate(() => document.activeElement?.textContent === 'Next'));
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'What do you see?' }).waitFor()
    for (
      let i = 0;
      i < 20 &&
      !(await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      ));
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    expect(await page.getByRole('radio', { name: /A sender gets a bounce/ }).isChecked()).toBe(true)
    // Walking the wizard never writes to the registry file it was given.
    expect((await readFile(fixture)).equals(original)).toBe(true)
  }, 60_000)
})
