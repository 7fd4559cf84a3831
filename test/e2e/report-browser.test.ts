/**
 * The report in a real browser: Chromium (or Chrome, Edge) opens the page the built CLI wrote (after probing
 * a hostile SMTP server on 127.0.0.1), proves it inert in the live DOM, screenshots it, prints it to
 * PDF, and poppler turns the pages into PNGs. Screenshots land in test-output/report-e2e/.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch } from './browser'
import { findOnPath } from '../../scripts/test-tools.mjs'
import { remedy } from '../../scripts/ensure-test-deps.mjs'
import { renderReportHtml } from '../../main/report/render-html'
import { ALL_HOSTILE, HOSTILE, hostileReport } from '../main/report/fixtures'

const ROOT = path.join(__dirname, '../..')
const BIN = path.join(ROOT, 'bin/tlswizard.cjs')
const OUT = path.join(ROOT, 'test-output/report-e2e')
const run = promisify(execFile)

/** The built CLI, as a user runs it; bounded, and never blocking this process' own servers. */
function tlswizard(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { timeout: 30_000 })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.stderr.on('data', (d: Buffer) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

/** An SMTP server on 127.0.0.1 whose every reply carries a payload. */
function hostileSmtp(): Promise<net.Server> {
  const server = net.createServer((s) => {
    s.setTimeout(5_000, () => s.destroy())
    s.on('error', () => undefined)
    s.write(`220 ${HOSTILE.script} ESMTP\r\n`)
    let buf = ''
    s.on('data', (d: Buffer) => {
      buf += d.toString('latin1')
      for (let i = buf.indexOf('\r\n'); i >= 0; i = buf.indexOf('\r\n')) {
        const line = buf.slice(0, i)
        buf = buf.slice(i + 2)
        if (/^(EHLO|HELO)/i.test(line))
          s.write(`250-${HOSTILE.img}\r\n250-${HOSTILE.style}\r\n250 STARTTLS\r\n`)
        else if (/^STARTTLS/i.test(line)) s.write(`454 4.7.0 ${HOSTILE.js}\r\n`)
        else if (/^MAIL/i.test(line)) s.write(`530 5.7.0 ${HOSTILE.url}\r\n`)
        else if (/^QUIT/i.test(line)) s.end('221 bye\r\n')
        else s.write('500 5.5.1 unknown\r\n')
      }
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** `p`, or a failure after `ms` (page.pdf has no time limit of its own). */
function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms)
  })
  return Promise.race([p, limit]).finally(() => clearTimeout(timer))
}

let browser: Browser
let smtp: net.Server

beforeAll(async () => {
  // A missing browser or poppler is a failure with a remedy, never a silent skip.
  // launch() below checks the browser.
  for (const tool of ['pdftoppm', 'pdftotext'])
    if (!findOnPath(tool)) throw new Error(`poppler's ${tool} is not on PATH: ${remedy()}`)
  if (!existsSync(path.join(ROOT, 'dist/cli.cjs')))
    throw new Error('dist/cli.cjs is missing: run npm run build first')
  await rm(OUT, { recursive: true, force: true })
  await mkdir(OUT, { recursive: true })
  smtp = await hostileSmtp()
  browser = await launch()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (smtp ? smtp.close(resolve) : resolve(undefined)))
})

/** Opens a file; every request other than the page itself and every dialog is recorded. */
async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  const url = pathToFileURL(file).href
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (r) => void (r.url() !== url && requests.push(r.url())))
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()))
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 })
  return { page, requests, dialogs }
}

/** Opens a report and asserts, in the live DOM, that nothing in it can run or fetch. */
async function inert(file: string) {
  const { page, requests, dialogs } = await open(file)
  const dom = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'))
    return {
      scripts: document.scripts.length,
      active: all
        .filter((e) => /^(IMG|LINK|IFRAME|OBJECT|EMBED|BASE|FORM|A|SVG)$/i.test(e.tagName))
        .map((e) => e.tagName),
      handlers: all.flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => a.name),
      ),
      urls: all.flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => /(https?:|javascript:|\/\/)/i.test(a.value))
          .map((a) => `${a.name}=${a.value}`),
      ),
      text: document.body.innerText,
    }
  })
  expect(dom.scripts).toBe(0)
  expect(dom.active).toEqual([])
  expect(dom.handlers).toEqual([])
  expect(dom.urls).toEqual([])
  expect(requests).toEqual([])
  expect(dialogs).toEqual([])
  return { page, text: dom.text }
}

