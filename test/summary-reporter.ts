/**
 * Prints one plain closing line ("tests: N passed, N failed, N skipped") for CI logs. Whatever
 * makes vitest exit 1 shows in "failed": a failed test, a test that never ran because a
 * beforeAll above it threw, a suite or file whose own hook or import threw, an unhandled error.
 */
import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node'

type Count = { passed: number; failed: number; skipped: number }

/** Adds the tests under `entity` to `count`. */
function tally(entity: TestModule | TestSuite, setupFailed: boolean, count: Count): void {
  // A suite's or file's own errors are its hooks' (beforeAll/afterAll) or its import's.
  const broken = entity.errors().length > 0
  const before = count.failed
  for (const child of entity.children) {
    if (child.type === 'suite') {
      tally(child, setupFailed || broken, count)
      continue
    }
    const state = child.result().state
    const chosen = child.options.mode === 'skip' || child.options.mode === 'todo'
    if (state === 'passed') count.passed++
    // A test that did not run because a hook above it threw was not skipped: it failed.
    else if (state === 'failed' || ((setupFailed || broken) && !chosen)) count.failed++
    else count.skipped++
  }
  // An afterAll that threw after its tests passed, or a file that failed to load: one failure.
  if (broken && count.failed === before) count.failed++
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
  ): void {
    const count: Count = { passed: 0, failed: 0, skipped: 0 }
    for (const m of modules) tally(m, false, count)
    count.failed += unhandledErrors.length
    process.stdout.write(
      `\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`,
    )
  }
}
