import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { PROBE_TLS_VERSIONS } from '../../../shared/probe'
import { serveWizard } from '../../../main/web/serve'
import type { WebHost } from '../../../main/web/web-host'
import { scratchDir } from '../../helpers/demo'
import { forbidDns } from '../probe/no-dns'
import type { Running } from '../probe/servers'
import { startStall, type Stall } from '../probe/stalling'

forbidDns()

const TIMEOUT = 1500
// The answer may come a little after the probes end (the registry diagnosis, JSON, HTTP).
const BOUND = TIMEOUT + 1500

let host: WebHost
const stalled = new Map<Stall, Running>()
beforeAll(async () => {
  host = await serveWizard({
    demo: '2012r2-ex2016',
    outDir: await scratchDir(),
    probeTimeoutMs: TIMEOUT,
  })
  for (const kind of ['banner', 'drip', 'starttls', 'handshake', 'implicit'] as const)
    stalled.set(kind, await startStall(kind))
})
afterAll(async () => {
  await Promise.all([...stalled.values()].map((s) => s.close()))
  await host.close()
})

/** POST diagnosis:run; the request itself gives up at BOUND, so a hang fails instead of waiting. */
async function diagnose(kinds: Stall[]) {
  const probes = kinds.map((kind) => ({
    host: '127.0.0.1',
    port: stalled.get(kind)?.port as number,
    mode: kind === 'implicit' ? ('implicit' as const) : ('starttls' as const),
    role: 'smarthost' as const,
  }))
  const started = performance.now()
  const res = await fetch(`http://127.0.0.1:${host.port}/api/diagnosis:run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': host.token },
    body: JSON.stringify({ symptom: null, pastedText: null, probes }),
    signal: AbortSignal.timeout(BOUND),
  })
  const body: unknown = await res.json()
  return { status: res.status, ms: performance.now() - started, body }
}

describe('diagnosis:run over the web host against servers that stall part-way', () => {
  it.each(['banner', 'drip', 'starttls'] as const)(
    '%s: the answer comes within the probe timeout',
    async (kind) => {
      const { status, ms, body } = await diagnose([kind])
      expect(status).toBe(200)
      expect(ms).toBeLessThan(TIMEOUT + 500)
      const r = diagnosisSchema.parse((body as { diagnosis: unknown }).diagnosis).probes?.[0]
        ?.result
      for (const v of PROBE_TLS_VERSIONS) expect(r?.versions[v].result, v).toBe('timeout')
    },
  )

  it('all five at once: one answer, every version of every target timed out', async () => {
    const kinds: Stall[] = ['banner', 'drip', 'starttls', 'handshake', 'implicit']
    const { status, ms, body } = await diagnose(kinds)
    expect(status).toBe(200)
    expect(ms).toBeLessThan(TIMEOUT + 500)
    const d = diagnosisSchema.parse((body as { diagnosis: unknown }).diagnosis)
    expect(d.probes).toHaveLength(kinds.length)
    for (const o of d.probes ?? [])
      for (const v of PROBE_TLS_VERSIONS) expect(o.result.versions[v].result, v).toBe('timeout')
    expect(d.findings.filter((f) => f.id === 'probe-unreachable')).toHaveLength(kinds.length)
  })
})
