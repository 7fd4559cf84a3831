import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  PROBE_TLS_VERSIONS,
  probeResultSchema,
  type ProbeResult,
  type ProbeTlsVersion,
} from '../../../shared/probe'
import { probeTls } from '../../../main/probe/probe-tls'
import { startSmtp, testCert, type Policy, type Running } from './servers'
import { forbidDns } from './no-dns'

forbidDns()

const running: Running[] = []
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
})

async function probeSmtp(
  policy: Policy,
  o: Parameters<typeof startSmtp>[1] = {},
  host = '127.0.0.1',
) {
  const server = await startSmtp(policy, o)
  running.push(server)
  const r = await probeTls({ host, port: server.port, mode: 'starttls' }, { timeoutMs: 4000 })
  expect(probeResultSchema.parse(r)).toEqual(r)
  return r
}

// The errors a machine without IPv6 loopback gives when something binds ::1; any other is a fault.
const NO_FAMILY = ['EAFNOSUPPORT', 'EADDRNOTAVAIL']

/** Binds `address` once: null when it can be bound, the error when its address family is missing. */
async function cannotBind(address: string): Promise<NodeJS.ErrnoException | null> {
  const server = createServer()
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, address, resolve)
    })
    return null
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (NO_FAMILY.includes(err.code ?? '')) return err
    throw err
  } finally {
    server.close()
  }
}

function accepted(r: ProbeResult): ProbeTlsVersion[] {
  return PROBE_TLS_VERSIONS.filter((v) => r.versions[v].accepted)
}

describe('SMTP STARTTLS against a real server', () => {
  beforeAll(async () => {
    await testCert()
  })

  it('TLS 1.2 only: exactly 1.2 is accepted, the others refused by the server', async () => {
    const r = await probeSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })
    expect(accepted(r)).toEqual(['TLSv1.2'])
    for (const v of ['TLSv1', 'TLSv1.1', 'TLSv1.3'] as const) {
      expect(r.versions[v].result).toBe('refused')
      expect(r.versions[v].error).toMatch(/TLS alert: .*protocol version|another TLS version/)
    }
    expect(r.versions['TLSv1.2']).toMatchObject({ protocol: 'TLSv1.2', error: null })
    expect(r.versions['TLSv1.2'].cipher).toMatch(/^TLS_/)
    expect(r).toMatchObject({ mode: 'starttls', starttlsOffered: true, starttlsRequired: false })
    expect(r.stack).toMatch(/^OpenSSL \d/)
    expect(r.transcript).toEqual(
      expect.arrayContaining(['C: STARTTLS', 'S: 220 Ready to start TLS', 'C: MAIL FROM:<>']),
    )
    expect(r.transcript.some((l) => /^S: 250[ -]STARTTLS$/.test(l))).toBe(true)
    expect(r.certificate).toMatchObject({
      version: 'TLSv1.2',
      subject: 'CN=localhost',
      issuer: 'CN=localhost',
      selfSigned: true,
      expired: false,
      trusted: false,
      trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      nameMatches: true,
    })
    expect(r.certificate?.subjectAltNames).toEqual(['DNS:localhost', 'IP Address:127.0.0.1'])
  })

  it('TLS 1.2 and 1.3: both accepted, the certificate is read from 1.3', async () => {
    const r = await probeSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' })
    expect(accepted(r)).toEqual(['TLSv1.2', 'TLSv1.3'])
    expect(r.versions['TLSv1.3'].cipher).toMatch(/^TLS_AES_|^TLS_CHACHA20/)
    expect(r.certificate?.version).toBe('TLSv1.3')
  })

  it('TLS 1.0 to 1.3 with legacy ciphers on the server: all four accepted', async () => {
    const r = await probeSmtp({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3', legacy: true })
    expect(accepted(r)).toEqual([...PROBE_TLS_VERSIONS])
    expect(r.versions.TLSv1.protocol).toBe('TLSv1')
    expect(r.versions['TLSv1.1'].protocol).toBe('TLSv1.1')
  })

  it('TLS 1.3 only', async () => {
    const r = await probeSmtp({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' })
    expect(accepted(r)).toEqual(['TLSv1.3'])
    expect(r.versions['TLSv1.2'].result).toBe('refused')
  })

  it('a server that hides STARTTLS: not offered, nothing accepted, not required', async () => {
    const r = await probeSmtp(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { hideStarttls: true },
    )
    expect(r.starttlsOffered).toBe(false)
    expect(r.starttlsRequired).toBe(false)
    expect(accepted(r)).toEqual([])
    for (const v of PROBE_TLS_VERSIONS)
      expect(r.versions[v].error).toMatch(/does not offer STARTTLS/)
    expect(r.certificate).toBeNull()
  })

  it('a server that requires STARTTLS before MAIL FROM', async () => {
    const r = await probeSmtp(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { requireTls: true },
    )
    expect(r.starttlsRequired).toBe(true)
    expect(r.transcript).toContain('S: 530 5.7.0 Must issue a STARTTLS command first')
    expect(r.transcript.slice(-4)).toEqual([
      'C: RSET',
      expect.stringMatching(/^S: 250/),
      'C: QUIT',
      expect.stringMatching(/^S: 221/),
    ])
  })

  it('an expired certificate is reported as expired and untrusted', async () => {
    const cert = await testCert('expired')
    const r = await probeSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }, { cert })
    expect(r.certificate).toMatchObject({ expired: true, trusted: false })
    expect(new Date(r.certificate?.validTo ?? '').getTime()).toBeLessThan(Date.now())
  })

  it('checks the certificate against the name the admin gave, not the address', async () => {
    const server = await startSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' })
    running.push(server)
    const lookup = async () => ({ address: '127.0.0.1' })
    const other = await probeTls(
      { host: 'mail.contoso.test', port: server.port, mode: 'starttls' },
      { timeoutMs: 4000, lookup },
    )
    expect(other.certificate?.nameMatches).toBe(false)
    expect(other.certificate?.nameError).toMatch(/mail\.contoso\.test/)
    const same = await probeTls(
      { host: 'localhost', port: server.port, mode: 'starttls' },
      { timeoutMs: 4000, lookup },
    )
    expect(same.certificate?.nameMatches).toBe(true)
  })

  it('probes over IPv6 loopback when this machine has it', async (ctx) => {
    // Skipped only where ::1 does not exist, and said so; any other failure to start fails.
    const missing = await cannotBind('::1')
    if (missing) {
      const note = `no IPv6 loopback on this machine (${missing.code}: ${missing.message})`
      console.warn(`skipped: probes over IPv6 loopback: ${note}`)
      return ctx.skip(note)
    }
    const server = await startSmtp(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { host: '::1' },
    )
    running.push(server)
    const r = await probeTls(
      { host: '::1', port: server.port, mode: 'starttls' },
      { timeoutMs: 4000 },
    )
    expect(accepted(r)).toEqual(['TLSv1.2', 'TLSv1.3'])
  })
})
