/** `tlswizard probe HOST[:PORT] [HOST[:PORT]...] [--starttls smtp|none] [--timeout MS] [--json]` */
import { parseArgs } from 'node:util'
import { translate as t } from '../../shared/i18n/translate'
import type { ProbeBatch, ProbeResult } from '../../shared/probe'
import { probeUnreachable, targetLabel, unreachableReason } from '../../shared/probe-basics'
import { defaultMode, parseHostPort } from '../probe/host-port'
import { DEFAULT_TIMEOUT_MS, probeTls, type ProbeOptions } from '../probe/probe-tls'
import { EXIT, UsageError, type CliIo } from './exit-codes'

const TIMEOUT_MIN = 100
const TIMEOUT_MAX = 120_000
/** Targets probed at once: each takes five connections, so at most 80 are open together. */
export const PARALLEL_TARGETS = 16

/**
 * The --timeout option in milliseconds (the default when absent); bad values are usage errors.
 * `diagnose --probe` imports it when it runs: a static import would split this module into a chunk
 * of its own, one more file for every `probe` to load.
 */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS
  const ms = Number(value)
  if (!/^\d+$/.test(value) || ms < TIMEOUT_MIN || ms > TIMEOUT_MAX)
    throw new UsageError(t('probe.cli.badTimeout', { min: TIMEOUT_MIN, max: TIMEOUT_MAX, value }))
  return ms
}

function targets(positionals: string[], starttls: string | undefined) {
  if (positionals.length === 0) throw new UsageError(t('probe.cli.oneTarget'))
  if (starttls !== undefined && starttls !== 'smtp' && starttls !== 'none')
    throw new UsageError(t('probe.cli.badStarttls', { value: starttls }))
  // Every target is checked before any is probed: a typo is a usage error, not a late failure.
  return positionals.map((given) => {
    const { host, port } = parseHostPort(given)
    const mode =
      starttls === 'smtp' ? 'starttls' : starttls === 'none' ? 'implicit' : defaultMode(port)
    return { host, port, mode } as const
  })
}

/** Runs `work` over `items` with at most `limit` at a time; results in the order of `items`. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** The JSON document of several targets (one target prints its ProbeResult alone, as before). */
export function probeBatch(results: ProbeResult[]): ProbeBatch {
  const unreachable = results.filter(probeUnreachable).length
  return { probeBatch: 1, targets: results.length, unreachable, results }
}

/**
 * Probes the targets given, PARALLEL_TARGETS at a time; exit 0 when each was reached (whatever the
 * servers accept), 3 when one or more could not be reached.
 */
export async function probeCommand(
  args: string[],
  io: CliIo,
  options: Omit<ProbeOptions, 'timeoutMs'> = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      starttls: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  const where = targets(positionals, values.starttls)
  const timeoutMs = parseTimeout(values.timeout)
  const results = await mapBounded(where, PARALLEL_TARGETS, (w) =>
    probeTls(w, { ...options, timeoutMs }),
  )
  const single = results.length === 1 ? results[0] : undefined
  if (values.json) io.out(`${JSON.stringify(single ?? probeBatch(results), null, 2)}\n`)
  else {
    // The text form's code (and its table layout) is loaded only when it is shown.
    const { renderProbe } = await import('./render-probe')
    io.out(results.map(renderProbe).join('\n'))
  }
  const lost = results.filter(probeUnreachable)
  if (!lost.length) return EXIT.ok
  if (values.json)
    for (const r of lost) {
      const why = t('probe.unreachable', { error: unreachableReason(r) })
      io.err(`${single ? '' : `${targetLabel(r)}: `}${why}\n`)
    }
  return EXIT.failure
}
