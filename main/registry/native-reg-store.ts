/** The Windows adapter on `native-reg`: in-process Win32 registry calls, no script host. */
import { decodeTyped, encodeTyped } from './reg-data'
import { canonicalKeyPath, nameId, splitKeyPath } from './reg-path'
import { RegistryTree, type NamedValue } from './registry-tree'
import {
  RegistryError,
  RegistrySnapshot,
  type RegKeyRead,
  type RegistryStore,
  type ValueRef,
  type ValueWrite,
} from './registry-store'
import { sectionsFromTree, writeRegText } from './reg-write'

/** An open key as native-reg hands it out: a predefined root number or an opaque handle. */
export type NativeKey = number | object

/** The part of native-reg's API this adapter uses (method shorthand: the real module fits it). */
export interface NativeRegApi {
  openKey(hkey: NativeKey, subKey: string, access: number): NativeKey | null
  createKey(hkey: NativeKey, subKey: string, access: number): NativeKey
  enumKeyNames(hkey: NativeKey): string[]
  enumValueNames(hkey: NativeKey): string[]
  queryValueRaw(hkey: NativeKey, valueName: string | null): (Uint8Array & { type: number }) | null
  setValueRaw(hkey: NativeKey, valueName: string | null, valueType: number, data: Buffer): void
  deleteValue(hkey: NativeKey, valueName: string | null): boolean
  deleteTree(hkey: NativeKey, subKey: string | null): boolean
  closeKey(hkey: NativeKey | null | undefined): void
}

/** The predefined root keys (winreg.h), by canonical hive name. */
export const NATIVE_HIVES: Readonly<Record<string, number>> = {
  HKEY_CLASSES_ROOT: 0x80000000,
  HKEY_CURRENT_USER: 0x80000001,
  HKEY_LOCAL_MACHINE: 0x80000002,
  HKEY_USERS: 0x80000003,
  HKEY_CURRENT_CONFIG: 0x80000005,
}

/** Access rights (winnt.h) the adapter asks for. */
export const NATIVE_ACCESS = {
  QUERY_VALUE: 0x0001,
  SET_VALUE: 0x0002,
  ENUMERATE_SUB_KEYS: 0x0008,
  DELETE: 0x10000,
  READ: 0x20019,
  WRITE: 0x20006,
  WOW64_64KEY: 0x0100,
} as const

// Always the 64-bit view: in a 32-bit process HKLM\SOFTWARE would otherwise be redirected to
// Wow6432Node; the Wow6432Node twins are read by their explicit paths instead.
const VIEW = NATIVE_ACCESS.WOW64_64KEY
const READ = NATIVE_ACCESS.READ | VIEW
const CREATE = NATIVE_ACCESS.WRITE | VIEW
const SET = NATIVE_ACCESS.SET_VALUE | NATIVE_ACCESS.QUERY_VALUE | VIEW
// What RegDeleteTree asks of the parent handle.
const DELETE_TREE =
  NATIVE_ACCESS.DELETE | NATIVE_ACCESS.ENUMERATE_SUB_KEYS | NATIVE_ACCESS.QUERY_VALUE | VIEW
// A guard against a link loop, far deeper than any real export.
const MAX_DEPTH = 64

function locate(path: string): { root: number; sub: string; canonical: string } {
  const { hive, parts } = splitKeyPath(path)
  const root = NATIVE_HIVES[hive]
  if (root === undefined) throw new RegistryError(`native-reg cannot open the root key ${hive}`)
  return { root, sub: parts.join('\\'), canonical: [hive, ...parts].join('\\') }
}

function failed(what: string, e: unknown): RegistryError {
  const err = e as { message?: string; syscall?: string; errno?: number }
  const call = err.syscall ? ` (${err.syscall}, error ${err.errno})` : ''
  return new RegistryError(`${what}: ${err.message ?? String(e)}${call}`)
}

/** A RegistryStore on the live Windows registry through native-reg: one Win32 call per step. */
export class NativeRegStore implements RegistryStore {
  readonly adapter = 'native-reg'
  readonly location = 'this computer'

  constructor(private readonly reg: NativeRegApi) {}

  /** Opens `path` with `access`, runs `use` on it, always closes it; null when it does not exist. */
  private withKey<T>(path: string, access: number, use: (key: NativeKey) => T): T | null {
    const { root, sub, canonical } = locate(path)
    let key: NativeKey | null
    try {
      key = this.reg.openKey(root, sub, access)
    } catch (e) {
      throw failed(`cannot open ${canonical}`, e)
    }
    if (key === null) return null
    try {
      return use(key)
    } catch (e) {
      throw e instanceof RegistryError ? e : failed(`registry call failed on ${canonical}`, e)
    } finally {
      this.reg.closeKey(key)
    }
  }

