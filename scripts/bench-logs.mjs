// Benchmark: scan a generated set of Exchange SMTP protocol logs with the real scanner.
// `node scripts/bench-logs.mjs [MB]` (default 1024, or BENCH_LOGS_MB): hourly 10 MB files in a send
// and a receive folder, sessions interleaved as Exchange writes them, mixed outcomes (TLS 1.2, TLS
// 1.0 partners, SocketError, 451 5.7.3, failed connections). Prints MB/s, peak RSS, and the ratio to
// a plain line count of the same files in the same run. Targets: >= 150 MB/s, peak RSS < 150 MB.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
  closeSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundle, outDir } from './bundle-for-bench.mjs'

const MB = Number(process.argv[2] ?? process.env.BENCH_LOGS_MB ?? 1024)
const FILE_BYTES = 10 * 1024 * 1024
const O365 = 'AM4PEPF00027A6C.mail.protection.outlook.com'
const CIPHER =
  'negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits'
const CERT = [
  ['*', '', 'Sending certificate'],
  ['*', '"CN=mail.contoso.com, O=Contoso Ltd, L=Seattle, S=WA, C=US"', 'Certificate subject'],
  ['*', '9A3B7C11D2E4F5061728394A5B6C7D8E9F001122', 'Certificate thumbprint'],
]
const open = (host, tls = true) => [
  ['*', '', 'attempting to connect'],
  ['+', '', ''],
  ['<', `"220 ${host} Microsoft ESMTP MAIL Service ready at Mon, 15 Jan 2024 08:00:00 +0000"`, ''],
  ['>', 'EHLO mail.contoso.com', ''],
  ['<', `250-${host} Hello [198.51.100.7]`, ''],
  ['<', '250-SIZE 157286400', ''],
  ...(tls ? [['<', '250-STARTTLS', '']] : []),
  ['<', '250 SMTPUTF8', ''],
]
const deliver = [
  ['>', 'MAIL FROM:<alice@contoso.com> SIZE=20480', ''],
  ['>', 'RCPT TO:<bob@fabrikam.com>', ''],
  ['<', '250 2.1.0 Sender OK', ''],
  ['<', '250 2.1.5 Recipient OK', ''],
  ['>', 'BDAT 20480 LAST', ''],
  [
    '<',
    '"250 2.6.0 <a1@contoso.com> [InternalId=1, Hostname=EX01] 20480 bytes, Queued mail for delivery"',
    '',
  ],
  ['>', 'QUIT', ''],
  ['-', '', 'Local'],
]
const tlsOk = (host, v) => [
  ...open(host),
  ['>', 'STARTTLS', ''],
  ['<', '220 2.0.0 SMTP server ready', ''],
  ...CERT,
  ['*', '', 'Received certificate'],
  ['*', '', `"TLS protocol SP_PROT_${v}_CLIENT ${CIPHER}"`],
  ['>', 'EHLO mail.contoso.com', ''],
  ...deliver,
]
const SEND = [
  [60, 'Outbound to Office 365', tlsOk(O365, 'TLS1_2')],
  [10, 'Outbound to Partner', tlsOk('mx.partner.example', 'TLS1_0')],
  [
    15,
    'Outbound to Office 365',
    [
      ...open(O365),
      ['>', 'STARTTLS', ''],
      ['<', '220 2.0.0 SMTP server ready', ''],
      ...CERT,
      ['*', '', 'TLS negotiation failed with error SocketError'],
      ['-', '', 'Remote'],
    ],
  ],
  [
    10,
    'Outbound to Office 365',
    [
      ...open(O365, false),
      ['>', 'MAIL FROM:<a@contoso.com> SIZE=1', ''],
      ['<', '451 5.7.3 Must issue a STARTTLS command first', ''],
      ['>', 'QUIT', ''],
      ['-', '', 'Local'],
    ],
  ],
  [
    5,
    'Outbound to Office 365',
    [
      ['*', '', 'attempting to connect'],
      ['-', '', '"Failed to connect. Winsock error code: 10060, Win32 error code: 10060."'],
    ],
  ],
]
const RECV = [
  [
    70,
    'EX01\\Default Frontend EX01',
    [
      ['+', '', ''],
      ['>', '220 mail.contoso.com Microsoft ESMTP MAIL Service ready', ''],
      ['<', 'EHLO EUR05-AM6-obe.outbound.protection.outlook.com', ''],
      [
        '>',
        '250-mail.contoso.com Hello [40.107.22.100] SIZE 37748736 PIPELINING DSN STARTTLS X-ANONYMOUSTLS AUTH NTLM 8BITMIME',
        '',
      ],
      ['<', 'STARTTLS', ''],
      ['>', '220 2.0.0 SMTP server ready', ''],
      ...CERT,
      ['*', '', `"TLS protocol SP_PROT_TLS1_2_SERVER ${CIPHER}"`],
      ['<', 'EHLO EUR05-AM6-obe.outbound.protection.outlook.com', ''],
      ['<', 'MAIL FROM:<carol@fabrikam.com>', ''],
      ['>', '250 2.1.0 Sender OK', ''],
      ['<', 'QUIT', ''],
      ['-', '', 'Remote'],
    ],
  ],
  [
    30,
    'EX01\\Default Frontend EX01',
    [
      ['+', '', ''],
      ['>', '220 mail.contoso.com Microsoft ESMTP MAIL Service ready', ''],
      ['<', 'EHLO scanner.contoso.local', ''],
      ['>', '250-mail.contoso.com Hello [10.0.0.40] SIZE 37748736', ''],
      ['<', 'MAIL FROM:<scanner@contoso.com>', ''],
      ['>', '451 5.7.3 Must issue a STARTTLS command first', ''],
      ['-', '', 'Remote'],
    ],
  ],
]

