// Probe benchmark: median wall time of a full four-version STARTTLS probe of a loopback server,
// of fifty such targets at once, and how long a silent peer takes against the timeout.
// The servers run in a child process so their TLS work does not count as the probe's.
// Loopback only (127.0.0.1). Usage: node scripts/bench-probe.mjs
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const TARGETS = 50

/** Child: SMTP servers with STARTTLS, TLS 1.0 to 1.3, on random loopback ports. */
async function serve(count) {
  const { generate } = await import('selfsigned')
  const { SMTPServer } = await import('smtp-server')
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
  })
  const ports = []
  for (let i = 0; i < count; i++) {
    const server = new SMTPServer({
      key: pems.private,
      cert: pems.cert,
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.3',
      ciphers: 'DEFAULT:@SECLEVEL=0',
      authOptional: true,
      disabledCommands: ['AUTH'],
      // The reverse lookup of 127.0.0.1 costs smtp-server ~100 ms here; it is not the probe's time.
      disableReverseLookup: true,
      logger: false,
    })
    server.on('error', () => {})
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    ports.push(server.server.address().port)
  }
  const bare = await bareStarttlsServer(pems)
  process.send?.({ ports, bare })
  process.on('disconnect', () => process.exit(0))
}

/** A minimal STARTTLS server that greets at once (smtp-server waits 100 ms for early talkers). */
async function bareStarttlsServer(pems) {
  const tls = await import('node:tls')
  const context = tls.createSecureContext({
    key: pems.private,
    cert: pems.cert,
    minVersion: 'TLSv1',
    ciphers: 'DEFAULT:@SECLEVEL=0',
  })
  const server = net.createServer((s) => {
    s.on('error', () => {})
    s.write('220 bare ESMTP\r\n')
    s.on('data', function onData(d) {
      const c = d.toString().toUpperCase()
      if (c.startsWith('EHLO')) s.write('250-bare\r\n250 STARTTLS\r\n')
      else if (c.startsWith('STARTTLS')) {
        s.off('data', onData)
        s.write('220 Ready to start TLS\r\n')
        new tls.TLSSocket(s, { isServer: true, secureContext: context }).on('error', () => {})
      } else if (c.startsWith('QUIT')) s.end('221 bye\r\n')
      else s.write('250 OK\r\n')
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server.address().port
}

async function loadProbe(dir) {
  const { build } = await import('esbuild')
  const outfile = path.join(dir, 'probe.mjs')
  await build({
    entryPoints: [path.join(root, 'main/probe/probe-tls.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
  })
  return import(pathToFileURL(outfile).href)
}

function startServers(count) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', String(count)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ ...m, stop: () => child.kill() }))
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)))
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const ms = (x) => `${x.toFixed(1)} ms`

async function timed(fn) {
  const t = performance.now()
  const r = await fn()
  return [performance.now() - t, r]
}

async function bench() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tlswizard-bench-'))
  const { probeTls } = await loadProbe(dir)
  const { ports, bare, stop } = await startServers(TARGETS)
  const target = (port) => ({ host: '127.0.0.1', port, mode: 'starttls' })
  try {
    console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`)

    for (const [label, port] of [
      ['smtp-server (greets after its fixed 100 ms early-talker pause)', ports[0]],
      ['minimal STARTTLS server (greets at once)', bare],
    ]) {
      for (let i = 0; i < 3; i++) await probeTls(target(port))
      const one = []
      for (let i = 0; i < 21; i++) {
        const [t, r] = await timed(() => probeTls(target(port)))
        const ok =
          Object.values(r.versions).every((v) => v.accepted) && r.starttlsRequired === false
        if (!ok) throw new Error(`unexpected result: ${JSON.stringify(r.versions)}`)
        one.push(t)
      }
      console.log(
        `one target, four versions + STARTTLS check, ${label}: median ${ms(median(one))} (21 runs, min ${ms(Math.min(...one))}, max ${ms(Math.max(...one))})  target < 150 ms`,
      )
    }

    const many = []
    for (let i = 0; i < 7; i++) {
      const [t, rs] = await timed(() => Promise.all(ports.map((p) => probeTls(target(p)))))
      const bad = rs.filter((r) => !Object.values(r.versions).every((v) => v.accepted))
      if (bad.length)
        throw new Error(`${bad.length} of ${TARGETS} probes did not accept every version`)
      many.push(t)
    }
    console.log(
      `${TARGETS} targets at once (${TARGETS * 5} connections): median ${ms(median(many))} (7 runs, max ${ms(Math.max(...many))})  target < 1000 ms`,
    )

    const silent = net.createServer((s) => s.on('error', () => {}).resume())
    await new Promise((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = silent.address().port
    for (const mode of ['starttls', 'implicit'])
      for (const timeoutMs of [500, 1000, 2000, 8000]) {
        const runs = []
        for (let i = 0; i < (timeoutMs > 2000 ? 1 : 3); i++) {
          const [t, r] = await timed(() =>
            probeTls({ host: '127.0.0.1', port, mode }, { timeoutMs }),
          )
          if (r.versions['TLSv1.2'].result !== 'timeout')
            throw new Error('silent peer did not time out')
          runs.push(t)
        }
        const worst = Math.max(...runs)
        const verdict = worst <= timeoutMs + 100 ? 'ok' : 'OVER'
        console.log(
          `silent peer, ${mode}, timeout ${timeoutMs} ms: worst ${ms(worst)} of ${runs.length} (limit ${timeoutMs + 100} ms) ${verdict}`,
        )
      }
    silent.close()
  } finally {
    stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--serve') await serve(Number(process.argv[3]))
else await bench()
