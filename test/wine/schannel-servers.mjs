// Loopback servers for the Wine stage (the Schannel proof in .ci/wine-schannel.sh, the exe's probe
// in .ci/wine-exe.sh), run by Linux node on 127.0.0.1 only: `tls12` (implicit TLS, TLS 1.2 only), `smtp` (SMTP with STARTTLS, TLS 1.2 only),
// and three hostile ones: `silent` (accepts, never says a word), `drip` (an endless SMTP banner, a
// byte every 200 ms) and `garbage` (binary noise instead of a greeting). Prints their ports as one
// JSON line, and stops on SIGTERM or after --max-seconds (default 300), whichever comes first.
import net from 'node:net'
import tls from 'node:tls'
import { parseArgs } from 'node:util'
import { generate } from 'selfsigned'
import { SMTPServer } from 'smtp-server'

const { values: o } = parseArgs({ options: { 'max-seconds': { type: 'string', default: '300' } } })
const day = 86_400_000
const pem = await generate([{ name: 'commonName', value: 'localhost' }], {
  keySize: 2048,
  algorithm: 'sha256',
  notBeforeDate: new Date(Date.now() - day),
  notAfterDate: new Date(Date.now() + 30 * day),
  extensions: [
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ],
})
const only12 = { key: pem.private, cert: pem.cert, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }
const sockets = new Set()
const timers = new Set()
const track = (s) => {
  sockets.add(s)
  s.on('error', () => {})
  s.on('close', () => sockets.delete(s))
}

const tls12 = tls.createServer(only12, (s) => {
  track(s)
  s.end()
})
tls12.on('tlsClientError', () => {})

const smtp = new SMTPServer({
  ...only12,
  secure: false,
  authOptional: true,
  disabledCommands: ['AUTH'],
  // Its reverse lookup of the client would be a DNS query.
  disableReverseLookup: true,
  logger: false,
})
smtp.on('error', () => {})

const silent = net.createServer(track)
const drip = net.createServer((s) => {
  track(s)
  const text = '220-drip-feed greeting that never ends\r\n'
  let i = 0
  const timer = setInterval(() => s.writable && s.write(text[i++ % text.length]), 200)
  timers.add(timer)
  s.on('close', () => (clearInterval(timer), timers.delete(timer)))
})
const garbage = net.createServer((s) => {
  track(s)
  // Fixed bytes (no randomness): a TLS-looking record header, then noise with a NUL and newlines.
  s.write(Buffer.from('160303ffff00ff0d0a\u00e9\u0000\r\nHELLO?\r\n', 'latin1'))
})

const servers = { tls12, smtp: smtp.server, silent, drip, garbage }
const listen = (name, server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    const done = () => resolve([name, server.address().port])
    if (name === 'smtp') smtp.listen(0, '127.0.0.1', done)
    else server.listen(0, '127.0.0.1', done)
  })
const ports = Object.fromEntries(
  await Promise.all(Object.entries(servers).map(([n, s]) => listen(n, s))),
)
process.stdout.write(`${JSON.stringify(ports)}\n`)

const stop = () => {
  for (const t of timers) clearInterval(t)
  for (const s of sockets) s.destroy()
  for (const s of Object.values(servers)) s.close()
  setTimeout(() => process.exit(0), 200).unref()
}
setTimeout(stop, Number(o['max-seconds']) * 1000).unref()
process.once('SIGTERM', stop)
