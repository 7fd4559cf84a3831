/**
 * `f` until it succeeds once: its promise is shared by the calls that follow, and a failure (a
 * damaged state file, a file locked a moment by an antivirus, a before file not there yet) is
 * tried again at the next call, never kept as the answer to every later one.
 */
export function untilDone<A extends unknown[], R>(
  f: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let done: Promise<R> | null = null
  return (...args) =>
    (done ??= f(...args).catch((e: unknown) => {
      done = null
      throw e
    }))
}
