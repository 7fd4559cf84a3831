import { chmodSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// One temp folder per run, for every test and every process a test starts (os.tmpdir() reads
// these variables), removed by test/run-tmp.ts at the end: no scratch folder outlives the run.
// Open to every user as the system's is (sticky, 1777): some tests run the CLI as nobody.
if (!process.env.TLSW_TEST_TMP) {
  process.env.TLSW_TEST_TMP = mkdtempSync(path.join(tmpdir(), 'tlsw-run-'))
  chmodSync(process.env.TLSW_TEST_TMP, 0o1777)
}
const runTmp = process.env.TLSW_TEST_TMP

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // Two cores on CI: do not oversubscribe them with workers.
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
    // The CLI and the web host speak the system's language: tests pin English unless they choose.
    env: { LC_ALL: 'C', LANG: 'C', LC_MESSAGES: 'C', TMPDIR: runTmp, TMP: runTmp, TEMP: runTmp },
    globalSetup: ['./test/run-tmp.ts'],
  },
})
