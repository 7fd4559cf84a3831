/**
 * The closing line of test/summary-reporter.ts tells the truth: each fixture in
 * test/fixtures/reporter (outside the normal include pattern) runs in its own vitest, and whatever
 * makes vitest exit 1 must show as failed.
 */
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = path.join(import.meta.dirname, 'fixtures', 'reporter')
const vitest = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
)

/** Runs one fixture file; its exit code and the reporter's closing line. */
function run(fixture: string): Promise<{ code: number; line: string; output: string }> {
  // The inner vitest must not think it is a worker of this one.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'),
  )
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--config', path.join(dir, 'vitest.config.mts'), fixture],
      { env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? error.code : 0
        if (typeof code !== 'number') return reject(error)
        const output = stdout + stderr
        const lines = stdout.split('\n').filter((l) => l.startsWith('tests: '))
        resolve({ code, line: lines.join(' | '), output })
      },
    )
  })
}

describe('the summary reporter', () => {
  it.concurrent.each([
    ['describe-before-all', 1, 'tests: 1 passed, 3 failed, 1 skipped'],
    ['file-before-all', 1, 'tests: 0 passed, 1 failed, 0 skipped'],
    ['after-all', 1, 'tests: 2 passed, 1 failed, 0 skipped'],
    ['import-fails', 1, 'tests: 0 passed, 1 failed, 0 skipped'],
    ['test-fails', 1, 'tests: 1 passed, 1 failed, 1 skipped'],
    ['unhandled', 1, 'tests: 1 passed, 1 failed, 0 skipped'],
    ['all-pass', 0, 'tests: 2 passed, 0 failed, 1 skipped'],
  ] as const)(
    '%s: vitest exits %i and the line says "%s"',
    async (name, code, line) => {
      const r = await run(`${name}.fixture.ts`)
      expect({ code: r.code, line: r.line }, r.output).toEqual({ code, line })
    },
    60_000,
  )
})
