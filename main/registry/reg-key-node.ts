/** One key of an in-memory registry, stored compactly: a whole-hive export has a million of them. */
import { decodeTyped } from './reg-data'
import { nameId } from './reg-path'
import type { RegValue } from './reg-value'

/**
 * A copy of `s` that does not keep the string it was cut from alive. V8 represents a slice of 13+
 * characters as a view into its parent; parsing a 50 MB export would otherwise retain every chunk.
 * Copied through its UTF-16 code units (lone surrogates included): one flat string, where
 * `(' ' + s).slice(1)` would keep two objects (a view of a fresh string).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le')
}

// Names repeat across a hive ("DisplayName", "Enabled", "Client"...): one copy of each is kept, in
// a table of names seen lately, one slot per hash of a name (a newcomer takes the slot). Bounded,
// and a name seen once (a GUID, most of a hive's key names) costs no more than a slot.
const SLOTS = 1 << 16
const slots = new Array<string | undefined>(SLOTS).fill(undefined)

/** Empties the table once a file is loaded: the names stay shared, the table keeps none alive. */
export function forgetInternedNames(): void {
  slots.fill(undefined)
}

/** A durable copy of a key or value name, shared with the names like it read lately. */
export function internName(s: string): string {
  if (s.length > 64) return ownString(s)
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  const at = (h ^ (h >>> 16)) & (SLOTS - 1)
  const known = slots[at]
  if (known === s) return known
  const own = ownString(s)
  slots[at] = own
  return own
}

/** True when Windows takes the two names for one (nameId equal), without building either id. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // The lower-case forms line up to here: two ASCII characters differ unless A-Z meets a-z.
    if (x >= 128 || y >= 128) return nameId(a) === nameId(b)
    const lx = x | 32
    if (lx !== (y | 32) || lx < 97 || lx > 122) return false
  }
  // One is the other's start: the longer one's lower-case form is longer too.
  return a.length === b.length
}

/** A named value inside a key (the default value has the name ""). */
export interface NamedValue {
  name: string
  value: RegValue
}

// A value is stored as three slots: its name, a kind and a payload, with no object of its own.
type Slot = string | number | RegValue | undefined
const SZ = -1 // payload: a REG_SZ's text
const DWORD = -2 // payload: a REG_DWORD's number
const BOXED = -3 // payload: any other RegValue, as given
// 0 and up: the bytes of a `hex(kind):` value of a Version 5.00 file, one character per byte (a
// latin1 string: one small object), decoded when read. NARROW - kind: the same, REGEDIT4 file.
const NARROW = -4

function load(kind: number, payload: Slot): RegValue {
  if (kind === SZ) return { type: 'REG_SZ', data: payload as string }
  if (kind === DWORD) return { type: 'REG_DWORD', data: payload as number }
  if (kind === BOXED) return payload as RegValue
  const bytes = Buffer.from(payload as string, 'latin1')
  return kind >= 0 ? decodeTyped(kind, bytes, true) : decodeTyped(NARROW - kind, bytes, false)
}

const INDEX_FROM = 16

// Only a long list has an index (ids to places), and only an indexed list has holes.
interface Index<T> {
  map: Map<string, T>
  holes: number
}

/**
 * A key: its name, values and subkeys, looked up case-insensitively. Values live in one flat array
 * (name, kind, payload, name, kind, payload...); one subkey is held as itself, more in an array. A
 * Map index is added only for long lists.
 */
export class RegKeyNode {
  readonly name: string
  // Once a list has an index, a removal leaves a hole (an undefined triple in vals, a node the
  // index no longer maps in subs) instead of shifting and reindexing: a file deleting many entries
  // of one key would otherwise take quadratic time. Holes are compacted away in bulk.
  private vals: Slot[] | undefined
  private valIndex: Index<number> | undefined
  private subs: RegKeyNode | RegKeyNode[] | undefined
  private subIndex: Index<RegKeyNode> | undefined
  /** False for a parent that exists only because a subkey was named (never written on its own). */
  explicit = false

  constructor(name: string) {
    this.name = internName(name)
  }

  /** The name's case-insensitive identity. */
  get id(): string {
    return nameId(this.name)
  }

  /** The values in the order they were first set. */
  get values(): NamedValue[] {
    const out: NamedValue[] = []
    const v = this.vals ?? []
    for (let i = 0; i < v.length; i += 3)
      if (v[i] !== undefined)
        out.push({ name: v[i] as string, value: load(v[i + 1] as number, v[i + 2]) })
    return out
  }

  /** How many values the key has. */
  get valueCount(): number {
    return (this.vals?.length ?? 0) / 3 - (this.valIndex?.holes ?? 0)
  }

  /** The subkeys in the order they were first named. */
  get subkeys(): readonly RegKeyNode[] {
    if (this.subIndex && this.subIndex.holes > 0) this.compactSubkeys()
    const s = this.subs
    return s === undefined ? [] : Array.isArray(s) ? s : [s]
  }

  private valuePos(name: string): number {
    const v = this.vals
    if (!v) return -1
    if (this.valIndex) return this.valIndex.map.get(nameId(name)) ?? -1
    for (let i = 0; i < v.length; i += 3) if (sameName(v[i] as string, name)) return i
    return -1
  }

