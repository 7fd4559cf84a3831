import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WizardApi } from '../../../shared/channels'
import { EventHub } from '../../../main/web/event-hub'
import { startWebHost, type WebHost } from '../../../main/web/web-host'
import { InputError } from '../../../main/input-error'
import { scratchDir } from '../../helpers/demo'

const TOKEN = 'tok-secret-123'
const lines: string[] = []
const api = {
  'error:classify': async () => ({ symptom: null, matches: [] }),
  'language:set': async () => {
    throw new InputError('no such language here')
  },
} as unknown as WizardApi

let host: WebHost
beforeAll(async () => {
  host = await startWebHost({
    api,
    hub: new EventHub(),
    rendererDir: await scratchDir(),
    token: TOKEN,
    log: (level, message) => lines.push(`${level} ${message}`),
  })
})
afterAll(() => host.close())

function post(p: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: p,
        headers: {
          Host: `127.0.0.1:${host.port}`,
          'Content-Type': 'application/json',
          'X-Tlswizard-Token': TOKEN,
        },
        timeout: 5000,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

describe('the web host writes the support log', () => {
  it('each call: its channel and outcome, never the body or the token', async () => {
    expect(await post('/api/error:classify', { text: 'password=hunter2' })).toBe(200)
    expect(await post('/api/language:set', { language: 'en' })).toBe(400)
    expect(await post(`/api/nope?token=${TOKEN}`, {})).toBe(404)
    expect(lines).toEqual([
      'INFO web error:classify: ok',
      'ERROR web POST /api/language:set: 400 no such language here',
      'ERROR web POST /api/nope: 404 unknown channel "nope"',
    ])
    expect(lines.join('\n')).not.toContain(TOKEN)
    expect(lines.join('\n')).not.toContain('hunter2')
  })
})
