/** Runs the Schannel probe with Windows PowerShell and returns its validated result. */
import { spawn as nodeSpawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ProbeMode, SchannelProbeResult } from '../../shared/probe'
import { translate as t } from '../../shared/i18n/translate'
import { defaultHelo, DEFAULT_TIMEOUT_MS } from './probe-tls'
import { defaultMode } from './host-port'
import { parseSchannelOutput, SchannelProbeError } from './schannel-result'
import { schannelProbeScript } from './schannel-script'

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
  timeoutMs?: number
  helo?: string
  spawn?: SpawnLike
  platform?: NodeJS.Platform
  /** PowerShell itself needs a few seconds to start on a busy server. */
  startupMs?: number
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
export async function runSchannelProbe(
  target: { host: string; port: number; mode?: ProbeMode },
  o: SchannelRunOptions = {},
): Promise<SchannelProbeResult> {
  if ((o.platform ?? process.platform) !== 'win32')
    throw new SchannelProbeError(t('probe.schannel.notWindows'))
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const script = schannelProbeScript({
    host: target.host,
    port: target.port,
    mode: target.mode ?? defaultMode(target.port),
    timeoutMs,
    helo: o.helo ?? defaultHelo(),
  })
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tlswizard-schannel-'))
  const file = path.join(dir, 'probe.ps1')
  // A UTF-8 BOM tells Windows PowerShell 5.1 the file is not in the ANSI code page.
  await writeFile(file, `\ufeff${script}`, 'utf8')
  try {
    return await run(
      o.spawn ?? (nodeSpawn as unknown as SpawnLike),
      file,
      timeoutMs + (o.startupMs ?? 15_000),
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function run(spawn: SpawnLike, file: string, limitMs: number): Promise<SchannelProbeResult> {
  // -ExecutionPolicy Bypass applies to this one process only; the machine policy is untouched.
  const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', file]
  return new Promise((resolve, reject) => {
    let child: ReturnType<SpawnLike>
    try {
      child = spawn('powershell.exe', args, {
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (e) {
      return reject(
        new SchannelProbeError(t('probe.schannel.failed', { reason: (e as Error).message })),
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
      settle(() => reject(new SchannelProbeError(t('probe.schannel.timeout', { ms: limitMs }))))
      child.kill()
    }, limitMs)
    child.on('error', (e) =>
      settle(() =>
        reject(new SchannelProbeError(t('probe.schannel.failed', { reason: e.message }))),
      ),
    )
    child.on('close', (code) =>
      settle(() => {
        try {
          resolve(parseSchannelOutput(out(), code, err()))
        } catch (e) {
          reject(e)
        }
      }),
    )
  })
}
