import { defineConfig } from 'vitest/config'

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
    env: { LC_ALL: 'C', LANG: 'C', LC_MESSAGES: 'C' },
  },
})
