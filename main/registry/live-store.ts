/**
 * Opens the live Windows registry: through regedit (the default), or through native-reg when the
 * Windows Script Host that regedit needs is unavailable (disabled by policy, removed, or broken).
 */
import { translate as t } from '../../shared/i18n/translate'
import { execFile } from 'node:child_process'
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openNativeRegStore } from './native-reg-store'
import { openRegeditStore } from './regedit-store'
import { RegistryError, type RegistrySnapshot, type RegistryStore } from './registry-store'
import { systemProgram } from '../system/system-programs'

/** Where Windows Script Host reads its `Enabled` switch (HKLM and HKCU). */
export const WSH_SETTINGS = {
  machine: 'HKLM\\SOFTWARE\\Microsoft\\Windows Script Host\\Settings',
  user: 'HKCU\\Software\\Microsoft\\Windows Script Host\\Settings',
} as const

/** What one probe run of cscript gave. */
export interface ScriptRun {
  exitCode: number | null
  stdout: string
  stderr: string
  timedOut: boolean
  /** Set when cscript could not be started at all. */
  spawnError?: string
}

/** The I/O the detection needs; tests replace all of it. */
export interface WshProbes {
  /** Reads both WSH_SETTINGS keys (native-reg: no script host involved). */
  readSettings(): Promise<RegistrySnapshot>
  exists(file: string): Promise<boolean>
  /** Runs the probe job below with cscript; must give up after `timeoutMs`. */
  runProbe(timeoutMs: number): Promise<ScriptRun>
  /** %SystemRoot%, e.g. C:\Windows. */
  systemRoot: string
}

/** What the probe job prints when the script host can do what regedit does. */
export const PROBE_OK = 'tlswizard-wsh-ok'

/** A .wsf job using what regedit's scripts use: a job file, WMI StdRegProv and WScript.StdOut. */
export const PROBE_JOB = `<job id="probe"><script language="VBScript">
Set reg = GetObject("winmgmts:\\root\\default:StdRegProv")
WScript.StdOut.Write "${PROBE_OK}"
</script></job>
`

function dword(snap: RegistrySnapshot, key: string, name: string): number | undefined {
  const v = snap.value(key, name)
  if (v?.type === 'REG_DWORD') return v.data
  // The documented type is REG_SZ "0" / "1"; admins set either.
  if (v?.type === 'REG_SZ' && /^\s*\d+\s*$/.test(v.data)) return Number(v.data)
  return undefined
}

/** Why the Enabled policy switches the script host off, or undefined when it does not. */
export function policyVerdict(snap: RegistrySnapshot): string | undefined {
  const machine = dword(snap, WSH_SETTINGS.machine, 'Enabled')
  const user = dword(snap, WSH_SETTINGS.user, 'Enabled')
  // The user's setting wins unless the machine says IgnoreUserSettings=1.
  const ignoreUser = dword(snap, WSH_SETTINGS.machine, 'IgnoreUserSettings') === 1
  const effective = ignoreUser || user === undefined ? machine : user
  if (effective !== 0) return undefined
  const where = effective === user && !ignoreUser ? WSH_SETTINGS.user : WSH_SETTINGS.machine
  return t('error.liveRegistry.wshPolicy', { key: where })
}

/** Why a probe run shows the script host cannot serve regedit, or undefined when it can. */
export function probeVerdict(run: ScriptRun, timeoutMs: number): string | undefined {
  if (run.spawnError) return t('error.liveRegistry.cscriptNotStarted', { detail: run.spawnError })
  if (run.timedOut)
    return t('error.liveRegistry.cscriptTimeout', { seconds: String(timeoutMs / 1000) })
  if (run.exitCode === 0 && run.stdout.trim() === PROBE_OK) return undefined
  const said = (run.stderr.trim() || run.stdout.trim()).split(/\r?\n/)[0]?.slice(0, 200)
  const code = String(run.exitCode)
  return said
    ? t('error.liveRegistry.cscriptFailedSaid', { code, said })
    : t('error.liveRegistry.cscriptFailed', { code })
}

