/** A system Chromium, Chrome or Edge driven by playwright-core, and `tlswizard serve` as a child process. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { scratchDir } from '../helpers/demo'
import { findBrowser } from '../../scripts/test-tools.mjs'
import { remedy } from '../../scripts/ensure-test-deps.mjs'

/** Where browser tests put their screenshots (printed, gitignored). */
export const SHOTS = path.join(__dirname, '../../test-output/screenshots')
const BIN = path.join(__dirname, '../../bin/tlswizard.cjs')

/** Launches the browser headless; fails (never skips) when none is installed, saying what to install. */
export async function launch(): Promise<Browser> {
  const executablePath = findBrowser()
  if (!executablePath) throw new Error(`no Chromium-based browser found: ${remedy()}`)
  await mkdir(SHOTS, { recursive: true })
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: 30_000,
  })
}

/** A running `tlswizard serve`. */
export interface Served {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts `tlswizard serve ARGS` and waits (bounded) for its first line, the address. */
export function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start within 15 s: ${stderr}`)),
      15_000,
    )
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer)
      const m = /^Wizard ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line)
      if (!m) return reject(new Error(`unexpected first line: ${line}`))
      resolve({
        url: m[1] as string,
        child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    })
  })
}

/** One test file's browser, scratch folder and web hosts: opened before its tests, closed after. */
export interface BrowserSuite {
  browser: Browser
  dir: string
  /** `serve(args)`, stopped after the file's tests. */
  serve(args: string[]): Promise<Served>
}

/** Sets up a BrowserSuite for the calling test file (call at its top level). */
export function browserSuite(): BrowserSuite {
  const served: Served[] = []
  const suite: BrowserSuite = {
    browser: undefined as unknown as Browser,
    dir: '',
    async serve(args) {
      const s = await serve(args)
      served.push(s)
      return s
    },
  }
  beforeAll(async () => {
    suite.browser = await launch()
    suite.dir = await scratchDir()
  }, 60_000)
  afterAll(async () => {
    await Promise.all(served.map((s) => s.stop()))
    await suite.browser?.close()
  })
  return suite
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as {
    violations: Array<{
      id: string
      impact: string
      nodes: Array<{ target: string[]; html: string }>
    }>
  }
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
    )
}

/** Screenshot, a check that nothing is wider than the window, and axe. */
export async function lookAt(page: Page, name: string): Promise<void> {
  // Let running transitions end (a button changing look mid-fade has no colour to judge yet);
  // bounded, as every wait here.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((done) => setTimeout(done, 2000)),
    ]),
  )
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  if (overflow > 0) throw new Error(`${name}: content is ${overflow}px wider than the window`)
  const violations = await axeViolations(page)
  if (violations.length)
    throw new Error(`${name}: accessibility violations:\n${violations.join('\n')}`)
}
