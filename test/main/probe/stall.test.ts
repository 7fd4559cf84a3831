import { afterEach, describe, expect, it } from 'vitest'
import { PROBE_TLS_VERSIONS, type ProbeResult } from '../../../shared/probe'
import { probeTls } from '../../../main/probe/probe-tls'
import { forbidDns } from './no-dns'
import type { Running } from './servers'
import { startStall, within, type Stall } from './stalling'

forbidDns()

const TIMEOUT = 1000
// The probe's own figure may not pass the timeout by more than a timer's slack.
const SLACK = 100

let server: Running | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length

/** Probes a stalling server; a probe that outlives its timeout fails the test at 2.5 times it. */
async function probeStall(kind: Stall): Promise<ProbeResult> {
  server = await startStall(kind)
  const before = timers()
  const started = performance.now()
  const mode = kind === 'implicit' ? 'implicit' : 'starttls'
  const r = await within(
    TIMEOUT * 2.5,
    probeTls({ host: '127.0.0.1', port: server.port, mode }, { timeoutMs: TIMEOUT }),
  )
  const wall = performance.now() - started
  expect(r.durationMs).toBeLessThanOrEqual(TIMEOUT + SLACK)
  expect(wall).toBeLessThanOrEqual(TIMEOUT + 3 * SLACK)
  for (let i = 0; i < 50 && server.open?.(); i++) await new Promise((ok) => setTimeout(ok, 10))
  expect(server.open?.(), 'connections left open').toBe(0)
  expect(timers(), 'timers left running').toBeLessThanOrEqual(before)
  return r
}

function expectAll(r: ProbeResult, result: string, error: RegExp) {
  for (const v of PROBE_TLS_VERSIONS) {
    expect(r.versions[v].result, v).toBe(result)
    expect(r.versions[v].error, v).toMatch(error)
  }
}

describe('a server that stalls part-way can never outlive the timeout', () => {
  it('"220" with no line end, then silence: a timeout in the greeting', async () => {
    const r = await probeStall('banner')
    expectAll(r, 'timeout', /the greeting .*"220"/)
    expect(r.starttlsRequired).toBeNull()
  })

  it('a banner dripped one byte at a time: the bytes do not extend the time', async () => {
    const r = await probeStall('drip')
    expectAll(r, 'timeout', /the greeting/)
  })

  it('half a reply to STARTTLS: a timeout in STARTTLS', async () => {
    const r = await probeStall('starttls')
    expectAll(r, 'timeout', /STARTTLS .*"220 Rea"/)
    expect(r.starttlsOffered).toBe(true)
    expect(r.starttlsRequired).toBe(false)
  })

  it('a ClientHello never answered (STARTTLS and implicit TLS): a timeout in the handshake', async () => {
    expectAll(await probeStall('handshake'), 'timeout', /TLS handshake/)
    await server?.close()
    expectAll(await probeStall('implicit'), 'timeout', /TLS handshake/)
  })

  it('half a reply to MAIL FROM on the requirement check: the verdict is unknown, in time', async () => {
    const r = await probeStall('mail')
    expectAll(r, 'smtp-rejected', /STARTTLS was answered with 454/)
    expect(r.starttlsRequired).toBeNull()
    expect(r.transcript.join('\n')).toMatch(/timeout: .*MAIL FROM/)
  })
})
