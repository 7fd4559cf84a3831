/** Real loopback servers for probe tests: SMTP with STARTTLS, implicit TLS, and misbehaving ones. */
import net from 'node:net'
import tls from 'node:tls'
import { generate } from 'selfsigned'
import { SMTPServer } from 'smtp-server'

/** A key and self-signed certificate made at test time. */
export interface TestCert {
  key: string
  cert: string
}

const certs = new Map<string, Promise<TestCert>>()

/** A certificate for `localhost` and 127.0.0.1 (cached per process); `expired` dates it in the past. */
export function testCert(kind: 'valid' | 'expired' = 'valid'): Promise<TestCert> {
  const hit = certs.get(kind)
  if (hit) return hit
  const day = 86_400_000
  const notBeforeDate = new Date(Date.now() - (kind === 'expired' ? 30 : 1) * day)
  const notAfterDate = new Date(Date.now() + (kind === 'expired' ? -1 : 30) * day)
  const made = generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((p) => ({ key: p.private, cert: p.cert }))
  certs.set(kind, made)
  return made
}

/** A running test server; `open()` counts its live connections (raw servers only). */
export interface Running {
  port: number
  close(): Promise<void>
  open?(): number
}

/** TLS version policy of a test server; 'legacy' re-enables TLS 1.0/1.1 signatures on it. */
export interface Policy {
  minVersion: tls.SecureVersion
  maxVersion: tls.SecureVersion
  legacy?: boolean
}

const LEGACY = 'DEFAULT:@SECLEVEL=0'

/** A real SMTP server (smtp-server) with STARTTLS under `policy`. */
export async function startSmtp(
  policy: Policy,
  o: { hideStarttls?: boolean; requireTls?: boolean; cert?: TestCert; host?: string } = {},
): Promise<Running> {
  const { key, cert } = o.cert ?? (await testCert())
  const server = new SMTPServer({
    key,
    cert,
    minVersion: policy.minVersion,
    maxVersion: policy.maxVersion,
    ...(policy.legacy ? { ciphers: LEGACY } : {}),
    secure: false,
    hideSTARTTLS: o.hideStarttls ?? false,
    authOptional: true,
    disabledCommands: ['AUTH'],
    // Its reverse lookup of the client would send a DNS query off this machine.
    disableReverseLookup: true,
    logger: false,
    onMailFrom(_address, session, callback) {
      if (o.requireTls && !session.secure) {
        const e = Object.assign(new Error('5.7.0 Must issue a STARTTLS command first'), {
          responseCode: 530,
        })
        return callback(e)
      }
      callback()
    },
  })
  server.on('error', () => {})
  const host = o.host ?? '127.0.0.1'
  // A failed bind (no ::1 here, port taken) rejects at once instead of hanging the test.
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(0, host, () => {
      server.server.off('error', reject)
      resolve()
    })
  })
  const port = (server.server.address() as net.AddressInfo).port
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

function tracked(server: net.Server, host = '127.0.0.1'): Promise<Running> {
  const sockets = new Set<net.Socket>()
  server.on('connection', (s: net.Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
    s.on('error', () => {})
    // Keep reading so a silent server still notices when the probe hangs up.
    s.resume()
  })
  return new Promise((resolve) =>
    server.listen(0, host, () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        open: () => sockets.size,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy()
            server.close(() => done())
          }),
      }),
    ),
  )
}

/** An implicit-TLS server pinned to `policy`. */
export async function startImplicitTls(policy: Policy, cert?: TestCert): Promise<Running> {
  const c = cert ?? (await testCert())
  const server = tls.createServer({
    ...c,
    minVersion: policy.minVersion,
    maxVersion: policy.maxVersion,
    ...(policy.legacy ? { ciphers: LEGACY } : {}),
  })
  server.on('secureConnection', (s) => s.end('220 ready\r\n'))
  server.on('tlsClientError', () => {})
  return tracked(server)
}

/** A plain TCP server whose connections `onConnection` drives (the hostile cases). */
export function startRaw(onConnection: (s: net.Socket) => void, host?: string): Promise<Running> {
  return tracked(net.createServer(onConnection), host)
}

/** A port on 127.0.0.1 that nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const r = await startRaw(() => {})
  await r.close()
  return r.port
}
