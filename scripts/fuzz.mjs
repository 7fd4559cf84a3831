// `npm run fuzz`: the parser fuzz suites (test/fuzz) with many more cases than `npm test` runs,
// printing one figure line per suite (cases, failures, worst time, heap peak).
// Usage: npm run fuzz [-- CASES]   (default 50,000 per property)
import { spawnSync } from 'node:child_process'

const runs = process.argv[2] ?? '50000'
if (!/^\d+$/.test(runs)) {
  process.stderr.write(`fuzz: the number of cases must be a whole number, got "${runs}"\n`)
  process.exit(2)
}
const r = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--testTimeout=0'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_PRINT: '1' },
})
process.exit(r.status ?? 3)
