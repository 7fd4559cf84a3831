/**
 * Shared by every fuzz and property suite: how many cases to run (a few thousand in `npm test`,
 * many more under `npm run fuzz`) and a figure line per suite (cases, failures, worst time, heap).
 */
import fc from 'fast-check'

/** Cases per property: FUZZ_RUNS when set (npm run fuzz), else `fallback`. */
export function fuzzRuns(fallback = 2000): number {
  const n = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/**
 * Runs `check` on `runs` generated cases (async or not). Throws fast-check's report on the first
 * failure; under `npm run fuzz` (FUZZ_PRINT=1) prints one figure line whatever the outcome.
 */
export async function fuzz<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  check: (value: T) => void | Promise<void>,
  runs = fuzzRuns(),
): Promise<void> {
  let cases = 0
  let worstMs = 0
  let heapPeak = process.memoryUsage().heapUsed
  let failure: unknown = null
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        cases++
        const t0 = performance.now()
        await check(value)
        worstMs = Math.max(worstMs, performance.now() - t0)
        if (cases % 64 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
      }),
      { numRuns: runs },
    )
  } catch (e) {
    failure = e
  }
  if (process.env.FUZZ_PRINT)
    process.stdout.write(
      `fuzz ${name}: ${cases} cases, ${failure ? 1 : 0} failures, worst ${worstMs.toFixed(1)} ms, heap peak ${(heapPeak / 1048576).toFixed(0)} MB\n`,
    )
  if (failure) throw failure
}
