/** `tlswizard probe HOST[:PORT] [--starttls smtp|none] [--timeout MS] [--json]` */
import { parseArgs } from 'node:util'
import { translate as t } from '../../shared/i18n/translate'
import {
  PROBE_TLS_VERSIONS,
  probeUnreachable,
  targetLabel,
  unreachableReason,
  type ProbeCertificate,
  type ProbeResult,
} from '../../shared/probe'
import { defaultMode, parseHostPort } from '../probe/host-port'
import { DEFAULT_TIMEOUT_MS, probeTls, type ProbeOptions } from '../probe/probe-tls'
import { EXIT, UsageError, type CliIo } from './exit-codes'
import { textTable } from './text-table'

const TIMEOUT_MIN = 100
const TIMEOUT_MAX = 120_000

/** The --timeout option in milliseconds (the default when absent); bad values are usage errors. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS
  const ms = Number(value)
  if (!/^\d+$/.test(value) || ms < TIMEOUT_MIN || ms > TIMEOUT_MAX)
    throw new UsageError(t('probe.cli.badTimeout', { min: TIMEOUT_MIN, max: TIMEOUT_MAX, value }))
  return ms
}

function target(positionals: string[], starttls: string | undefined) {
  if (positionals.length !== 1) throw new UsageError(t('probe.cli.oneTarget'))
  if (starttls !== undefined && starttls !== 'smtp' && starttls !== 'none')
    throw new UsageError(t('probe.cli.badStarttls', { value: starttls }))
  const { host, port } = parseHostPort(positionals[0] as string)
  const mode =
    starttls === 'smtp' ? 'starttls' : starttls === 'none' ? 'implicit' : defaultMode(port)
  return { host, port, mode } as const
}

const yesNo = (b: boolean | null) =>
  b === null ? t('probe.unknown') : b ? t('probe.yes') : t('probe.no')

function certificateLines(c: ProbeCertificate | null, host: string): string[] {
  if (!c) return [t('probe.cert.none')]
  const day = (iso: string | null) => (iso ?? '?').slice(0, 10)
  const valid = t('probe.cert.validRange', { from: day(c.validFrom), to: day(c.validTo) })
  const rows = [
    [t('probe.cert.subject'), c.subject ?? '-'],
    [t('probe.cert.names'), c.subjectAltNames.join(', ') || '-'],
    [t('probe.cert.issuer'), c.issuer ?? '-'],
    [t('probe.cert.valid'), c.expired ? `${valid}  ${t('probe.cert.expired')}` : valid],
    [t('probe.cert.trusted'), c.trusted ? t('probe.yes') : `${t('probe.no')} (${c.trustError})`],
    [t('probe.cert.nameMatches', { host }), c.nameMatches ? t('probe.yes') : t('probe.no')],
  ]
  return [t('probe.cert.title', { version: c.version }), ...textTable(rows).map((l) => `  ${l}`)]
}

/** The human-readable probe: a header, the per-version table, then the certificate. */
export function renderProbe(r: ProbeResult): string {
  const head = t('probe.title', {
    target: targetLabel(r),
    mode: t(`probe.mode.${r.mode}`),
    stack: r.stack,
    ms: r.durationMs,
  })
  const lines = [head]
  if (r.mode === 'starttls')
    lines.push(
      `${t('probe.starttlsOffered')}: ${yesNo(r.starttlsOffered)}    ${t('probe.starttlsRequired')}: ${yesNo(r.starttlsRequired)}`,
    )
  const rows = [
    ['version', 'result', 'protocol', 'cipher', 'detail'].map((k) => t(`probe.col.${k}`)),
  ]
  for (const v of PROBE_TLS_VERSIONS) {
    const x = r.versions[v]
    rows.push([v, t(`probe.result.${x.result}`), x.protocol ?? '-', x.cipher ?? '-', x.error ?? ''])
  }
  lines.push('', ...textTable(rows), '')
  if (probeUnreachable(r)) lines.push(t('probe.unreachable', { error: unreachableReason(r) }))
  else lines.push(...certificateLines(r.certificate, r.host))
  return `${lines.join('\n')}\n`
}

/** Probes one target; exit 0 when it ran (whatever the server accepts), 3 when unreachable. */
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
  const where = target(positionals, values.starttls)
  const result: ProbeResult = await probeTls(where, {
    ...options,
    timeoutMs: parseTimeout(values.timeout),
  })
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderProbe(result))
  if (probeUnreachable(result)) {
    if (values.json) io.err(`${t('probe.unreachable', { error: unreachableReason(result) })}\n`)
    return EXIT.failure
  }
  return EXIT.ok
}
