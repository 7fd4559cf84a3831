import net from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PROBE_TLS_VERSIONS, type ProbeResult } from '../../../shared/probe'
import { probeTls } from '../../../main/probe/probe-tls'
import { forbidDns } from './no-dns'
import { closedPort, startRaw, type Running } from './servers'

forbidDns()

const TIMEOUT = 600
let server: Running | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length

/** Starts a misbehaving server, probes it in STARTTLS mode and checks nothing is left behind. */
async function probeRaw(
  onConnection: (s: net.Socket) => void,
  mode: 'starttls' | 'implicit' = 'starttls',
  timeoutMs = TIMEOUT,
): Promise<ProbeResult> {
  server = await startRaw(onConnection)
  const before = timers()
  const r = await probeTls({ host: '127.0.0.1', port: server.port, mode }, { timeoutMs })
  expect(r.durationMs).toBeLessThanOrEqual(timeoutMs + 100)
  for (let i = 0; i < 50 && server.open?.(); i++) await new Promise((ok) => setTimeout(ok, 10))
  expect(server.open?.()).toBe(0)
  expect(timers()).toBeLessThanOrEqual(before)
  return r
}

function expectAll(r: ProbeResult, result: string, error: RegExp) {
  for (const v of PROBE_TLS_VERSIONS) {
    expect(r.versions[v].result, v).toBe(result)
    expect(r.versions[v].accepted).toBe(false)
    expect(r.versions[v].error).toMatch(error)
  }
}

/** Writes `line` over and over, a batch per turn of the event loop so the probe gets to run. */
function flood(s: net.Socket, line: string) {
  const batch = line.repeat(Math.ceil(8192 / line.length))
  const next = () => {
    if (s.writable && s.bytesWritten < 1 << 20) s.write(batch, () => setImmediate(next))
  }
  next()
}

/** Answers EHLO with STARTTLS and then runs `afterStarttls` on the raw socket. */
function starttlsThen(afterStarttls: (s: net.Socket) => void) {
  return (s: net.Socket) => {
    s.write('220 hostile ESMTP\r\n')
    let upgraded = false
    s.on('data', (d) => {
      if (upgraded) return
      const text = d.toString('latin1')
      if (text.startsWith('EHLO')) s.write('250-hostile\r\n250 STARTTLS\r\n')
      else if (text.startsWith('MAIL')) s.write('250 OK\r\n')
      else if (text.startsWith('STARTTLS')) {
        upgraded = true
        s.write('220 Ready to start TLS\r\n')
        afterStarttls(s)
      } else s.write('250 OK\r\n')
    })
  }
}

