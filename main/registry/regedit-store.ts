/** The Windows adapter on `regedit` (Windows Script Host + WMI StdRegProv). */
import path from 'node:path'
import { RegistryTree } from './registry-tree'
import { nameId, shortKeyPath } from './reg-path'
import {
  RegistryError,
  RegistrySnapshot,
  type RegistryStore,
  type ValueRef,
  type ValueWrite,
} from './registry-store'
import type { RegValue } from './reg-value'
import { sectionsFromTree, writeRegText } from './reg-write'

/** A value as regedit lists and puts it. */
export interface RegeditValue {
  type: string
  value: unknown
}

/** One key as regedit lists it. */
export interface RegeditItem {
  exists: boolean
  keys: string[]
  values: Record<string, RegeditValue>
}

/** The part of regedit's promise API we use; `arch` is '64' (see below). */
export interface RegeditApi {
  list(keys: string[], arch: string): Promise<Record<string, RegeditItem>>
  createKey(keys: string[], arch: string): Promise<void>
  putValue(map: Record<string, Record<string, RegeditValue>>, arch: string): Promise<void>
  deleteValue(valuePaths: string[], arch: string): Promise<void>
  deleteKey(keys: string[], arch: string): Promise<void>
}

// regedit's scripts know only the short hive names (HKLM, HKCU, ...), so every path is passed short.
// Always the 64-bit registry view: HKLM\SOFTWARE must not be redirected to Wow6432Node when a
// 32-bit script host runs; the Wow6432Node twins are read by their explicit paths instead.
const ARCH = '64'

/**
 * Where regedit's `vbs` folder is. Packaged apps keep it unpacked beside app.asar (asarUnpack),
 * because the script host cannot read files inside an asar archive.
 */
