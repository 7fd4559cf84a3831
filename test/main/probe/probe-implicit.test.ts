import { afterAll, describe, expect, it } from 'vitest'
import { PROBE_TLS_VERSIONS, type ProbeTlsVersion } from '../../../shared/probe'
import { probeTls } from '../../../main/probe/probe-tls'
import { detectTlsStack, type TlsStack } from '../../../main/probe/tls-stack'
import { startImplicitTls, startRaw, type Running } from './servers'
import { forbidDns } from './no-dns'

forbidDns()

const running: Running[] = []
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
})

async function pinned(version: ProbeTlsVersion): Promise<number> {
  const legacy = version === 'TLSv1' || version === 'TLSv1.1'
  const server = await startImplicitTls({ minVersion: version, maxVersion: version, legacy })
  running.push(server)
  return server.port
}

describe('implicit TLS against servers pinned to one version', () => {
  for (const version of PROBE_TLS_VERSIONS) {
    it(`a ${version}-only server: only ${version} is accepted`, async () => {
      const port = await pinned(version)
      const r = await probeTls({ host: '127.0.0.1', port, mode: 'implicit' }, { timeoutMs: 4000 })
      for (const v of PROBE_TLS_VERSIONS) {
        expect(r.versions[v].result, v).toBe(v === version ? 'accepted' : 'refused')
        expect(r.versions[v].protocol).toBe(v === version ? version : null)
      }
      expect(r).toMatchObject({ mode: 'implicit', starttlsOffered: null, starttlsRequired: null })
      expect(r.transcript.filter((l) => l.startsWith('C: '))).toEqual([])
      expect(r.certificate?.version).toBe(version)
    })
  }
})

describe('what this machine cannot offer is untestable, never refused', () => {
  it('without the legacy cipher string (as on BoringSSL), TLS 1.0 and 1.1 are untestable', async () => {
    const stack: TlsStack = {
      name: 'BoringSSL (Electron 45.0.0)',
      legacyCiphers: null,
      offers: PROBE_TLS_VERSIONS,
    }
    for (const version of ['TLSv1', 'TLSv1.1'] as const) {
      const port = await pinned(version)
      const r = await probeTls(
        { host: '127.0.0.1', port, mode: 'implicit' },
        { timeoutMs: 4000, stack },
      )
      expect(r.stack).toBe('BoringSSL (Electron 45.0.0)')
      expect(r.versions[version].result).toBe('untestable')
      expect(r.versions[version].error).toMatch(/BoringSSL .* cannot offer TLSv1/)
    }
  })

  it('a cipher string the library rejects falls back to its defaults', async () => {
    // "@SECLEVEL=0" alone throws ERR_SSL_NO_CIPHER_MATCH: the probe must carry on without it.
    const stack: TlsStack = {
      name: 'OpenSSL test',
      legacyCiphers: '@SECLEVEL=0',
      offers: PROBE_TLS_VERSIONS,
    }
    const port12 = await pinned('TLSv1.2')
    const r12 = await probeTls(
      { host: '127.0.0.1', port: port12, mode: 'implicit' },
      { timeoutMs: 4000, stack },
    )
    expect(r12.versions['TLSv1.2'].result).toBe('accepted')
    const port10 = await pinned('TLSv1')
    const r10 = await probeTls(
      { host: '127.0.0.1', port: port10, mode: 'implicit' },
      { timeoutMs: 4000, stack },
    )
    expect(r10.versions.TLSv1.result).toBe('untestable')
  })

  it('a version the stack does not offer is untestable without a connection', async () => {
    const stack: TlsStack = { ...detectTlsStack(), offers: ['TLSv1.2', 'TLSv1.3'] }
    const port = await pinned('TLSv1')
    const r = await probeTls(
      { host: '127.0.0.1', port, mode: 'implicit' },
      { timeoutMs: 4000, stack },
    )
    expect(r.versions.TLSv1).toMatchObject({ result: 'untestable', accepted: false })
    expect(r.versions['TLSv1.1'].result).toBe('untestable')
    expect(r.versions['TLSv1.2'].result).toBe('refused')
    // One connection per version tried: TLS 1.2 and 1.3 only, none for what the stack lacks.
    let connections = 0
    const counter = await startRaw((sock) => {
      connections++
      sock.destroy()
    })
    running.push(counter)
    const counted = await probeTls(
      { host: '127.0.0.1', port: counter.port, mode: 'implicit' },
      { timeoutMs: 4000, stack },
    )
    expect(counted.versions.TLSv1.result).toBe('untestable')
    expect(counted.versions['TLSv1.1'].result).toBe('untestable')
    expect(connections).toBe(2)
  })
})

describe('detectTlsStack', () => {
  it('names OpenSSL from process.versions and uses the legacy cipher string', () => {
    expect(detectTlsStack({ node: '20.19.0', openssl: '3.0.15+quic' })).toMatchObject({
      name: 'OpenSSL 3.0.15',
      legacyCiphers: 'DEFAULT:@SECLEVEL=0',
    })
  })

  it('recognises Electron (BoringSSL) and does not use @SECLEVEL there', () => {
    expect(detectTlsStack({ node: '22.20.0', electron: '45.4.1' })).toMatchObject({
      name: 'BoringSSL (Electron 45.4.1)',
      legacyCiphers: null,
    })
    // Even if an Electron build still lists an OpenSSL version, it links BoringSSL.
    expect(detectTlsStack({ electron: '45.4.1', openssl: '1.1.0' }).legacyCiphers).toBeNull()
  })

  it('describes this process', () => {
    expect(detectTlsStack().name).toBe(`OpenSSL ${process.versions.openssl?.replace(/\+.*/, '')}`)
  })
})
