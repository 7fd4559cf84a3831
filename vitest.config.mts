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
  },
})
