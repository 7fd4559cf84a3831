// The live Windows registry suite (run by .github/workflows/windows.yml, never by `npm test`).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/windows/**/*.live.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // One registry: the files must not write to it at the same time.
    fileParallelism: false,
    reporters: ['default', './test/summary-reporter.ts'],
  },
})