/** Why regedit cannot work here (the first reason found), or undefined when it can. */
export async function scriptHostProblem(
  probes: WshProbes,
  timeoutMs = 15_000,
): Promise<string | undefined> {
  const policy = await probes.readSettings().then(policyVerdict, () => undefined)
  if (policy) return policy
  const system32 = path.win32.join(probes.systemRoot, 'System32')
  if (!(await probes.exists(path.win32.join(system32, 'cscript.exe'))))
    return t('error.liveRegistry.noCscript', { folder: system32 })
  if (!(await probes.exists(path.win32.join(system32, 'vbscript.dll'))))
    return t('error.liveRegistry.noVbscript', { folder: system32 })
  // Some spawn failures throw instead of calling back (seen under Wine: spawn UNKNOWN).
  const run = await probes.runProbe(timeoutMs).catch((e: unknown): ScriptRun => ({
    exitCode: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    spawnError: (e as Error).message ?? String(e),
  }))
  return probeVerdict(run, timeoutMs)
}

/** The probes on this computer. */
export function systemProbes(env: NodeJS.ProcessEnv = process.env): WshProbes {
  return {
    systemRoot: env.SystemRoot ?? env.windir ?? 'C:\\Windows',
    readSettings: async () =>
      (await openNativeRegStore()).readKeys([WSH_SETTINGS.machine, WSH_SETTINGS.user]),
    exists: (file) =>
      access(file).then(
        () => true,
        () => false,
      ),
    runProbe: runCscriptProbe,
  }
}

async function runCscriptProbe(timeoutMs: number): Promise<ScriptRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tlswizard-wsh-'))
  const job = path.join(dir, 'probe.wsf')
  try {
    await writeFile(job, PROBE_JOB)
    return await new Promise<ScriptRun>((resolve) => {
      execFile(
        systemProgram('cscript.exe'),
        ['//NoLogo', `//T:${Math.ceil(timeoutMs / 1000)}`, job],
        { timeout: timeoutMs, windowsHide: true },
        (err, stdout, stderr) => {
          const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: unknown }) | null
          const spawnError = typeof e?.code === 'string' ? e.message : undefined
          const exitCode = typeof e?.code === 'number' ? e.code : e ? null : 0
          resolve({ exitCode, stdout, stderr, timedOut: !!e?.killed, spawnError })
        },
      )
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** How the live registry should be opened. */
export interface LiveStoreOptions {
  /** Use this adapter without probing (e.g. a command-line switch). */
  adapter?: 'regedit' | 'native-reg'
  probes?: WshProbes
  probeTimeoutMs?: number
  openRegedit?: () => Promise<RegistryStore>
  openNativeReg?: () => Promise<RegistryStore>
  /** Remembers what was said; one per process by default, so the notice appears once. */
  session?: LiveStoreSession
}

/** What one process has learnt about the script host. */
export interface LiveStoreSession {
  problem?: Promise<string | undefined>
  told?: boolean
}

/** The open store, and what to tell the user about the choice. */
export interface LiveStore {
  store: RegistryStore
  /** Why native-reg was used instead of regedit; undefined when regedit was used. */
  fallbackReason?: string
  /** The sentence to show the user: only on the first fallback of the session. */
  notice?: string
}

const PROCESS_SESSION: LiveStoreSession = {}

/** Opens the live registry: regedit when the script host works, native-reg otherwise. */
export async function openLiveRegistryStore(opts: LiveStoreOptions = {}): Promise<LiveStore> {
  const openRegedit = opts.openRegedit ?? (() => openRegeditStore())
  const openNative = opts.openNativeReg ?? (() => openNativeRegStore())
  if (opts.adapter === 'regedit') return { store: await openRegedit() }
  if (opts.adapter === 'native-reg') return { store: await openNative() }
  const session = opts.session ?? PROCESS_SESSION
  session.problem ??= scriptHostProblem(opts.probes ?? systemProbes(), opts.probeTimeoutMs)
  let reason = await session.problem
  if (!reason) {
    try {
      return { store: await openRegedit() }
    } catch (e) {
      reason = t('error.liveRegistry.regeditFailed', { detail: String((e as Error).message) })
    }
  }
  let store: RegistryStore
  try {
    store = await openNative()
  } catch (e) {
    throw new RegistryError(
      t('error.liveRegistry.bothFailed', { reason, detail: String((e as Error).message) }),
    )
  }
  const notice = session.told ? undefined : t('error.liveRegistry.fallback', { reason })
  session.told = true
  return { store, fallbackReason: reason, notice }
}
