// The floor of `tlswizard probe`: plain Node, no bundle, four STARTTLS connections in parallel, each
// pinned to one TLS version (TLS 1.0 and 1.1 need @SECLEVEL=0 on OpenSSL 3), one JSON line out.
// Usage: node four-handshakes.cjs HOST:PORT (loopback in the benchmark).
'use strict'
const net = require('node:net')
const tls = require('node:tls')

const [host, port] = process.argv[2].split(':')

function handshake(version) {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), host)
    let buf = ''
    let step = 0
    const done = (r) => {
      socket.destroy()
      resolve(r)
    }
    socket.setEncoding('latin1')
    socket.on('error', (e) => done({ version, accepted: false, error: e.message }))
    socket.on('data', function onData(d) {
      buf += d
      if (!/(^|\n)\d{3} [^\n]*\n$/.test(buf)) return
      const reply = buf
      buf = ''
      if (step === 0) socket.write('EHLO bench\r\n')
      else if (step === 1) {
        if (!/STARTTLS/i.test(reply)) return done({ version, accepted: false })
        socket.write('STARTTLS\r\n')
      } else {
        socket.off('data', onData)
        socket.removeAllListeners('error')
        const t = tls.connect({
          socket,
          servername: host === '127.0.0.1' ? undefined : host,
          minVersion: version,
          maxVersion: version,
          ciphers: 'DEFAULT:@SECLEVEL=0',
          rejectUnauthorized: false,
        })
        t.on('secureConnect', () => {
          const r = {
            version,
            accepted: true,
            protocol: t.getProtocol(),
            cipher: t.getCipher().name,
          }
          t.destroy()
          resolve(r)
        })
        t.on('error', (e) => done({ version, accepted: false, error: e.message }))
      }
      step++
    })
  })
}

Promise.all(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].map(handshake)).then((r) =>
  process.stdout.write(`${JSON.stringify(r)}\n`),
)
