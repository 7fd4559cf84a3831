/** One key of an in-memory registry, stored compactly: a whole-hive export has a million of them. */
import { nameId } from './reg-path'
import type { RegValue } from './reg-value'

/**
 * A copy of `s` that does not keep the string it was cut from alive. V8 represents a slice of 13+
 * characters as a view into its parent; parsing a 50 MB export would otherwise retain every chunk.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1)
}

// Names repeat across a hive ("DisplayName", "Enabled", "Client"...): keep one copy of each, with
// its case-insensitive id. Bounded, so a long-running process cannot grow it without limit.
const NAMES = new Map<string, readonly [name: string, id: string]>()
const MAX_NAMES = 200_000

/** Drops the table once a file is loaded: the names stay shared, the table itself is not kept. */
export function forgetInternedNames(): void {
  NAMES.clear()
}

/** A durable, shared copy of a key or value name and its id. */
export function internName(s: string): readonly [name: string, id: string] {
  const known = NAMES.get(s)
  if (known) return known
  const own = ownString(s)
  const entry = [own, nameId(own)] as const
  if (NAMES.size < MAX_NAMES && s.length <= 64) NAMES.set(own, entry)
  return entry
}

/** A named value inside a key (the default value has the name ""). */
export interface NamedValue {
  name: string
  value: RegValue
}

// Storage form of a value: the two most common types as bare JS values, the rest as they are.
type Stored = string | number | RegValue

function store(v: RegValue): Stored {
  return v.type === 'REG_SZ' ? v.data : v.type === 'REG_DWORD' ? v.data : v
}

function load(s: Stored): RegValue {
  return typeof s === 'string'
    ? { type: 'REG_SZ', data: s }
    : typeof s === 'number'
      ? { type: 'REG_DWORD', data: s }
      : s
}

const INDEX_FROM = 16

/**
 * A key: its name, values and subkeys, looked up case-insensitively. Values live in one flat array
 * (name, value, name, value...) and subkeys in another; a Map index is added only for long lists.
 */
export class RegKeyNode {
  readonly name: string
  readonly id: string
  // Once a list has an index, a removal leaves a hole (an undefined pair in vals, a node the index no
  // longer maps in subs) instead of shifting and reindexing: a file deleting many entries of one key
  // would otherwise take quadratic time. Holes are compacted away in bulk.
  private vals: Array<string | Stored | undefined> | undefined
  private valIndex: Map<string, number> | undefined
  private valHoles = 0
  private subs: RegKeyNode[] | undefined
  private subIndex: Map<string, RegKeyNode> | undefined
  private subHoles = 0
  /** False for a parent that exists only because a subkey was named (never written on its own). */
  explicit = false

  constructor(name: string) {
    ;[this.name, this.id] = internName(name)
  }

  /** The values in the order they were first set. */
  get values(): NamedValue[] {
    const out: NamedValue[] = []
    const v = this.vals ?? []
    for (let i = 0; i < v.length; i += 2)
      if (v[i] !== undefined) out.push({ name: v[i] as string, value: load(v[i + 1] as Stored) })
    return out
  }

  /** How many values the key has. */
  get valueCount(): number {
    return (this.vals?.length ?? 0) / 2 - this.valHoles
  }

  /** The subkeys in the order they were first named. */
  get subkeys(): readonly RegKeyNode[] {
    if (this.subHoles > 0) this.compactSubkeys()
    return this.subs ?? []
  }

  private valuePos(id: string): number {
    const v = this.vals
    if (!v) return -1
    if (this.valIndex) return this.valIndex.get(id) ?? -1
    for (let i = 0; i < v.length; i += 2) {
      const n = v[i] as string
      if (n.length === id.length && nameId(n) === id) return i
    }
    return -1
  }

  /** One value by name, any case. */
  value(name: string): NamedValue | undefined {
    const i = this.valuePos(nameId(name))
    return i < 0
      ? undefined
      : { name: this.vals?.[i] as string, value: load(this.vals?.[i + 1] as Stored) }
  }

  /** Sets a value; the name keeps its first spelling, as Windows does. */
  putValue(name: string, value: RegValue): void {
    const [own, id] = internName(name)
    const i = this.valuePos(id)
    if (i >= 0) {
      ;(this.vals as Stored[])[i + 1] = store(value)
      return
    }
    if (!this.vals) this.vals = [own, store(value)]
    else this.vals.push(own, store(value))
    if (this.valIndex) this.valIndex.set(id, this.vals.length - 2)
    else if (this.vals.length > 2 * INDEX_FROM) this.reindexValues()
  }

  private reindexValues(): void {
    const v = (this.vals ?? []).filter((_, i, all) => all[i - (i % 2)] !== undefined)
    this.vals = v
    this.valHoles = 0
    this.valIndex = new Map()
    for (let i = 0; i < v.length; i += 2) this.valIndex.set(nameId(v[i] as string), i)
  }

  /** Removes a value; false when absent. */
  removeValue(name: string): boolean {
    const id = nameId(name)
    const i = this.valuePos(id)
    const v = this.vals
    if (i < 0 || !v) return false
    if (!this.valIndex) {
      v.splice(i, 2)
      return true
    }
    this.valIndex.delete(id)
    v[i] = v[i + 1] = undefined
    if (++this.valHoles * 4 > v.length) this.reindexValues()
    return true
  }

  /** One subkey by name, any case. */
  subkey(name: string): RegKeyNode | undefined {
    const id = nameId(name)
    return this.subIndex ? this.subIndex.get(id) : this.subs?.find((k) => k.id === id)
  }

  /** The subkey with this name, created when missing. */
  child(name: string): RegKeyNode {
    const found = this.subkey(name)
    if (found) return found
    const node = new RegKeyNode(name)
    if (!this.subs) this.subs = [node]
    else this.subs.push(node)
    if (this.subIndex) this.subIndex.set(node.id, node)
    else if (this.subs.length > INDEX_FROM) this.subIndex = new Map(this.subs.map((k) => [k.id, k]))
    return node
  }

  /** Removes a subkey and its subtree; false when absent. */
  removeChild(name: string): boolean {
    const id = nameId(name)
    const subs = this.subs
    if (!subs) return false
    if (!this.subIndex) {
      const i = subs.findIndex((k) => k.id === id)
      if (i >= 0) subs.splice(i, 1)
      return i >= 0
    }
    if (!this.subIndex.delete(id)) return false
    if (++this.subHoles * 2 > subs.length) this.compactSubkeys()
    return true
  }

  private compactSubkeys(): void {
    const index = this.subIndex
    if (index) this.subs = this.subs?.filter((k) => index.get(k.id) === k)
    this.subHoles = 0
  }
}