export function regeditVbsDirectory(moduleDir: string): string | undefined {
  const vbs = path.join(moduleDir, 'vbs')
  const marker = `${path.sep}app.asar${path.sep}`
  return vbs.includes(marker)
    ? vbs.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`)
    : undefined
}

function fromRegedit(v: RegeditValue, where: string): RegValue {
  const bad = () => new RegistryError(`regedit returned an unexpected ${v.type} for ${where}`)
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      if (typeof v.value !== 'string') throw bad()
      return { type: v.type, data: v.value }
    case 'REG_DWORD':
      if (typeof v.value !== 'number') throw bad()
      return { type: 'REG_DWORD', data: v.value >>> 0 }
    case 'REG_QWORD':
      if (typeof v.value !== 'number') throw bad()
      return { type: 'REG_QWORD', data: BigInt(Math.trunc(v.value)) }
    case 'REG_MULTI_SZ':
      if (!Array.isArray(v.value)) throw bad()
      return { type: 'REG_MULTI_SZ', data: v.value.map(String) }
    case 'REG_BINARY':
      if (!Array.isArray(v.value)) throw bad()
      return { type: 'REG_BINARY', data: Uint8Array.from(v.value as number[]) }
    default:
      throw bad()
  }
}

function toRegedit(w: ValueWrite): RegeditValue {
  const where = `${shortKeyPath(w.key)}\\${w.name}`
  const v = w.value
  if (w.name === '') {
    if (v.type !== 'REG_SZ')
      throw new RegistryError(`regedit can only write a REG_SZ default value (${where})`)
    return { type: 'REG_DEFAULT', value: v.data }
  }
  switch (v.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
    case 'REG_DWORD':
      return { type: v.type, value: v.data }
    case 'REG_QWORD':
      if (v.data > BigInt(Number.MAX_SAFE_INTEGER))
        throw new RegistryError(`regedit cannot write a REG_QWORD above 2^53 exactly (${where})`)
      return { type: 'REG_QWORD', value: Number(v.data) }
    case 'REG_MULTI_SZ':
      // regedit joins the strings with commas on its way to the script host.
      if (v.data.some((s) => s.includes(',')))
        throw new RegistryError(
          `regedit cannot write a REG_MULTI_SZ string containing a comma (${where})`,
        )
      return { type: 'REG_MULTI_SZ', value: v.data }
    case 'REG_BINARY':
      return { type: 'REG_BINARY', value: [...v.data] }
    default:
      throw new RegistryError(`regedit cannot write ${v.type} values (${where})`)
  }
}

/** A RegistryStore on the live Windows registry through regedit: one script-host run per batch. */
export class RegeditStore implements RegistryStore {
  readonly adapter = 'regedit'
  readonly location = 'this computer'

  constructor(private readonly api: RegeditApi) {}

  async readKeys(paths: readonly string[]): Promise<RegistrySnapshot> {
    const snap = new RegistrySnapshot()
    if (paths.length === 0) return snap
    const asked = paths.map(shortKeyPath)
    const listed = await this.api.list([...asked], ARCH)
    for (const p of asked) {
      const item = listed[p]
      if (!item) throw new RegistryError(`regedit returned nothing for ${p}`)
      const values = new Map(
        Object.entries(item.values ?? {}).map(([name, v]) => [
          nameId(name),
          { name, value: fromRegedit(v, `${p}\\${name}`) },
        ]),
      )
      snap.set(p, { exists: item.exists, values, subkeys: item.keys ?? [] })
    }
    return snap
  }

  async createKeys(paths: readonly string[]): Promise<void> {
    if (paths.length) await this.api.createKey(paths.map(shortKeyPath), ARCH)
  }

  async setValues(writes: readonly ValueWrite[]): Promise<void> {
    if (!writes.length) return
    const map: Record<string, Record<string, RegeditValue>> = {}
    for (const w of writes) (map[shortKeyPath(w.key)] ??= {})[w.name] = toRegedit(w)
    await this.api.putValue(map, ARCH)
  }

  async deleteValues(refs: readonly ValueRef[]): Promise<void> {
    if (!refs.length) return
    // The script host fails on a missing value; read first so that deleting is idempotent.
    const snap = await this.readKeys([...new Set(refs.map((r) => shortKeyPath(r.key)))])
    const present = refs.filter((r) => snap.value(r.key, r.name) !== undefined)
    if (present.length)
      await this.api.deleteValue(
        present.map((r) => `${shortKeyPath(r.key)}\\${r.name}`),
        ARCH,
      )
  }

  async deleteKeys(paths: readonly string[]): Promise<void> {
    // WMI's DeleteKey refuses a key with subkeys: delete the deepest keys first, in one run.
    const { levels } = await this.readSubtrees(paths)
    const order = levels.reverse().flat().map(shortKeyPath)
    if (order.length) await this.api.deleteKey(order, ARCH)
  }

  async exportKeys(paths: readonly string[]): Promise<string> {
    const { tree, roots } = await this.readSubtrees(paths)
    return writeRegText(sectionsFromTree(tree, roots))
  }

  /** The existing keys at and below `paths`: one list call per tree level, never one per key. */
  private async readSubtrees(paths: readonly string[]) {
    const tree = new RegistryTree()
    const roots: string[] = []
    const levels: string[][] = []
    let level = paths.map(shortKeyPath)
    for (let depth = 0; level.length && depth < 64; depth++) {
      const snap = await this.readKeys(level)
      const existing = level.filter((p) => snap.key(p).exists)
      const next: string[] = []
      for (const p of existing) {
        const k = snap.key(p)
        if (depth === 0) roots.push(p)
        const node = tree.ensureKey(p)
        for (const v of k.values.values()) node.putValue(v.name, v.value)
        for (const sub of k.subkeys) next.push(`${p}\\${sub}`)
      }
      levels.push(existing)
      level = next
    }
    return { tree, roots, levels }
  }
}

/** The regedit module as it loads (its promise API plus the scripts-folder switch). */
export interface RegeditModule {
  promisified: RegeditApi
  setExternalVBSLocation(p: string): string
}

/** Loads regedit, pointing it at the unpacked `vbs` folder when running from an asar archive. */
export async function openRegeditStore(
  load: () => Promise<RegeditModule> = loadRegedit,
  moduleDir: string = path.dirname(require.resolve('regedit')),
): Promise<RegeditStore> {
  const regedit = await load()
  const dir = regeditVbsDirectory(moduleDir)
  if (dir) {
    // regedit answers with a sentence rather than throwing when the folder is missing.
    const answer = regedit.setExternalVBSLocation(dir)
    if (answer !== 'Folder found and set') {
      throw new RegistryError(
        `regedit's scripts were not found at ${dir} (${answer}); reinstall the application`,
      )
    }
  }
  return new RegeditStore(regedit.promisified)
}

async function loadRegedit(): Promise<RegeditModule> {
  const mod = (await import('regedit')) as unknown as RegeditModule & { default?: RegeditModule }
  return mod.default ?? mod
}
