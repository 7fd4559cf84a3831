/** Probing the targets of a diagnosis: all at once, Schannel too when asked for on Windows. */
import type { ProbeOutcome, ProbeRole, ProbeTarget } from '../../shared/probe'
import { defaultMode, parseHostPort } from './host-port'
import { probeTls, type ProbeOptions } from './probe-tls'
import {
  runSchannelProbe,
  type SchannelProbePort,
  type SchannelRunOptions,
} from './schannel-runner'
import { office365Target, type ResolveMx } from './targets'

const EXO = /\.(mail\.protection\.outlook\.com|mx\.microsoft)$/i

/** A typed `HOST[:PORT]` with the role its name implies (loopback or our FQDN = local). */
export function targetFromInput(input: string, fqdn?: string | null): ProbeTarget {
  const { host, port } = parseHostPort(input)
  const local = ['127.0.0.1', '::1', 'localhost', fqdn?.toLowerCase()].includes(host)
  const role: ProbeRole = local ? 'local' : EXO.test(host) ? 'office365' : 'other'
  return { host, port, mode: defaultMode(port), role }
}

/** What `diagnose --probe ... --domain ...` asks for. */
export interface TargetRequest {
  probes?: string[]
  domain?: string
  fqdn?: string | null
  resolveMx?: ResolveMx
}

/** The target list: each `--probe`, then the tenant endpoint of `--domain`; duplicates dropped. */
export async function requestedTargets(r: TargetRequest): Promise<ProbeTarget[]> {
  const list = (r.probes ?? []).map((p) => targetFromInput(p, r.fqdn))
  if (r.domain) {
    const { source: _source, ...exo } = await office365Target(r.domain, r.resolveMx)
    list.push(exo)
  }
  const seen = new Set<string>()
  return list.filter((x) => !seen.has(`${x.host}|${x.port}`) && !!seen.add(`${x.host}|${x.port}`))
}

/** Options for a batch of probes. */
export interface RunProbesOptions extends ProbeOptions {
  /** Also probe with Schannel (Windows only; failures leave `schannel` null). */
  schannel?: boolean | SchannelRunOptions
  /** What runs the Schannel probe (the native exe by default; tests pass a fake). */
  schannelProbe?: SchannelProbePort
}

/** Probes every target in parallel; never throws for network trouble. */
export async function runProbes(
  targets: ProbeTarget[],
  o: RunProbesOptions = {},
): Promise<ProbeOutcome[]> {
  const { schannel, schannelProbe = runSchannelProbe, ...options } = o
  const results = await Promise.all(targets.map((t) => probeTls(t, options)))
  const outcomes: ProbeOutcome[] = targets.map((target, i) => ({
    target,
    result: results[i] as ProbeOutcome['result'],
    schannel: null,
    schannelError: null,
  }))
  if (!schannel) return outcomes
  const run = typeof schannel === 'object' ? schannel : {}
  // One target at a time: each run makes five connections, gently on a busy Exchange server.
  for (const outcome of outcomes) {
    try {
      outcome.schannel = await schannelProbe(outcome.target, {
        timeoutMs: options.timeoutMs,
        ...run,
      })
    } catch (e) {
      outcome.schannelError = e instanceof Error ? e.message : String(e)
    }
  }
  return outcomes
}
