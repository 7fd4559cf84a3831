import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WizardApi } from '../../../shared/channels'
import { EventHub } from '../../../main/web/event-hub'
import { startWebHost, type WebHost } from '../../../main/web/web-host'
import { InputError } from '../../../main/input-error'
import { scratchDir } from '../../helpers/demo'

function call(
  host: WebHost,
  method: string,
  p: string,
  o: { headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method,
          path: p,
          headers: { Host: `127.0.0.1:${host.port}`, ...o.headers },
          timeout: 5000,
        },
        (res) => {
          let body = ''
          res.on('data', (d: Buffer) => (body += d.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
        },
      )
      req.on('error', reject)
      req.end(o.body)
    },
  )
}

const calls: unknown[] = []
const api = {
  'error:classify': async (req: unknown) => {
    calls.push(req)
    return { symptom: null, matches: [] }
  },
  'language:set': async () => {
    throw new InputError('no such language here')
  },
} as unknown as WizardApi

let host: WebHost
let hub: EventHub
beforeAll(async () => {
  const dir = await scratchDir()
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>w</title>')
  await writeFile(path.join(dir, 'assets', 'a.js'), 'console.log(1)')
  await writeFile(path.join(dir, 'assets', 'index-BKDQqQ_-.js'), 'console.log(2)')
  await writeFile(path.join(path.dirname(dir), 'secret.json'), '{"secret":1}')
  hub = new EventHub()
  host = await startWebHost({ api, hub, rendererDir: dir, token: 'tok-123' })
})
afterAll(() => host.close())

const json = (token = 'tok-123') => ({
  'Content-Type': 'application/json',
  'X-TlsWizard-Token': token,
})

describe('loopback web host', () => {
  it('serves the page only with the token, under a strict CSP, on 127.0.0.1', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=tok-123`)
    expect((await call(host, 'GET', '/')).status).toBe(401)
    expect((await call(host, 'GET', '/?token=nope')).status).toBe(401)
    const ok = await call(host, 'GET', '/?token=tok-123')
    expect(ok.status).toBe(200)
    expect(ok.headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'")
    expect((await call(host, 'GET', '/assets/a.js')).status).toBe(200)
    expect((await call(host, 'GET', '/../secret.json')).status).toBe(404)
    expect((await call(host, 'GET', '/%2e%2e/secret.json')).status).toBe(404)
  })

  it('lets the browser keep a script named after its content, and nothing else', async () => {
    // The page (its address holds the token) is never stored; a built chunk never changes.
    expect((await call(host, 'GET', '/?token=tok-123')).headers['cache-control']).toBe('no-store')
    const hashed = await call(host, 'GET', '/assets/index-BKDQqQ_-.js')
    expect(hashed.body).toBe('console.log(2)')
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await call(host, 'GET', '/assets/a.js')).headers['cache-control']).toBe('no-cache')
    // Not found is not cached either.
    expect((await call(host, 'GET', '/assets/gone-BKDQqQ_-.js')).headers['cache-control']).toBe(
      'no-store',
    )
  })

  // DNS rebinding: a page on evil.example, its name re-pointed at 127.0.0.1, reaches this very
  // port, so the browser sends the right port with the attacker's name. Only the name tells.
  const foreign = (port: number) => [
    `evil.example:${port}`,
    `127.0.0.1.evil.example:${port}`,
    `localhost.:${port}`,
    `evil.example:80`,
  ]

  it('refuses a foreign Host on the right port (DNS rebinding), for the page and the API', async () => {
    for (const name of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
      expect((await call(host, 'GET', '/?token=tok-123', { headers: { Host: name } })).status).toBe(
        200,
      )
    }
    for (const name of foreign(host.port)) {
      const page = await call(host, 'GET', '/?token=tok-123', { headers: { Host: name } })
      expect(page.status, `page, Host: ${name}`).toBe(403)
      expect(page.body).not.toContain('<title>')
      const api = await call(host, 'POST', '/api/error:classify', {
        headers: { ...json(), Host: name },
        body: '{"text":"x"}',
      })
      expect(api.status, `API, Host: ${name}`).toBe(403)
    }
    expect(calls).toEqual([])
  })

  it('refuses a foreign Origin on the right port, for the page and the API', async () => {
    for (const name of foreign(host.port)) {
      const page = await call(host, 'GET', '/?token=tok-123', {
        headers: { Origin: `http://${name}` },
      })
      expect(page.status, `page, Origin: http://${name}`).toBe(403)
      const api = await call(host, 'POST', '/api/error:classify', {
        headers: { ...json(), Origin: `http://${name}` },
        body: '{"text":"x"}',
      })
      expect(api.status, `API, Origin: http://${name}`).toBe(403)
    }
    expect(calls).toEqual([])
  })

  it('API: 401 without the token, 400 with a clear message for a bad payload, 404 for an unknown channel', async () => {
    expect(
      (
        await call(host, 'POST', '/api/error:classify', {
          headers: json('wrong'),
          body: '{"text":"x"}',
        })
      ).status,
    ).toBe(401)
    const bad = await call(host, 'POST', '/api/error:classify', {
      headers: json(),
      body: '{"text":5}',
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error).toMatch(/^bad request for error:classify: text: /)
    const extra = await call(host, 'POST', '/api/error:classify', {
      headers: json(),
      body: '{"text":"x","evil":1}',
    })
    expect(extra.status).toBe(400)
    expect(
      (await call(host, 'POST', '/api/error:classify', { headers: json(), body: '{nope' })).status,
    ).toBe(400)
    expect(
      (await call(host, 'POST', '/api/shell:exec', { headers: json(), body: '{}' })).status,
    ).toBe(404)
    expect(calls).toEqual([])
    const ok = await call(host, 'POST', '/api/error:classify', {
      headers: { ...json(), Origin: `http://127.0.0.1:${host.port}` },
      body: '{"text":"421"}',
    })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toEqual({ symptom: null, matches: [] })
    expect(calls).toEqual([{ text: '421' }])
    const refused = await call(host, 'POST', '/api/language:set', {
      headers: json(),
      body: '{"language":"en"}',
    })
    expect(refused).toMatchObject({ status: 400, body: '{"error":"no such language here"}' })
  })

  it('streams progress events to subscribers', async () => {
    const got = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events?token=tok-123',
          headers: { Host: `127.0.0.1:${host.port}` },
          timeout: 5000,
        },
        (res) => {
          let text = ''
          res.on('data', (d: Buffer) => {
            text += d.toString()
            if (text.includes(': connected'))
              hub.emit('diagnosis:progress', {
                id: 'schannel',
                kind: 'check',
                label: 'check.schannel',
                state: 'ok',
              })
            if (text.includes('data:')) {
              req.destroy()
              resolve(text)
            }
          })
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(got).toContain(
      'event: diagnosis:progress\ndata: {"id":"schannel","kind":"check","label":"check.schannel","state":"ok"}',
    )
  })
})
