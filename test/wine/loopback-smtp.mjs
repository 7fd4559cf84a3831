// A loopback SMTP server with STARTTLS and TLS 1.2 only, for the Wine stage's probe of
// tlswizard.exe: run by Linux node, listens on 127.0.0.1 only, prints its port as the first line,
// and stops on SIGTERM or after --max-seconds (default 300), whichever comes first.
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
const server = new SMTPServer({
  key: pem.private,
  cert: pem.cert,
  minVersion: 'TLSv1.2',
  maxVersion: 'TLSv1.2',
  secure: false,
  authOptional: true,
  disabledCommands: ['AUTH'],
  // Its reverse lookup of the client would be a DNS query.
  disableReverseLookup: true,
  logger: false,
})
server.on('error', () => {})
await new Promise((resolve, reject) => {
  server.server.once('error', reject)
  server.listen(0, '127.0.0.1', resolve)
})
process.stdout.write(`${server.server.address().port}\n`)
const stop = () => server.close(() => process.exit(0))
setTimeout(stop, Number(o['max-seconds']) * 1000)
process.once('SIGTERM', stop)
