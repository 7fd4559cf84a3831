/** Reading the Schannel script's output into the probe result shape, with clear errors. */
import { translate as t } from '../../shared/i18n/translate'
import { schannelProbeResultSchema, type SchannelProbeResult } from '../../shared/probe'
import { printable } from './transcript'

/** The Schannel probe could not run or said something we cannot use. */
export class SchannelProbeError extends Error {
  override name = 'SchannelProbeError'
}

// Older PowerShell writes some arrays as {"value": [...], "Count": n}; undo that.
function unwrapArrays(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapArrays)
  if (v === null || typeof v !== 'object') return v
  const o = v as Record<string, unknown>
  const keys = Object.keys(o)
  if (keys.length === 2 && Array.isArray(o.value) && typeof o.Count === 'number')
    return unwrapArrays(o.value)
  return Object.fromEntries(keys.map((k) => [k, unwrapArrays(o[k])]))
}

/** The last line that looks like a JSON object: anything PowerShell printed before it is noise. */
function jsonLine(stdout: string): string | undefined {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'))
    .pop()
}

/** Parses and validates the script's stdout; throws SchannelProbeError saying what is wrong. */
export function parseSchannelOutput(
  stdout: string,
  exitCode: number | null = 0,
  stderr = '',
): SchannelProbeResult {
  const line = jsonLine(stdout)
  if (line === undefined)
    throw new SchannelProbeError(
      t('probe.schannel.noOutput', {
        code: String(exitCode),
        stderr: printable(stderr.trim(), 300) || '-',
      }),
    )
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (e) {
    throw new SchannelProbeError(t('probe.schannel.notJson', { reason: (e as Error).message }))
  }
  if (data && typeof data === 'object' && typeof (data as { fatal?: unknown }).fatal === 'string')
    throw new SchannelProbeError(
      t('probe.schannel.failed', { reason: printable((data as { fatal: string }).fatal, 300) }),
    )
  const parsed = schannelProbeResultSchema.safeParse(unwrapArrays(data))
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ')
    throw new SchannelProbeError(t('probe.schannel.invalid', { issues }))
  }
  return parsed.data
}
