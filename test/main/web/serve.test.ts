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
  it('refuses a plan that writes outside the allow-list, with a clear message, and changes nothing', async () => {
    const plan = (await post('fixes:plan', {})).body as {
      changes: Array<Record<string, unknown>>
      createKeys: string[]
      restartNeeded: boolean
    }
    expect(plan.changes).toHaveLength(8)
    const evil = {
      ...plan,
      changes: [
        {
          ...plan.changes[0],
          key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
          value: 'updater',
        },
      ],
    }
    const r = await post('fixes:apply', { plan: evil })
    expect(r.status).toBe(400)
    expect(r.body.error).toBe(
      'refused to change HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\updater: the fix engine only writes the TLS 1.2 Schannel, .NET TLS and WinHTTP values it knows',
    )
    const tooBig = { ...plan, changes: [{ ...plan.changes[0], after: 2 ** 40 }] }
    expect((await post('fixes:apply', { plan: tooBig })).status).toBe(400)
    expect(((await post('fixes:plan', {})).body as { changes: unknown[] }).changes).toHaveLength(8)
  })

  it('offers the current report as a download', async () => {
    const res = await fetch(
      `http://127.0.0.1:${host.port}/api/report?format=html&redact=1&token=${host.token}`,
      { signal: AbortSignal.timeout(10_000) },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="tls-report-redacted.html"',
    )
    const html = await res.text()
    expect(html).not.toContain('ex2016')
    expect(html).not.toContain('<script')
  })
})
