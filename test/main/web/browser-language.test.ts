/**
 * The browser's language never breaks the wizard (review finding: one failed language change, from
 * a damaged state file, failed every later API call until serve was restarted): a failure is
 * logged and the call answered; the language is tried again at the next call.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { WizardApi } from '../../../shared/channels'
import { untilDone } from '../../../main/until-done'
import { EventHub } from '../../../main/web/event-hub'
import { startWebHost, type WebHost } from '../../../main/web/web-host'
import { scratchDir } from '../../helpers/demo'

let host: WebHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

describe("the browser's language", () => {
  it('tried until it is taken once: a failure is not kept as the answer', async () => {
    const tries: Array<string | undefined> = []
    let broken = true
    const take = untilDone(async (header: string | undefined) => {
      tries.push(header)
      if (broken) throw new Error('state.json is damaged')
    })
    await expect(take('ro')).rejects.toThrow('damaged')
    broken = false
    await take('ro')
    await take('lt')
    // Taken once it worked: the later call does not change it again.
    expect(tries).toEqual(['ro', 'ro'])
  })

  it('a language that cannot be taken never fails the call: it is answered, and logged', async () => {
    const dir = await scratchDir()
    await mkdir(path.join(dir, 'assets'))
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><body></body>')
    const log: string[] = []
    host = await startWebHost({
      api: {
        'error:classify': async () => ({ symptom: null, matches: [] }),
        'machine:summary': async () => {
          throw new Error('not in this test')
        },
      } as unknown as WizardApi,
      hub: new EventHub(),
      rendererDir: dir,
      acceptLanguage: async () => {
        throw new Error('state.json is damaged; delete it')
      },
      log: (level, message) => log.push(`${level} ${message}`),
    })
    const res = await fetch(`http://127.0.0.1:${host.port}/api/error:classify`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-TlsWizard-Token': host.token,
        'Accept-Language': 'ro',
      },
      body: '{"text":"421"}',
      signal: AbortSignal.timeout(5000),
    })
    expect(res.status).toBe(200)
    expect(log).toContain('ERROR web language from the browser: state.json is damaged; delete it')
  })
})
