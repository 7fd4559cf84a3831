/**
 * Vitest's global setup: the run's temp folder (vitest.config.mts makes it and points TMPDIR, TMP
 * and TEMP at it for every test and the processes they start) is removed when the run ends, so
 * scratch folders, default log folders and browser profiles never pile up in the system's.
 */
import { rmSync } from 'node:fs'

/** Returns the teardown. */
export default function setup(): () => void {
  return () => {
    const dir = process.env.TLSW_TEST_TMP
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  }
}
