// Benchmark: parse a generated 50 MB `reg export` of a whole hive (UTF-16LE, as reg.exe writes it).
// Prints MB/s and peak RSS; targets: >= 50 MB/s, peak RSS < 3x the file size.
import { execFileSync } from 'node:child_process'
import { createWriteStream, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundle, outDir } from './bundle-for-bench.mjs'

const TARGET_BYTES = Number(process.env.BENCH_REG_MB ?? 50) * 1024 * 1024
const file = path.join(outDir, 'hive.reg')

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

async function generate() {
  const out = createWriteStream(file)
  const write = (s) =>
    new Promise((resolve) =>
      out.write(Buffer.from(s, 'utf16le')) ? resolve() : out.once('drain', resolve),
    )
  await write('\ufeffWindows Registry Editor Version 5.00\r\n\r\n')
  let bytes = 0
  let keys = 0
  for (let v = 0; bytes < TARGET_BYTES; v++) {
    const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor${v % 97}\\Product${v}\\Settings\\Component${v % 13}`
    const text = [
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
    await write(text)
    bytes += text.length * 2
    keys++
  }
  await new Promise((resolve) => out.end(resolve))
  return keys
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

const lib = await bundle('main/registry/reg-file.ts', 'reg-file')
const t0 = performance.now()
const generatedKeys = await generate()
const size = statSync(file).size
console.log(
  `generated ${file}: ${(size / 1048576).toFixed(1)} MiB, ${generatedKeys} keys, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)
writeFileSync(path.join(outDir, 'parse-child.cjs'), child)
const runs = []
for (let i = 0; i < 3; i++) {
  runs.push(
    JSON.parse(
      execFileSync(process.execPath, [path.join(outDir, 'parse-child.cjs'), lib, file], {
        encoding: 'utf8',
      }),
    ),
  )
}
runs.sort((a, b) => a.ms - b.ms)
const median = runs[1]
const mbps = size / 1048576 / (median.ms / 1000)
console.log(
  `parse (median of 3): ${median.ms.toFixed(0)} ms = ${mbps.toFixed(1)} MB/s (target >= 50), ${median.keys} keys, ${median.values} values`,
)
console.log(
  `peak RSS: ${(median.peakRss / 1048576).toFixed(0)} MiB = ${(median.peakRss / size).toFixed(2)}x the file (target < 3x); Node baseline ${(median.baselineRss / 1048576).toFixed(0)} MiB`,
)
