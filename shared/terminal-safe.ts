/**
 * Text from a file, the registry or the network made safe to print: what a terminal would act on
 * or hide is shown as `.`, as the probe shows a server's bytes.
 */

// Control (C0, DEL, C1: ESC starts a terminal command) and invisible formatting characters (bidi
// overrides and isolates reorder what is read: CVE-2021-42574), line and paragraph separators.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** One line: every control or invisible formatting character, line breaks included, as `.`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '.')
}

/** Text whose line breaks are ours (one command a line): each line made safe, the `\n`s kept. */
function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n')
}

const isPlainObject = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v))

/**
 * A copy of `value` (data as the engine returns it) with every string and object key made safe;
 * strings under a key in `multiLine` keep their line breaks. Numbers, Dates and the rest stay.
 */
export function terminalSafeData<T>(value: T, multiLine: ReadonlySet<string> = new Set()): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return multiLine.has(key) ? terminalSafeLines(v) : terminalSafe(v)
    if (Array.isArray(v)) return v.map((x) => walk(x, key))
    if (!isPlainObject(v)) return v
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [terminalSafe(k), walk(x, k)] as const),
    )
  }
  return walk(value, '') as T
}