  /** One value by name, any case. */
  value(name: string): NamedValue | undefined {
    const i = this.valuePos(name)
    const v = this.vals as Slot[]
    return i < 0 ? undefined : { name: v[i] as string, value: load(v[i + 1] as number, v[i + 2]) }
  }

  /**
   * Sets a value; the name keeps its first spelling, as Windows does. The name is kept as it is:
   * pass a copy (internName) of one cut from a large text, which it would otherwise keep alive.
   */
  putValue(name: string, value: RegValue): void {
    if (value.type === 'REG_SZ') this.put(name, SZ, value.data)
    else if (value.type === 'REG_DWORD') this.put(name, DWORD, value.data)
    else this.put(name, BOXED, value)
  }

  /**
   * Sets a `hex(kind):` value from its bytes, one character per byte (`wide`: a Version 5.00 file,
   * whose strings are UTF-16LE). Decoded when read, as decodeTyped(kind, bytes, wide) would.
   */
  putBytes(name: string, kind: number, bytes: string, wide: boolean): void {
    this.put(name, wide ? kind : NARROW - kind, bytes)
  }

  /**
   * Drops the spare room the value list grew with (an array of 2 to 7 values has room for 8): for
   * a reader done with this key. Most keys of a hive are never written to again.
   */
  settle(): void {
    const v = this.vals
    if (v && v.length > 3 && !this.valIndex) this.vals = v.slice()
  }

  /** Gives this key the values of `from` as they are stored (nothing is decoded). */
  copyValues(from: RegKeyNode): void {
    const v = from.vals ?? []
    for (let i = 0; i < v.length; i += 3)
      if (v[i] !== undefined) this.put(v[i] as string, v[i + 1] as number, v[i + 2])
  }

  private put(name: string, kind: number, payload: Slot): void {
    const i = this.valuePos(name)
    if (i >= 0) {
      const v = this.vals as Slot[]
      v[i + 1] = kind
      v[i + 2] = payload
      return
    }
    if (!this.vals) this.vals = [name, kind, payload]
    else this.vals.push(name, kind, payload)
    if (this.valIndex) this.valIndex.map.set(nameId(name), this.vals.length - 3)
    else if (this.vals.length > 3 * INDEX_FROM) this.reindexValues()
  }

  private reindexValues(): void {
    const old = this.vals ?? []
    const v: Slot[] = []
    for (let i = 0; i < old.length; i += 3)
      if (old[i] !== undefined) v.push(old[i], old[i + 1], old[i + 2])
    this.vals = v
    const map = new Map<string, number>()
    for (let i = 0; i < v.length; i += 3) map.set(nameId(v[i] as string), i)
    this.valIndex = { map, holes: 0 }
  }

  /** Removes a value; false when absent. */
  removeValue(name: string): boolean {
    const i = this.valuePos(name)
    const v = this.vals
    if (i < 0 || !v) return false
    if (!this.valIndex) {
      v.splice(i, 3)
      return true
    }
    this.valIndex.map.delete(nameId(name))
    v[i] = v[i + 1] = v[i + 2] = undefined
    if (++this.valIndex.holes * 6 > v.length) this.reindexValues()
    return true
  }

  /** One subkey by name, any case. */
  subkey(name: string): RegKeyNode | undefined {
    const s = this.subs
    if (s === undefined) return undefined
    if (this.subIndex) return this.subIndex.map.get(nameId(name))
    if (!Array.isArray(s)) return sameName(s.name, name) ? s : undefined
    for (const k of s) if (sameName(k.name, name)) return k
    return undefined
  }

  /** The subkey with this name, created when missing. */
  child(name: string): RegKeyNode {
    const index = this.subIndex
    const id = index ? nameId(name) : ''
    const found = index ? index.map.get(id) : this.subkey(name)
    if (found) return found
    const node = new RegKeyNode(name)
    const s = this.subs
    if (s === undefined) this.subs = node
    else if (!Array.isArray(s)) this.subs = [s, node]
    else s.push(node)
    if (index) index.map.set(id, node)
    else if (Array.isArray(this.subs) && this.subs.length > INDEX_FROM)
      this.subIndex = { map: new Map(this.subs.map((k) => [nameId(k.name), k])), holes: 0 }
    return node
  }

  /** Removes a subkey and its subtree; false when absent. */
  removeChild(name: string): boolean {
    const s = this.subs
    if (s === undefined) return false
    if (!Array.isArray(s)) {
      if (!sameName(s.name, name)) return false
      this.subs = undefined
      return true
    }
    if (!this.subIndex) {
      const i = s.findIndex((k) => sameName(k.name, name))
      if (i >= 0) s.splice(i, 1)
      return i >= 0
    }
    if (!this.subIndex.map.delete(nameId(name))) return false
    if (++this.subIndex.holes * 2 > s.length) this.compactSubkeys()
    return true
  }

  private compactSubkeys(): void {
    const index = this.subIndex
    const s = this.subs
    if (!index) return
    if (Array.isArray(s)) this.subs = s.filter((k) => index.map.get(nameId(k.name)) === k)
    index.holes = 0
  }
}
