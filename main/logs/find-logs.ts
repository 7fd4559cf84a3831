/** Where the protocol logs are: Exchange's folders under its install path, and folders the admin names. */
import { translate as t } from '../../shared/i18n/translate'
import { readdir, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import path from 'node:path'
import type { Direction, LogFolder } from '../../shared/logs'
import { reasonOf } from '../files/bounded-read'
import { InputError } from '../input-error'
import type { RegistryStore } from '../registry/registry-store'
import { exchangeSetupKey } from '../system/registry-paths'

/** Below the install path of Exchange 2013 and later: every role's SMTP protocol log folder. */
export const V15_LOG_FOLDERS = [
  ...['FrontEnd', 'Hub', 'Edge'].flatMap((role) =>
    ['SmtpSend', 'SmtpReceive'].map((d) => `TransportRoles\\Logs\\${role}\\ProtocolLog\\${d}`),
  ),
  'TransportRoles\\Logs\\Mailbox\\ProtocolLog\\SmtpReceive\\Delivery',
  'TransportRoles\\Logs\\Mailbox\\ProtocolLog\\SmtpSend\\Submission',
  'TransportRoles\\Logs\\Mailbox\\ProtocolLog\\SmtpSend\\Delivery',
]

/** Below the install path of Exchange 2010 (Hub and Edge share them). */
export const V14_LOG_FOLDERS = [
  'TransportRoles\\Logs\\ProtocolLog\\SmtpSend',
  'TransportRoles\\Logs\\ProtocolLog\\SmtpReceive',
]

/** The install paths the setup keys name (`MsiInstallPath`), newest generation first. */
export async function exchangeInstallPaths(
  store: RegistryStore,
): Promise<{ path: string; generation: 'v15' | 'v14' }[]> {
  const keys = [exchangeSetupKey('v15'), exchangeSetupKey('v14')] as const
  const snap = await store.readKeys(keys)
  return (['v15', 'v14'] as const).flatMap((generation, i) => {
    const v = snap.value(keys[i] as string, 'MsiInstallPath')
    return v?.type === 'REG_SZ' || v?.type === 'REG_EXPAND_SZ'
      ? [{ path: String(v.data), generation }]
      : []
  })
}

/** Every folder where Exchange writes SMTP protocol logs by default, for these install paths. */
export function defaultLogFolders(
  installs: { path: string; generation: 'v15' | 'v14' }[],
): string[] {
  return installs.flatMap((i) =>
    (i.generation === 'v15' ? V15_LOG_FOLDERS : V14_LOG_FOLDERS).map((f) =>
      path.win32.join(i.path, f),
    ),
  )
}

/** A log file, and what its name says. */
export interface LogFileName {
  path: string
  /** SEND or RECV in the name; the `#Log-type` header decides when there is one. */
  direction: Direction | null
  /** The start of the hour (or day) the name gives, ms; NaN for another name. */
  from: number
  /** The hour or day the file covers. */
  spanMs: number
  n: number
}

const HOUR = 3_600_000

/** `SEND2024011508-1.LOG` (hourly), `RECV20240115-3.LOG` (daily, 2010 and older builds). */
export function parseLogFileName(file: string): LogFileName {
  const m = /^(SEND|RECV)(\d{4})(\d\d)(\d\d)(\d\d)?-(\d+)\.log$/i.exec(path.basename(file))
  if (!m) return { path: file, direction: null, from: NaN, spanMs: 0, n: 0 }
  const [, kind, y, mo, d, h] = m
  return {
    path: file,
    direction: kind?.toUpperCase() === 'SEND' ? 'send' : 'receive',
    from: Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0)),
    spanMs: h === undefined ? 24 * HOUR : HOUR,
    n: Number(m[6]),
  }
}

/** Oldest first, as Exchange wrote them: by the time in the name, then its -n counter. */
export function sortLogFiles(files: LogFileName[]): LogFileName[] {
  return [...files].sort(
    (a, b) =>
      (a.from || 0) - (b.from || 0) ||
      a.n - b.n ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
}

/** A folder with its log files, oldest first. */
export interface LogSetFolder {
  path: string
  origin: LogFolder['origin']
  files: LogFileName[]
}

const isLogName = (n: string) => /\.log$/i.test(n)
const MAX_DEPTH = 6

/** Folders at or below `dir` that hold `.log` files (an admin may name the Logs folder itself). */
async function walk(dir: string, depth: number, out: Map<string, string[]>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const logs = entries
    .filter((e) => e.isFile() && isLogName(e.name))
    .map((e) => path.join(dir, e.name))
  if (logs.length) out.set(dir, logs)
  if (depth >= MAX_DEPTH) return
  for (const e of entries) if (e.isDirectory()) await walk(path.join(dir, e.name), depth + 1, out)
}

/**
 * The folders to scan: each default folder that exists (found), and each path given: a file as is,
 * a folder with every `.log` file at or below it. A given path that does not exist is an error.
 */
export async function findLogSet(
  given: readonly string[],
  defaults: readonly string[] = [],
): Promise<LogSetFolder[]> {
  const folders = new Map<string, LogSetFolder>()
  const add = (dir: string, origin: LogFolder['origin'], files: string[]) => {
    const known = folders.get(dir) ?? { path: dir, origin, files: [] }
    const seen = new Set(known.files.map((f) => f.path))
    known.files = sortLogFiles([
      ...known.files,
      ...files.filter((f) => !seen.has(f)).map(parseLogFileName),
    ])
    folders.set(dir, known)
  }
  for (const dir of defaults) {
    const found = new Map<string, string[]>()
    await walk(dir, MAX_DEPTH, found)
    if (
      found.size ||
      (await stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      add(dir, 'found', found.get(dir) ?? [])
  }
  for (const p of given) {
    if ((await givenLogPath(p)).isFile()) add(path.dirname(p), 'given', [p])
    else {
      // A folder the admin named that cannot be listed is said as such, not "no logs found".
      await readdir(p).catch((e: unknown) => {
        const reason =
          reasonOf(e) === 'denied' ? t('error.read.reason.denied') : (e as Error).message
        throw new InputError(t('error.logs.folderUnreadable', { path: p, reason }))
      })
      const found = new Map<string, string[]>()
      await walk(p, 0, found)
      if (!found.size) add(p, 'given', [])
      for (const [dir, files] of found) add(dir, 'given', files)
    }
  }
  return [...folders.values()]
}

/** A log path the admin gave: a file or a folder; InputError naming it otherwise (or missing). */
export async function givenLogPath(p: string): Promise<Stats> {
  const info = await stat(p).catch(() => null)
  if (!info) throw new InputError(t('error.logs.missing', { path: p }))
  if (!info.isFile() && !info.isDirectory())
    throw new InputError(t('error.logs.notFileOrFolder', { path: p }))
  return info
}