describe('hostile and broken servers', () => {
  it('garbage instead of a banner ends the session as not SMTP, before any TLS', async () => {
    const r = await probeRaw((s) => s.end(Buffer.from([0x16, 0x03, 0x01, 0xff, 0x00, 0x0a])))
    expectAll(r, 'smtp-rejected', /not SMTP/)
    expect(r.starttlsOffered).toBeNull()
  })

  it('a banner that never ends stops at the byte cap', async () => {
    // A generous timeout: only the byte cap may end this one, even on a loaded machine.
    const r = await probeRaw((s) => flood(s, '220-still greeting you\r\n'), 'starttls', 5000)
    expectAll(r, 'smtp-rejected', /more than 65536 bytes during the greeting/)
  })

  it('a banner that trickles forever times out within the bound', async () => {
    const r = await probeRaw((s) => {
      const t = setInterval(() => s.write('220-slow\r\n'), 40)
      s.on('close', () => clearInterval(t))
    })
    expectAll(
      r,
      'timeout',
      /the reply during the greeting was still incomplete after 450 ms: "220-slow\.220-slow/,
    )
  })

  it('a line without end stops at the line cap', async () => {
    const r = await probeRaw((s) => s.write(`220 ${'A'.repeat(5000)}`))
    expectAll(r, 'smtp-rejected', /longer than 4096 bytes/)
  })

  it('a 250- list that never ends stops at the byte cap', async () => {
    const r = await probeRaw(
      (s) => {
        s.write('220 hi\r\n')
        s.once('data', () => flood(s, '250-XFEATURE\r\n'))
      },
      'starttls',
      5000,
    )
    expectAll(r, 'smtp-rejected', /more than 65536 bytes during EHLO/)
  })

  it('a drop after "220 Ready to start TLS" is refused during the handshake', async () => {
    const r = await probeRaw(starttlsThen((s) => s.destroy()))
    expectAll(r, 'refused', /closed the connection during the TLS handshake/)
    expect(r.starttlsOffered).toBe(true)
    expect(r.starttlsRequired).toBe(false)
  })

  it('a TLS alert answering the ClientHello is refused with the alert', async () => {
    // A fatal handshake_failure alert record.
    const alert = Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28])
    const r = await probeRaw(starttlsThen((s) => s.once('data', () => s.end(alert))))
    expectAll(r, 'refused', /TLS alert: .*handshake failure/)
  })

  it('plain text answering the ClientHello is refused as not TLS', async () => {
    const r = await probeRaw(starttlsThen((s) => s.once('data', () => s.end('500 what?\r\n'))))
    expectAll(r, 'refused', /did not answer in TLS/)
  })

  it('silence after STARTTLS times out in the handshake', async () => {
    const r = await probeRaw(starttlsThen(() => {}))
    expectAll(r, 'timeout', /TLS handshake within/)
  })

  it('a silent peer times out within the overall bound (STARTTLS and implicit)', async () => {
    const smtp = await probeRaw(() => {})
    expectAll(smtp, 'timeout', /greeting within/)
    expect(smtp.starttlsRequired).toBeNull()
    await server?.close()
    const implicit = await probeRaw(() => {}, 'implicit')
    expectAll(implicit, 'timeout', /TLS handshake within/)
  })

  it('a greeting other than 220 rejects the session before TLS (not a TLS refusal)', async () => {
    const r = await probeRaw((s) => s.end('554 5.3.2 go away\r\n'))
    expectAll(r, 'smtp-rejected', /did not greet with 220: 554 5\.3\.2 go away/)
  })

  it('EHLO rejected falls back to HELO, which means no STARTTLS', async () => {
    const r = await probeRaw((s) => {
      s.write('220 old\r\n')
      s.on('data', (d) => {
        const c = d.toString()
        s.write(c.startsWith('EHLO') ? '502 5.5.1 what\r\n' : '250 fine\r\n')
      })
    })
    expect(r.starttlsOffered).toBe(false)
    expectAll(r, 'smtp-rejected', /does not offer STARTTLS/)
    expect(r.transcript).toContain('C: HELO ' + r.transcript[1]?.slice('C: EHLO '.length))
  })

  it('STARTTLS answered with 454 rejects the session before TLS, with the reply', async () => {
    const r = await probeRaw((s) => {
      s.write('220 hi\r\n')
      s.on('data', (d) => {
        const c = d.toString()
        if (c.startsWith('EHLO')) s.write('250-hi\r\n250 STARTTLS\r\n')
        else if (c.startsWith('STARTTLS')) s.write('454 4.7.0 TLS not available\r\n')
        else if (c.startsWith('MAIL')) s.write('451 4.7.3 STARTTLS is required to send mail\r\n')
        else s.write('250 ok\r\n')
      })
    })
    expectAll(r, 'smtp-rejected', /STARTTLS was answered with 454 4\.7\.0 TLS not available/)
    expect(r.starttlsRequired).toBe(true)
  })

  it('a refused port is unreachable for every version', async () => {
    const port = await closedPort()
    const r = await probeTls({ host: '127.0.0.1', port, mode: 'starttls' }, { timeoutMs: TIMEOUT })
    expectAll(r, 'unreachable', /connection refused/)
    expect(r.starttlsOffered).toBeNull()
    expect(r.starttlsRequired).toBeNull()
    expect(r.certificate).toBeNull()
  })

  it('an unresolvable name is unreachable, and no connection is tried', async () => {
    const asked: string[] = []
    const lookup = async (host: string): Promise<{ address: string }> => {
      asked.push(host)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    }
    const connect = vi.spyOn(net, 'connect')
    try {
      const host = 'no-such-host.invalid'
      const r = await probeTls({ host, port: 25 }, { timeoutMs: TIMEOUT, lookup })
      expectAll(
        r,
        'unreachable',
        /the name no-such-host\.invalid could not be resolved \(ENOTFOUND\)/,
      )
      expect(r.durationMs).toBeLessThanOrEqual(TIMEOUT + 100)
      expect(asked).toEqual([host])
      expect(connect).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
    }
  })

  it('a name lookup that hangs is bounded too', async () => {
    const lookup = () => new Promise<{ address: string }>(() => {})
    const r = await probeTls({ host: 'slow.example', port: 25 }, { timeoutMs: 300, lookup })
    expectAll(r, 'unreachable', /name lookup within/)
  })
})
