/**
 * The Welcome step's answers sent with the page (main/web/first-screen.ts): the same answers the
 * API gives, in the browser's language, safe whatever the machine's names hold; and a failing or
 * slow engine still gets its page, without them, at once after the wait.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIRST_SCREEN_ELEMENT } from '../../../shared/bridge'
import type { WizardApi } from '../../../shared/channels'
import { EventHub } from '../../../main/web/event-hub'
import { serveWizard } from '../../../main/web/serve'
import { startWebHost, type WebHost } from '../../../main/web/web-host'
import { scratchDir, snapshotNamed } from '../../helpers/demo'

const PAGE =
  '<!doctype html><html><head><title>w</title></head><body><div id="root"></div></body></html>'

async function rendererDir(): Promise<string> {
  const dir = await scratchDir()
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), PAGE)
  return dir
}

let host: WebHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function page(headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(host!.url, { headers, signal: AbortSignal.timeout(10_000) })
  expect(res.status).toBe(200)
  return res.text()
}

async function post(channel: string, body: unknown): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${host!.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': host!.token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  return res.json()
}

const OPEN = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT}">`

/** The data block's JSON as the browser reads it: from its open tag to the first `</script`. */
function block(html: string): { machine: Record<string, unknown>; targets: unknown[] } | null {
  const start = html.indexOf(OPEN)
  if (start < 0) return null
  const body = html.slice(start + OPEN.length, html.indexOf('</script', start))
  return JSON.parse(body) as { machine: Record<string, unknown>; targets: unknown[] }
}

describe('the page comes with the Welcome step', () => {
  it('carries the same machine summary and targets the API answers, before the end of the body', async () => {
    host = await serveWizard({
      demo: '2012r2-ex2016',
      outDir: await scratchDir(),
      rendererDir: await rendererDir(),
      language: 'en',
    })
    const html = await page()
    const sent = block(html)
    expect(sent).not.toBeNull()
    expect(sent!.machine).toEqual(await post('machine:summary', {}))
    expect(sent!.targets).toEqual(await post('targets:propose', { domain: null }))
    expect(html.startsWith(PAGE.slice(0, PAGE.indexOf('</body>')))).toBe(true)
    expect(html.endsWith(`</script></body></html>`)).toBe(true)
  })

  it("speaks the browser's language, as the first API call would", async () => {
    host = await serveWizard({
      demo: '2012r2-ex2016',
      outDir: await scratchDir(),
      rendererDir: await rendererDir(),
    })
    const sent = block(await page({ 'Accept-Language': 'lt-LT,lt;q=0.9,en;q=0.5' }))
    expect(sent!.machine.language).toBe('lt')
  })

  it('a machine name made to end the block or open a comment stays data', async () => {
    const name = '</script><script>alert(1)</script><!--<SCRIPT>'
    host = await serveWizard({
      registry: await snapshotNamed(name),
      outDir: await scratchDir(),
      rendererDir: await rendererDir(),
      language: 'en',
    })
    const html = await page()
    // One script element, the block; the name is inside it, whole.
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(html).not.toContain('<!--')
    const machine = block(html)!.machine.machine as { computerName: string }
    expect(machine.computerName).toBe(name)
  })
})

describe('an engine that cannot answer in time still gets its page', () => {
  async function hostOver(summary: () => Promise<unknown>, waitMs: number) {
    const log: string[] = []
    const api = {
      'machine:summary': summary,
      'targets:propose': async () => [],
    } as unknown as WizardApi
    host = await startWebHost({
      api,
      hub: new EventHub(),
      rendererDir: await rendererDir(),
      firstScreenWaitMs: waitMs,
      log: (level, message) => log.push(`${level} ${message}`),
    })
    return log
  }

  it('failing: the page without the block, and the support log says why', async () => {
    const log = await hostOver(async () => {
      throw new Error('the registry could not be read')
    }, 10_000)
    expect(await page()).toBe(PAGE)
    expect(log).toEqual([
      'INFO web page: sent without the first screen (the registry could not be read)',
    ])
  })

  it('answering with what the API would refuse: the page without the block', async () => {
    const log = await hostOver(async () => ({ machine: 'not a summary' }), 10_000)
    expect(await page()).toBe(PAGE)
    expect(log[0]).toMatch(/^INFO web page: sent without the first screen \(/)
  })

  it('never answering: the page without the block once the wait is over', async () => {
    const log = await hostOver(() => new Promise(() => undefined), 50)
    expect(await page()).toBe(PAGE)
    expect(log).toEqual([
      'INFO web page: sent without the first screen (engine slower than the wait)',
    ])
  })
})
