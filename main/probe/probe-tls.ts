/** A full probe of one target: four pinned versions and the STARTTLS requirement, in parallel. */
import { hostname } from 'node:os'
import { PROBE_TLS_VERSIONS, type ProbeMode } from '../../shared/probe-basics'
import type { ProbeResult, VersionResult } from '../../shared/probe'
import { Deadline } from './deadline'
import { defaultMode } from './host-port'
import { ProbeFailure } from './probe-errors'
import { failedResult, probeVersion, type VersionProbe } from './probe-version'
import { DEFAULT_LIMITS, type ReadLimits } from './reply-reader'
import { checkStarttlsRequired } from './starttls-required'
import { resolveHost, type Lookup } from './tcp-connect'
import { detectTlsStack, type TlsStack } from './tls-stack'

/** The overall time limit of one probe unless the caller gives another. */
export const DEFAULT_TIMEOUT_MS = 8000

/** How to probe; every field has a sensible default. */
export interface ProbeOptions {
  timeoutMs?: number
  stack?: TlsStack
  /** Our name in EHLO; defaults to this machine's host name. */
  helo?: string
  limits?: ReadLimits
  lookup?: Lookup
}

/** This machine's name for EHLO, when it is a plain host name (it goes on the wire). */
export function defaultHelo(name = hostname()): string {
  return /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/.test(name) ? name : 'localhost'
}

function bestCertificate(probes: VersionProbe[]) {
  for (const p of [...probes].reverse()) if (p.certificate) return p.certificate
  return null
}

function starttlsOffered(probes: VersionProbe[]): boolean | null {
  const seen = probes.map((p) => p.starttlsOffered).filter((x) => x !== null)
  return seen.length ? seen.includes(true) : null
}

/** The conversation worth showing: the TLS 1.2 connection's, else the newest version that talked. */
function pickTranscript(probes: VersionProbe[]): string[] {
  const order = ['TLSv1.2', 'TLSv1.3', 'TLSv1.1', 'TLSv1']
  const ranked = [...probes].sort((a, b) => order.indexOf(a.version) - order.indexOf(b.version))
  const talked = ranked.find((p) => p.transcript.lines.some((l) => l.startsWith('S: ')))
  return (talked ?? ranked[0])?.transcript.toArray() ?? []
}

/** Probes `host:port`; never throws for anything the network or the server does. */
export async function probeTls(
  target: { host: string; port: number; mode?: ProbeMode },
  options: ProbeOptions = {},
): Promise<ProbeResult> {
  const started = process.hrtime.bigint()
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const deadline = new Deadline(timeoutMs)
  const stack = options.stack ?? detectTlsStack()
  const mode = target.mode ?? defaultMode(target.port)
  const finish = (
    versions: Record<string, VersionResult>,
    rest: Pick<ProbeResult, 'starttlsOffered' | 'starttlsRequired' | 'certificate' | 'transcript'>,
  ): ProbeResult => ({
    host: target.host,
    port: target.port,
    mode,
    starttlsOffered: rest.starttlsOffered,
    starttlsRequired: rest.starttlsRequired,
    stack: stack.name,
    versions: versions as ProbeResult['versions'],
    certificate: rest.certificate,
    transcript: rest.transcript,
    // hrtime, not performance.now(): the first use of `performance` loads perf_hooks (about 1 ms).
    durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
  })
  let address: string
  try {
    address = await resolveHost(target.host, deadline.bound('resolve'), options.lookup)
  } catch (e) {
    const f = e as ProbeFailure
    const versions = Object.fromEntries(PROBE_TLS_VERSIONS.map((v) => [v, failedResult(f)]))
    return finish(versions, {
      starttlsOffered: null,
      starttlsRequired: null,
      certificate: null,
      transcript: [`*: ${f.message}`],
    })
  }
  const ctx = {
    host: target.host,
    address,
    port: target.port,
    mode,
    stack,
    deadline,
    helo: options.helo ?? defaultHelo(),
    limits: options.limits ?? DEFAULT_LIMITS,
  }
  const [probes, requirement] = await Promise.all([
    Promise.all(PROBE_TLS_VERSIONS.map((v) => probeVersion(v, ctx))),
    mode === 'starttls' ? checkStarttlsRequired(ctx) : Promise.resolve(null),
  ])
  const transcript = pickTranscript(probes)
  if (requirement)
    transcript.push('*: STARTTLS requirement check', ...requirement.transcript.toArray())
  return finish(Object.fromEntries(probes.map((p) => [p.version, p.result])), {
    starttlsOffered: mode === 'starttls' ? starttlsOffered(probes) : null,
    starttlsRequired: requirement?.required ?? null,
    certificate: bestCertificate(probes),
    transcript,
  })
}
