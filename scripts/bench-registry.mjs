// Benchmark: parse generated `reg export` files, one child process per run, medians.
// Whole-hive exports of BENCH_REG_MB (default 200) MB as UTF-16LE (what reg.exe writes) and UTF-8
// (what an editor's "save as" makes), then the long constructs that once made parsing quadratic.
// Three ways over the same file, in the same run:
//   facts  what `diagnose` does: streamed, only the keys the facts need are kept (targets: >= 150
//          MB/s, peak RSS < 100 MB whatever the size: shown at two sizes)
//   full   the whole tree, as `fix` offline needs it (targets: >= 100 MB/s, peak RSS < 2x the file)
//   floor  a plain decode-and-split of the same bytes into lines; both are printed as a ratio to it
// BENCH_REG_ENTRY=path/to/reg-file.ts measures another copy of the codec (e.g. an older checkout;
// it has no facts mode unless it has main/cli/diagnosis-keys.ts beside it).
import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundle, outDir, root } from './bundle-for-bench.mjs'

const MB = Number(process.env.BENCH_REG_MB ?? 200)
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
async function generateHive(file, encoding, TARGET_BYTES) {
  const out = createWriteStream(file)
  const write = (s) =>
    new Promise((resolve) =>
      out.write(encode(s, encoding)) ? resolve() : out.once('drain', resolve),
    )
  await write(`\ufeff${V5}\r\n\r\n`)
  // A few of the keys a diagnosis reads, as a real SOFTWARE export holds them.
  await write(
    [
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]',
      '"SchUseStrongCrypto"=dword:00000001',
      '"SystemDefaultTlsVersions"=dword:00000001',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]',
      '"ProductName"="Windows Server 2019 Standard"',
      '"CurrentBuild"="17763"',
      '',
      '',
    ].join('\r\n'),
  )
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
const fs = require('node:fs')
const [libPath, file, mode] = process.argv.slice(2)
const before = process.memoryUsage().rss
const t0 = performance.now()
function floor() {
  // Read, decode (UTF-16LE or 8-bit, as the first bytes say) and split into lines: nothing more.
  const fd = fs.openSync(file, 'r')
  const buf = Buffer.allocUnsafe(1 << 20)
  let wide, carry = null, rest = '', lines = 0
  for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) {
    let bytes = buf.subarray(0, n)
    if (wide === undefined) wide = bytes[0] === 0xff && bytes[1] === 0xfe
    if (carry) { bytes = Buffer.concat([carry, bytes]); carry = null }
    if (wide && bytes.length % 2) { carry = Buffer.from(bytes.subarray(-1)); bytes = bytes.subarray(0, -1) }
    const parts = (rest + bytes.toString(wide ? 'utf16le' : 'latin1')).split('\\n')
    rest = parts.pop()
    lines += parts.length
  }
  fs.closeSync(fd)
  return Promise.resolve({ lines })
}
function parse(keep) {
  return lib.readRegFile(file, keep).then((parsed) => {
    let keys = 0, values = 0
    for (const [, node] of parsed.tree.walk()) { keys++; values += node.valueCount }
    return { keys, values }
  })
}
const lib = mode === 'floor' ? null : require(libPath)
const run = mode === 'floor' ? floor() : parse(mode === 'facts' ? lib.diagnosisKeyFilter() : undefined)
run.then((r) => {
  const ms = performance.now() - t0
  console.log(JSON.stringify({ ms, ...r, baselineRss: before, peakRss: process.resourceUsage().maxRSS * 1024 }))
})
`

const entry = process.env.BENCH_REG_ENTRY
  ? path.resolve(process.env.BENCH_REG_ENTRY)
  : path.join(root, 'main/registry/reg-file.ts')
const filterModule = path.join(path.dirname(entry), '../cli/diagnosis-keys.ts')
const hasFacts = existsSync(filterModule)
writeFileSync(
  path.join(outDir, 'reg-entry.ts'),
  `export { readRegFile } from ${JSON.stringify(entry.replace(/\.ts$/, ''))}\n` +
    (hasFacts
      ? `export { diagnosisKeyFilter } from ${JSON.stringify(filterModule.replace(/\.ts$/, ''))}\n`
      : ''),
)
const lib = await bundle('bench-output/reg-entry.ts', 'reg-file')
writeFileSync(path.join(outDir, 'parse-child.cjs'), child)

function parseOnce(file, mode) {
  const out = execFileSync(
    process.execPath,
    [path.join(outDir, 'parse-child.cjs'), lib, file, mode],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return JSON.parse(out)
}

const median = (xs) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)]

/** Runs the modes interleaved `runs` times; prints each median with its ratio to the floor. */
function compare(label, file, modes, runs) {
  const all = Object.fromEntries(modes.map((m) => [m, []]))
  for (let i = 0; i < runs; i++) for (const m of modes) all[m].push(parseOnce(file, m))
  const size = statSync(file).size
  const mb = size / 1048576
  const floorMs = all.floor ? median(all.floor).ms : undefined
  console.log(`${label}: ${mb.toFixed(1)} MiB, median of ${runs}`)
  for (const m of modes) {
    const r = median(all[m])
    const rate = mb / (r.ms / 1000)
    const what = m === 'floor' ? `${r.lines} lines` : `${r.keys} keys, ${r.values} values kept`
    console.log(
      `  ${m.padEnd(5)} ${(r.ms / 1000).toFixed(2)} s = ${rate.toFixed(1)} MB/s` +
        `${floorMs && m !== 'floor' ? ` (${(r.ms / floorMs).toFixed(2)}x the floor)` : ''}, ${what}; ` +
        `peak RSS ${(r.peakRss / 1048576).toFixed(0)} MiB = ${(r.peakRss / size).toFixed(2)}x the file` +
        ` (Node baseline ${(r.baselineRss / 1048576).toFixed(0)} MiB)`,
    )
  }
}

console.log(
  `codec: ${path.relative(root, entry)}; targets (UTF-16): facts >= 150 MB/s and peak RSS < 100 MB, full >= 100 MB/s and peak RSS < 2x the file`,
)
const modes = hasFacts ? ['floor', 'facts', 'full'] : ['floor', 'full']
for (const encoding of ['utf-16le', 'utf-8']) {
  const file = path.join(outDir, `hive-${encoding}.reg`)
  const t0 = performance.now()
  await generateHive(file, encoding, MB * 1024 * 1024)
  console.log(`generated ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  compare(`whole hive, ${encoding}`, file, encoding === 'utf-16le' ? modes : ['floor', 'full'], 3)
  if (!process.env.BENCH_KEEP) rmSync(file)
}
if (hasFacts) {
  // The facts mode's memory does not grow with the file: the same at a quarter of the size.
  const file = path.join(outDir, 'hive-small.reg')
  await generateHive(file, 'utf-16le', (MB / 4) * 1024 * 1024)
  compare('whole hive, utf-16le, a quarter of the size', file, ['floor', 'facts'], 3)
  if (!process.env.BENCH_KEEP) rmSync(file)
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
    const r = parseOnce(file, 'full')
    console.log(`${label}, ${encoding}: ${(r.ms / 1000).toFixed(2)} s`)
  }
}
