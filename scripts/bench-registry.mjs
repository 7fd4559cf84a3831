// Benchmark: parse generated `reg export` files with readRegFile, one child process per run.
// Whole-hive exports of BENCH_REG_MB (default 60) MB as UTF-16LE (what reg.exe writes) and UTF-8
// (what an editor's "save as" makes), then the long constructs that once made parsing quadratic.
// Prints MB/s, values/s and peak RSS; targets: >= 50 MB/s and peak RSS < 3x the file for UTF-16
// (a UTF-8 file of the same size holds twice the content: compare values/s between encodings).
// BENCH_REG_ENTRY=path/to/reg-file.ts measures another copy of the codec (e.g. an older checkout).
import { execFileSync } from 'node:child_process'
import { createWriteStream, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundle, outDir, root } from './bundle-for-bench.mjs'

const TARGET_BYTES = Number(process.env.BENCH_REG_MB ?? 60) * 1024 * 1024
const V5 = 'Windows Registry Editor Version 5.00'
const HKLM = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Bench'

function hexLines(prefix, bytes) {
  const lines = []
  let cur = prefix
  bytes.forEach((b, i) => {
    const piece = b.toString(16).padStart(2, '0') + (i < bytes.length - 1 ? ',' : '')
    if (cur.length + piece.length > 79) {
      lines.push(`${cur}\\`)
      cur = '  '
    }
    cur += piece
  })
  lines.push(cur)
  return lines.join('\r\n')
}

function keyBlock(v) {
  const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 97}\\Product${v}\\Settings\\Component${v % 13}`
  return [
    `[${key}]`,
    `"InstallPath"="C:\\\\Program Files\\\\Vendor${v % 97}\\\\Product ${v}\\\\"`,
    `"Version"="${v % 10}.${v % 7}.${v}.0"`,
    `"Enabled"=dword:${(v & 0xffffffff).toString(16).padStart(8, '0')}`,
    hexLines('"Data"=hex:', [...Buffer.from(`payload-${v}-`.repeat(4))]),
    hexLines('"Path"=hex(2):', [...Buffer.from(`%ProgramFiles%\\Vendor\\${v}\0`, 'utf16le')]),
    hexLines('"List"=hex(7):', [...Buffer.from(`alpha${v}\0beta\0gamma\0\0`, 'utf16le')]),
    `"Stamp"=hex(b):${[...Buffer.alloc(8, v & 0xff)].map((b) => b.toString(16).padStart(2, '0')).join(',')}`,
    '',
    '',
  ].join('\r\n')
}

function encode(text, encoding) {
  return encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf8')
}

/** A whole-hive export of about TARGET_BYTES in `encoding`, streamed to disk. */
async function generateHive(file, encoding) {
  const out = createWriteStream(file)
  const write = (s) =>
    new Promise((resolve) =>
      out.write(encode(s, encoding)) ? resolve() : out.once('drain', resolve),
    )
  await write(`\ufeff${V5}\r\n\r\n`)
  let bytes = 0
  for (let v = 0; bytes < TARGET_BYTES; v++) {
    const text = keyBlock(v)
    await write(text)
    bytes += encoding === 'utf-16le' ? text.length * 2 : text.length
  }
  await new Promise((resolve) => out.end(resolve))
}

/** One key holding `body` as its only value line(s), written in `encoding`. */
function oneValueFile(file, body, encoding) {
  const bom = encoding === 'utf-16le' ? '\ufeff' : ''
  writeFileSync(file, encode(`${bom}${V5}\r\n\r\n[${HKLM}]\r\n${body}\r\n\r\n`, encoding))
}

const child = `
const { readRegFile } = require(process.argv[2])
const before = process.memoryUsage().rss
const t0 = performance.now()
readRegFile(process.argv[3]).then((parsed) => {
  const ms = performance.now() - t0
  let keys = 0, values = 0
  for (const [, node] of parsed.tree.walk()) { keys++; values += node.valueCount }
  console.log(JSON.stringify({ ms, keys, values, baselineRss: before, peakRss: process.resourceUsage().maxRSS * 1024 }))
})
`

const entry = process.env.BENCH_REG_ENTRY
  ? path.relative(root, path.resolve(process.env.BENCH_REG_ENTRY))
  : 'main/registry/reg-file.ts'
const lib = await bundle(entry, 'reg-file')
writeFileSync(path.join(outDir, 'parse-child.cjs'), child)

function parseOnce(file) {
  const out = execFileSync(process.execPath, [path.join(outDir, 'parse-child.cjs'), lib, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out)
}

function report(label, file, runs) {
  const all = Array.from({ length: runs }, () => parseOnce(file)).sort((a, b) => a.ms - b.ms)
  const r = all[Math.floor(all.length / 2)]
  const size = statSync(file).size
  const mb = size / 1048576
  console.log(
    `${label}: ${mb.toFixed(1)} MiB in ${(r.ms / 1000).toFixed(2)} s = ${(mb / (r.ms / 1000)).toFixed(1)} MB/s` +
      `${runs > 1 ? ` (median of ${runs})` : ''}, ${r.keys} keys, ${r.values} values` +
      `${r.values > 1000 ? ` (${(r.values / (r.ms / 1000) / 1000).toFixed(0)}k values/s)` : ''}; peak RSS ` +
      `${(r.peakRss / 1048576).toFixed(0)} MiB = ${(r.peakRss / size).toFixed(2)}x the file ` +
      `(Node baseline ${(r.baselineRss / 1048576).toFixed(0)} MiB)`,
  )
}

console.log(`codec: ${entry}; targets (UTF-16) >= 50 MB/s, peak RSS < 3x the file`)
for (const encoding of ['utf-16le', 'utf-8']) {
  const file = path.join(outDir, `hive-${encoding}.reg`)
  const t0 = performance.now()
  await generateHive(file, encoding)
  console.log(`generated ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  report(`whole hive, ${encoding}`, file, 3)
}

// Long constructs: each must parse at the same MB/s as ordinary content (linear time).
const N = 4 * 1024 * 1024
const longHex = [...Buffer.alloc(N / 4, 0xab)]
const cases = [
  ['REG_SZ of 4M backslashes (2M escaped pairs)', `"Big"="${'\\'.repeat(N)}"`],
  ['REG_SZ of 4M characters, no escapes', `"Big"="${'x'.repeat(N)}"`],
  [`hex: of 1 MiB continued over ${Math.ceil(N / 4 / 25)} lines`, hexLines('"Big"=hex:', longHex)],
  ['hex: of 1 MiB on one 3M-character line', `"Big"=hex:${longHex.map(() => 'ab').join(',')}`],
]
for (const [label, body] of cases) {
  for (const encoding of ['utf-16le', 'utf-8']) {
    const file = path.join(outDir, 'long-value.reg')
    oneValueFile(file, body, encoding)
    report(`${label}, ${encoding}`, file, 1)
  }
}