  private readOne(path: string): RegKeyRead {
    const read = this.withKey(path, READ, (key) => {
      const values = new Map<string, NamedValue>()
      for (const name of this.reg.enumValueNames(key)) {
        const raw = this.reg.queryValueRaw(key, name)
        // A value deleted between listing and reading is simply gone.
        if (!raw) continue
        // Copied: decodeTyped may keep a view, and the Buffer belongs to native-reg.
        const value = decodeTyped(raw.type, new Uint8Array(raw), true)
        values.set(nameId(name), { name, value })
      }
      return { exists: true, values, subkeys: this.reg.enumKeyNames(key) }
    })
    return read ?? { exists: false, values: new Map(), subkeys: [] }
  }

  async readKeys(paths: readonly string[]): Promise<RegistrySnapshot> {
    const snap = new RegistrySnapshot()
    for (const p of paths) snap.set(p, this.readOne(p))
    return snap
  }

  async createKeys(paths: readonly string[]): Promise<void> {
    for (const p of paths) {
      const { root, sub, canonical } = locate(p)
      try {
        // RegCreateKeyEx creates the missing parents too and opens a key that exists.
        this.reg.closeKey(this.reg.createKey(root, sub, CREATE))
      } catch (e) {
        throw failed(`cannot create ${canonical}`, e)
      }
    }
  }

  async setValues(writes: readonly ValueWrite[]): Promise<void> {
    // Every key is opened before anything is written, so a missing key leaves the registry as it was.
    const open = new Map<string, NativeKey>()
    try {
      for (const w of writes) {
        const { root, sub, canonical } = locate(w.key)
        const id = keyId(canonical)
        if (open.has(id)) continue
        let key: NativeKey | null
        try {
          key = this.reg.openKey(root, sub, SET)
        } catch (e) {
          throw failed(`cannot open ${canonical} to set "${w.name}"`, e)
        }
        if (key === null)
          throw new RegistryError(
            `cannot set "${w.name}": the key ${canonical} does not exist (create it first)`,
          )
        open.set(id, key)
      }
      for (const w of writes) {
        const key = open.get(keyId(w.key)) as NativeKey
        const { kind, bytes } = encodeTyped(w.value)
        try {
          this.reg.setValueRaw(key, w.name, kind, Buffer.from(bytes))
        } catch (e) {
          throw failed(`cannot set ${canonicalKeyPath(w.key)}\\${w.name}`, e)
        }
      }
    } finally {
      for (const key of open.values()) this.reg.closeKey(key)
    }
  }

  async deleteValues(refs: readonly ValueRef[]): Promise<void> {
    for (const r of refs) {
      // A missing key or value answers null / false: deleting stays idempotent.
      this.withKey(r.key, SET, (key) => this.reg.deleteValue(key, r.name))
    }
  }

  async deleteKeys(paths: readonly string[]): Promise<void> {
    for (const p of paths) {
      const { hive, parts } = splitKeyPath(p)
      const name = parts.pop()
      if (name === undefined) throw new RegistryError(`refusing to delete the root key ${hive}`)
      // Through the parent's handle, so the 64-bit view applies; a missing parent is no error.
      this.withKey([hive, ...parts].join('\\'), DELETE_TREE, (parent) =>
        this.reg.deleteTree(parent, name),
      )
    }
  }

  async exportKeys(paths: readonly string[]): Promise<string> {
    const tree = new RegistryTree()
    const roots: string[] = []
    const visit = (path: string, depth: number): void => {
      const k = this.readOne(path)
      if (!k.exists) return
      if (depth === 0) roots.push(path)
      const node = tree.ensureKey(path)
      for (const v of k.values.values()) node.putValue(v.name, v.value)
      if (depth < MAX_DEPTH) for (const sub of k.subkeys) visit(`${path}\\${sub}`, depth + 1)
    }
    for (const p of paths) visit(canonicalKeyPath(p), 0)
    return writeRegText(sectionsFromTree(tree, roots))
  }
}

function keyId(path: string): string {
  return nameId(canonicalKeyPath(path))
}

/** Loads native-reg (lazily: it is a Windows binary) and opens the live registry through it. */
export async function openNativeRegStore(
  load: () => Promise<NativeRegApi> = loadNativeReg,
  platform: NodeJS.Platform = process.platform,
): Promise<NativeRegStore> {
  if (platform !== 'win32')
    throw new RegistryError(`native-reg reads the Windows registry; this is ${platform}`)
  let api: NativeRegApi
  try {
    api = await load()
  } catch (e) {
    throw failed('native-reg could not be loaded', e)
  }
  return new NativeRegStore(api)
}

async function loadNativeReg(): Promise<NativeRegApi> {
  const mod = (await import('native-reg')) as NativeRegApi & { default?: NativeRegApi }
  return mod.default ?? mod
}
