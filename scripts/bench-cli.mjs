// CLI start-up benchmark: whole-process wall time of `tlswizard --version` against `node -e 0`, and
// of `tlswizard probe` (four pinned versions over STARTTLS) against a plain-Node script doing the same
// four handshakes (bench-fixtures/four-handshakes.cjs), all in this run, interleaved, medians.
// Targets: probe within 1.25x of its floor, --version within 1.2x of `node -e 0`.
// Loopback only (127.0.0.1). BENCH_CLI_ROOT=/other/checkout measures another built copy.
// Needs `npm run build`. Usage: node scripts/bench-cli.mjs [runs]
import { execFileSync, fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(process.env.BENCH_CLI_ROOT ?? path.dirname(here))
const RUNS = Number(process.argv[2] ?? 15)
const bin = path.join(root, 'bin/tlswizard.cjs')
const floorScript = path.join(here, 'bench-fixtures/four-handshakes.cjs')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function wall(args) {
  const t = performance.now()
  execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return performance.now() - t
}

const server = fork(path.join(here, 'bench-probe.mjs'), ['--serve', '50'], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const { bare, ports } = await new Promise((resolve) => server.once('message', resolve))
const target = `127.0.0.1:${bare}`
try {
  const cases = {
    'node -e 0': ['-e', '0'],
    'tlswizard --version': [bin, '--version'],
    'plain-Node four handshakes': [floorScript, target],
    'tlswizard probe --json': [bin, 'probe', target, '--json', '--starttls', 'smtp'],
  }
  // The probe's output must say every version was accepted (a broken probe is not fast).
  const out = JSON.parse(execFileSync(process.execPath, cases['tlswizard probe --json'].slice()))
  const one = out.results ? out.results[0].result : out
  if (!Object.values(one.versions).every((v) => v.accepted)) throw new Error('probe failed')
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  for (const args of Object.values(cases)) wall(args) // warm the file cache
  for (let i = 0; i < RUNS; i++)
    for (const [k, args] of Object.entries(cases)) times[k].push(wall(args))
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
  console.log(`CLI processes (${root}), median of ${RUNS}, interleaved:`)
  const line = (k, floor, target) =>
    console.log(
      `  ${k}: ${m[k].toFixed(0)} ms; floor ${floor} ${m[floor].toFixed(0)} ms; ratio ${(m[k] / m[floor]).toFixed(2)}x (target <= ${target}x)`,
    )
  line('tlswizard --version', 'node -e 0', 1.2)
  line('tlswizard probe --json', 'plain-Node four handshakes', 1.25)

  // Many targets: one process for all of them against one process per target (smtp-server each).
  const many = ports.map((p) => `127.0.0.1:${p}`)
  const batch = []
  try {
    for (let i = 0; i < 5; i++) batch.push(wall([bin, 'probe', ...many, '--json']))
  } catch {
    batch.push(NaN) // a build that takes one target only
  }
  const t0 = performance.now()
  for (const t of many) execFileSync(process.execPath, [bin, 'probe', t, '--json'])
  const each = performance.now() - t0
  console.log(
    `  ${many.length} targets: one process ${median(batch).toFixed(0)} ms (median of 5); one process per target, in turn, ${each.toFixed(0)} ms`,
  )
} finally {
  server.kill()
}
