/**
 * Runs the native Schannel probe (schannel-probe.exe, native/schannel-probe) and returns its
 * validated result. Windows only; tests pass a fake spawn (or a fake port), never the exe.
 */
import { spawn as nodeSpawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { ProbeMode, SchannelProbeResult } from '../../shared/probe'
import { translate as t } from '../../shared/i18n/translate'
import { defaultMode, validHost } from './host-port'
import { parseNativeOutput, SchannelProbeError, toSchannelResult } from './native-schannel'
import { defaultHelo, DEFAULT_TIMEOUT_MS } from './probe-tls'

export { SchannelProbeError } from './native-schannel'

/** The slice of child_process.spawn the runner uses; tests pass a fake. */
export type SpawnLike = (
  command: string,
  args: string[],
  options: { windowsHide: boolean; stdio: ['ignore', 'pipe', 'pipe'] },
) => {
  stdout: NodeJS.ReadableStream | null
  stderr: NodeJS.ReadableStream | null
  on(event: 'close', listener: (code: number | null) => void): unknown
  on(event: 'error', listener: (e: Error) => void): unknown
  kill(): unknown
}

/** Options of one Schannel run. */
export interface SchannelRunOptions {
  /** The time limit of each of the five handshakes (the exe makes them one after another). */
  timeoutMs?: number
  helo?: string
  spawn?: SpawnLike
  platform?: NodeJS.Platform
  /** The exe to run; by default the first of `probeExeCandidates()` that exists. */
  exePath?: string
  /** Starting a process on a busy server takes a moment: added to the overall limit. */
  startupMs?: number
}

/** The port: what gathers Schannel's view of one target (the native probe, or a test's fake). */
export type SchannelProbePort = (
  target: { host: string; port: number; mode?: ProbeMode },
  o?: SchannelRunOptions,
) => Promise<SchannelProbeResult>

const EXE = 'schannel-probe.exe'

/**
 * Where the exe may be: TLSWIZARD_SCHANNEL_PROBE; beside tlswizard.exe (the standalone exe and
 * the installer's resources\tlswizard); dist/native beside the bundle (the CLI, and the app with
 * app.asar.unpacked, as a process cannot be started from inside an asar archive).
 */
export function probeExeCandidates(
  env: NodeJS.ProcessEnv = process.env,
  execPath = process.execPath,
  dir = typeof __dirname === 'string' ? __dirname : '.',
): string[] {
  const unpacked = (p: string) => p.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
  return [
    env.TLSWIZARD_SCHANNEL_PROBE,
    path.join(path.dirname(execPath), EXE),
    path.join(path.dirname(execPath), 'resources', 'tlswizard', EXE),
    unpacked(path.join(dir, 'native', EXE)),
    unpacked(path.join(dir, '..', 'native', EXE)),
  ].filter((p): p is string => !!p)
}

/** Text collected from a stream, capped so a runaway child cannot fill memory. */
function collect(stream: NodeJS.ReadableStream | null, max = 1 << 20): () => string {
  let text = ''
  stream?.on('data', (chunk: Buffer | string) => {
    if (text.length < max) text += chunk.toString()
  })
  return () => text
}

/** Probes `host:port` with Schannel; throws SchannelProbeError when that cannot be done. */
export const runSchannelProbe: SchannelProbePort = async (target, o = {}) => {
  if ((o.platform ?? process.platform) !== 'win32')
    throw new SchannelProbeError(t('schannelProbe.notWindows'))
  const exe = o.exePath ?? probeExeCandidates().find((p) => existsSync(p))
  if (!exe)
    throw new SchannelProbeError(
      t('schannelProbe.missing', { paths: probeExeCandidates().join(', ') }),
    )
  const timeoutMs = Math.min(120_000, Math.max(100, Math.floor(o.timeoutMs ?? DEFAULT_TIMEOUT_MS)))
  const mode = target.mode ?? defaultMode(target.port)
  // Validated here as well as in the exe: only plain names and numbers reach its command line.
  const args = ['--host', validHost(target.host), '--port', String(target.port)]
  args.push('--timeout-ms', String(timeoutMs))
  if (mode === 'starttls') args.push('--smtp', '--helo', validHost(o.helo ?? defaultHelo()))
  const limitMs = 5 * timeoutMs + (o.startupMs ?? 5000)
  const stdout = await run(o.spawn ?? (nodeSpawn as unknown as SpawnLike), exe, args, limitMs)
  return toSchannelResult(parseNativeOutput(stdout.out, stdout.code, stdout.err))
}

function run(
  spawn: SpawnLike,
  exe: string,
  args: string[],
  limitMs: number,
): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    let child: ReturnType<SpawnLike>
    try {
      child = spawn(exe, args, { windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (e) {
      return reject(
        new SchannelProbeError(t('schannelProbe.failed', { reason: (e as Error).message })),
      )
    }
    const out = collect(child.stdout)
    const err = collect(child.stderr)
    let settled = false
    const settle = (f: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      f()
    }
    const timer = setTimeout(() => {
      settle(() => reject(new SchannelProbeError(t('schannelProbe.timeout', { ms: limitMs }))))
      child.kill()
    }, limitMs)
    child.on('error', (e) =>
      settle(() =>
        reject(new SchannelProbeError(t('schannelProbe.failed', { reason: e.message }))),
      ),
    )
    child.on('close', (code) => settle(() => resolve({ out: out(), err: err(), code })))
  })
}