describe('the HTML report in Chromium', () => {
  it('hostile text in every outside field (registry, banner, certificate, log line, machine name)', async () => {
    const file = path.join(OUT, 'hostile-fields.html')
    await writeFile(file, renderReportHtml(await hostileReport()))
    const { page, text } = await inert(file)
    expect(text.split(ALL_HOSTILE).length - 1).toBeGreaterThanOrEqual(10)
    const shot = path.join(OUT, 'hostile-fields.png')
    await page.screenshot({ path: shot, fullPage: true, timeout: 15_000 })
    console.log(`screenshot: ${shot}`)
    await page.close()
  })

  it('hostile banner and EHLO lines from a live probe: inert in the DOM, shown as text', async () => {
    const port = (smtp.address() as net.AddressInfo).port
    const file = path.join(OUT, 'hostile-probe.html')
    const r = await tlswizard([
      'diagnose',
      '--demo',
      '2012r2-ex2016',
      '--probe',
      `127.0.0.1:${port}`,
      '--timeout',
      '3000',
      '--report',
      file,
    ])
    expect(r.err).toBe('')
    expect(r.code).toBe(1)
    const { page, text } = await inert(file)
    for (const payload of [HOSTILE.script, HOSTILE.img, HOSTILE.style])
      expect(text, payload).toContain(payload)
    const shot = path.join(OUT, 'hostile-probe.png')
    await page.screenshot({ path: shot, fullPage: true, timeout: 15_000 })
    console.log(`screenshot: ${shot}`)
    await page.close()
  })

  it('the demo report: screenshot, PDF with the verdict on page 1, pages as PNG', async () => {
    const file = path.join(OUT, 'demo.html')
    expect((await tlswizard(['diagnose', '--demo', '2012r2-ex2016', '--report', file])).code).toBe(
      1,
    )
    const { page, requests } = await open(file)
    const shot = path.join(OUT, 'demo.png')
    await page.screenshot({ path: shot, fullPage: true, timeout: 15_000 })
    const pdf = path.join(OUT, 'demo.pdf')
    await bounded(page.pdf({ path: pdf, format: 'A4', printBackground: true }), 15_000, 'page.pdf')
    await page.close()
    expect(requests).toEqual([])
    await run('pdftoppm', ['-png', '-r', '70', pdf, path.join(OUT, 'demo-page')], {
      timeout: 30_000,
    })
    const pages = (await readdir(OUT)).filter((n) => /^demo-page-\d+\.png$/.test(n))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const first = await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { timeout: 30_000 })
    expect(first.stdout).toContain('Action needed')
    expect(first.stdout).toContain('cannot reliably do TLS 1.2 with Office 365')
    // Page one answers "what now?": the verdict and the problems, worst first.
    expect(first.stdout).toContain('Problems')
    expect(first.stdout).toContain('TLS 1.2 is switched off for incoming connections')
    console.log(
      `screenshot: ${shot}\npdf: ${pdf} (${pages.length} pages as ${OUT}/demo-page-N.png)`,
    )
  })

  it('an inconclusive report: its own words in the warning colour, the commands on page 1', async () => {
    const file = path.join(OUT, 'inconclusive.html')
    const reg = path.join(ROOT, 'test/fixtures/verdict/schannel-only-2008r2.reg')
    expect((await tlswizard(['diagnose', '--registry', reg, '--report', file])).code).toBe(4)
    const { page, text } = await inert(file)
    expect(text).toContain('Not enough evidence to decide')
    expect(text).not.toContain('Healthy')
    // Neither the green of "healthy" nor the red of "action needed": the warning colour.
    const colour = await page.evaluate(() => {
      const word = document.querySelector('.verdict .word') as HTMLElement
      return getComputedStyle(word).color
    })
    expect(colour).toBe('rgb(125, 78, 0)')
    const shot = path.join(OUT, 'inconclusive.png')
    await page.screenshot({ path: shot, fullPage: true, timeout: 15_000 })
    const pdf = path.join(OUT, 'inconclusive.pdf')
    await bounded(page.pdf({ path: pdf, format: 'A4', printBackground: true }), 15_000, 'page.pdf')
    await page.close()
    const first = await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { timeout: 30_000 })
    expect(first.stdout).toContain('Not enough evidence to decide')
    expect(first.stdout).toContain(
      'reg export "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"',
    )
    console.log(`screenshot: ${shot}\npdf: ${pdf}`)
  })
})