let rng = 12345
const random = () => (rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
const pick = (mix) => {
  let r = random() * 100
  for (const m of mix) if ((r -= m[0]) < 0) return m
  return mix[0]
}

/** Writes hourly files of about 10 MB into `dir` until `bytes`, sessions interleaved 8 at a time. */
function generate(dir, kind, bytes) {
  mkdirSync(dir, { recursive: true })
  const mix = kind === 'send' ? SEND : RECV
  let t = Date.UTC(2024, 0, 1)
  let n = 0
  let sid = 0x08dc000000000000n
  const active = []
  for (let written = 0, hour = 0; written < bytes; hour++) {
    const d = new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000).toISOString()
    const name = `${kind === 'send' ? 'SEND' : 'RECV'}${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}${d.slice(11, 13)}-1.LOG`
    const fd = openSync(path.join(dir, name), 'w')
    let buf = `\ufeff#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP ${kind === 'send' ? 'Send' : 'Receive'} Protocol Log\r\n#Date: ${d}\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n`
    let fileBytes = 0
    while (fileBytes < FILE_BYTES && written + fileBytes < bytes) {
      while (active.length < 8) {
        const [, connector, rows] = pick(mix)
        active.push({
          id: (sid++).toString(16).toUpperCase().padStart(16, '0'),
          connector,
          rows,
          i: 0,
        })
      }
      const k = Math.floor(random() * active.length)
      const s = active[k]
      const [ev, data, ctx] = s.rows[s.i]
      t += 7
      buf += `${new Date(t).toISOString()},${s.connector},${s.id},${s.i},10.0.0.5:51234,104.47.11.202:25,${ev},${data},${ctx}\r\n`
      if (++s.i === s.rows.length) active.splice(k, 1)
      if (buf.length > 1 << 20) {
        fileBytes += writeSync(fd, buf)
        buf = ''
      }
      n++
    }
    fileBytes += writeSync(fd, buf)
    closeSync(fd)
    written += fileBytes
  }
  return n
}

const child = `
const [lib, dir, mode] = process.argv.slice(2)
const fs = require('node:fs')
const t0 = performance.now()
async function lines() {
  let count = 0, bytes = 0
  const buf = Buffer.allocUnsafe(256 * 1024)
  for (const sub of fs.readdirSync(dir)) for (const f of fs.readdirSync(dir + '/' + sub)) {
    const fd = fs.openSync(dir + '/' + sub + '/' + f, 'r')
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      bytes += n
      for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) count++
    }
    fs.closeSync(fd)
  }
  return { bytes, rows: count }
}
async function scan() {
  const { scanLogs, findLogSet } = require(lib)
  const r = await scanLogs(await findLogSet([dir]))
  return { bytes: r.totals.bytes, rows: r.totals.rows, sessions: r.totals.sessions, connectors: r.connectors.length, summary: r.summary }
}
;(mode === 'lines' ? lines() : scan()).then((r) => {
  console.log(JSON.stringify({ ...r, ms: performance.now() - t0, peakRss: process.resourceUsage().maxRSS * 1024 }))
})
`

writeFileSync(
  path.join(outDir, 'logs-entry.ts'),
  "export { scanLogs } from '../main/logs/scan-logs'\nexport { findLogSet } from '../main/logs/find-logs'\n",
)
const lib = await bundle('bench-output/logs-entry.ts', 'logs-scan')
writeFileSync(path.join(outDir, 'logs-child.cjs'), child)
const dir = mkdtempSync(path.join(tmpdir(), 'tlsw-bench-logs-'))
try {
  const t0 = performance.now()
  const half = (MB * 1024 * 1024) / 2
  const rows =
    generate(path.join(dir, 'SmtpSend'), 'send', half) +
    generate(path.join(dir, 'SmtpReceive'), 'receive', half)
  console.log(
    `generated ${MB} MB (${rows} rows) in ${((performance.now() - t0) / 1000).toFixed(1)} s in ${dir}`,
  )
  const run = (mode) =>
    JSON.parse(
      execFileSync(process.execPath, [path.join(outDir, 'logs-child.cjs'), lib, dir, mode], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    )
  const lines = run('lines')
  const scan = run('scan')
  const lines2 = run('lines')
  const lineMs = Math.min(lines.ms, lines2.ms)
  const mbs = (r) => (r.bytes / 1048576 / (r.ms / 1000)).toFixed(0)
  console.log(
    `line count: ${(lines.bytes / 1048576).toFixed(0)} MiB, ${lines.rows} lines in ${(lineMs / 1000).toFixed(2)} s = ${mbs({ ...lines, ms: lineMs })} MB/s`,
  )
  console.log(
    `scan: ${(scan.bytes / 1048576).toFixed(0)} MiB, ${scan.rows} rows, ${scan.sessions} sessions in ${(scan.ms / 1000).toFixed(2)} s = ${mbs(scan)} MB/s ` +
      `(target >= 150); peak RSS ${(scan.peakRss / 1048576).toFixed(0)} MiB (target < 150); ${(scan.ms / lineMs).toFixed(1)}x the line count`,
  )
  for (const s of scan.summary) console.log(`  ${s}`)
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true })
}
