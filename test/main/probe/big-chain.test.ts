import { generate } from 'selfsigned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBE_TLS_VERSIONS } from '../../../shared/probe'
import { probeTls } from '../../../main/probe/probe-tls'
import { forbidDns } from './no-dns'
import { startImplicitTls, startSmtp, testCert, type Running, type TestCert } from './servers'

forbidDns()

/** The test certificate followed by copies of an intermediate, about 1 MB of PEM in all. */
async function hugeChain(): Promise<TestCert> {
  const leaf = await testCert()
  const ca = await generate([{ name: 'commonName', value: 'Padding CA' }], { keySize: 2048 })
  const copies = Math.ceil((1 << 20) / ca.cert.length)
  const cert = `${[leaf.cert.trim(), ...Array<string>(copies).fill(ca.cert.trim())].join('\n')}\n`
  expect(cert.length).toBeGreaterThan(1 << 20)
  return { key: leaf.key, cert }
}

const running: Running[] = []
let chain: TestCert
beforeAll(async () => {
  chain = await hugeChain()
})
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
})

const everyVersion = { minVersion: 'TLSv1', maxVersion: 'TLSv1.3', legacy: true } as const

describe('a server that sends a 1 MB certificate chain', () => {
  it('implicit TLS: each version says the chain is too large, not that the server refused', async () => {
    const server = await startImplicitTls(everyVersion, chain)
    running.push(server)
    const r = await probeTls(
      { host: '127.0.0.1', port: server.port, mode: 'implicit' },
      { timeoutMs: 5000 },
    )
    for (const v of PROBE_TLS_VERSIONS) {
      expect(r.versions[v].result, v).toBe('untestable')
      expect(r.versions[v].error, v).toBe(
        `the server sent a handshake message larger than ${r.stack} accepts (excessive message size, ERR_SSL_EXCESSIVE_MESSAGE_SIZE), most likely a certificate chain over 100 KB: ${v} could not be tested`,
      )
    }
    expect(r.certificate).toBeNull()
  })

  it('SMTP STARTTLS: the same, after a normal dialogue', async () => {
    const server = await startSmtp(everyVersion, { cert: chain })
    running.push(server)
    const r = await probeTls(
      { host: '127.0.0.1', port: server.port, mode: 'starttls' },
      { timeoutMs: 5000 },
    )
    expect(r.starttlsOffered).toBe(true)
    for (const v of PROBE_TLS_VERSIONS) {
      expect(r.versions[v].result, v).toBe('untestable')
      expect(r.versions[v].error, v).toMatch(/larger than .* accepts .*certificate chain/)
    }
  })
})
