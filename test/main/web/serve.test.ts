import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveWizard } from '../../../main/web/serve'
import type { WebHost } from '../../../main/web/web-host'
import { scratchDir } from '../../helpers/demo'

let host: WebHost
beforeAll(async () => {
  host = await serveWizard({ demo: '2012r2-ex2016', outDir: await scratchDir() })
})
afterAll(() => host.close())

async function post(channel: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': host.token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('tlswizard serve: the real service behind the web host', () => {
  it('applies only the plan it computes itself: a client can name a plan, never supply one', async () => {
    const plan = (await post('fixes:plan', {})).body as {
      id: string
      changes: Array<Record<string, unknown>>
    }
    expect(plan.changes).toHaveLength(8)
    // The old contract (the client sends the plan's data) is refused by the schema itself.
    const evil = {
      ...plan,
      changes: [{ ...plan.changes[0], value: 'DisabledByDefault', after: 1 }],
    }
    const r = await post('fixes:apply', { plan: evil })
    expect(r.status).toBe(400)
    expect(r.body.error).toMatch(/bad request for fixes:apply: .*planId/)
    const other = await post('fixes:apply', { planId: 'b'.repeat(64) })
    expect(other.status).toBe(400)
    expect(other.body.error).toMatch(/changed since this plan was shown/)
    expect((await post('fixes:apply', { planId: 'not-a-hash' })).status).toBe(400)
    expect(((await post('fixes:plan', {})).body as { changes: unknown[] }).changes).toHaveLength(8)
  })

  it('offers the current report as a download', async () => {
    const res = await fetch(
      `http://127.0.0.1:${host.port}/api/report?format=html&redact=1&token=${host.token}`,
      { signal: AbortSignal.timeout(10_000) },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tls-report-redacted-\d{8}-\d{6}\.html"$/,
    )
    const html = await res.text()
    expect(html).not.toContain('ex2016')
    expect(html).not.toContain('<script')
  })

  it('an uploaded file that is not JSON: named, and said in the language chosen', async () => {
    expect((await post('language:set', { language: 'lt' })).status).toBe(200)
    try {
      const named = await post('report:open', { text: 'hello', name: 'ataskaita.txt' })
      expect(named.status).toBe(400)
      expect(named.body.error).toBe('ataskaita.txt nėra JSON: netinkamas JSON')
      const unnamed = await post('report:open', { text: 'hello' })
      expect(unnamed.body.error).toBe('įkeltas ataskaitos failas nėra JSON: netinkamas JSON')
      const forged = await post('report:open', { text: 'hello', name: 'a.json\nforged line' })
      expect(forged.status).toBe(400)
      expect(forged.body.error).toMatch(/bad request for report:open: .*name/)
    } finally {
      await post('language:set', { language: 'en' })
    }
  })
})
