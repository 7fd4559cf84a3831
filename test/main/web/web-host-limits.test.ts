/**
 * The web host's limits (review findings): every way of naming the page needs the token; the event
 * stream carries the same security headers as every other answer; an address that is not one is a
 * 400; and no client is waited for without bound: a socket that sends nothing is closed, and a
 * refused request is not read to its end.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WizardApi } from '../../../shared/channels'
import { EventHub } from '../../../main/web/event-hub'
import { startWebHost, type WebHost } from '../../../main/web/web-host'
import { scratchDir } from '../../helpers/demo'

let host: WebHost
beforeAll(async () => {
  const dir = await scratchDir()
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>w</title>')
  host = await startWebHost({
    api: {} as WizardApi,
    hub: new EventHub(),
    rendererDir: dir,
    token: 'tok-123',
    idleTimeoutMs: 300,
  })
})
afterAll(() => host.close())

/** Sends `text` on a raw connection; resolves with what came back once the server closes it. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(text))
    let got = ''
    socket.on('data', (d) => (got += d.toString()))
    socket.on('close', () => resolve(got))
    socket.on('error', reject)
    // A bound of our own, far above the host's: the test fails rather than hangs.
    setTimeout(() => {
      socket.destroy()
      reject(new Error(`still open after 10 s; got ${JSON.stringify(got)}`))
    }, 10_000)
  })
}

const get = (p: string) =>
  fetch(`http://127.0.0.1:${host.port}${p}`, { signal: AbortSignal.timeout(5000) })

describe('web host limits', () => {
  it.each([
    '/',
    '/index.html',
    '/index.html/',
    '/%69ndex.html',
    '/x/../index.html',
    '//index.html',
  ])('the page as %s needs the token', async (p) => {
    expect((await get(p)).status).toBe(401)
    const ok = await get(`${p}?token=tok-123`)
    expect(ok.status).toBe(200)
    expect(await ok.text()).toContain('<title>w</title>')
  })

  it('the event stream carries the CSP and the other security headers', async () => {
    const controller = new AbortController()
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=tok-123`, {
      signal: controller.signal,
    })
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    controller.abort()
  })

  it('a request line with an address that is not one: 400, not an unexpected failure', async () => {
    const answer = await raw(
      `GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(answer).toContain('the address is not valid')
  })

  it('a connection that sends nothing is closed', async () => {
    expect(await raw('')).toBe('')
  })

  it('a refused request is answered at once and its body is not waited for', async () => {
    // No token, and a body announced that never comes in full.
    const answer = await raw(
      `POST /api/error:classify HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":',
    )
    expect(answer).toMatch(/^HTTP\/1\.1 401 /)
  })
})
