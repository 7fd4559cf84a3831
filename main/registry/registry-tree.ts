import { canonicalKeyPath, nameId, splitKeyPath } from './reg-path'
import { regValuesEqual, type RegValue } from './reg-value'

/** A named value inside a key (the default value has the name ""). */
export interface NamedValue {
  name: string
  value: RegValue
}

/** One key of an in-memory registry: values and subkeys, looked up case-insensitively. */
export class RegKeyNode {
  readonly values = new Map<string, NamedValue>()
  readonly subkeys = new Map<string, RegKeyNode>()
  constructor(readonly name: string) {}
}

/** An in-memory registry: what a `.reg` file describes, and what the file adapter reads and writes. */
export class RegistryTree {
  private readonly roots = new Map<string, RegKeyNode>()

  /** The key at `path`, or undefined when it (or a parent) does not exist. */
  getKey(path: string): RegKeyNode | undefined {
    const { hive, parts } = splitKeyPath(path)
    let node = this.roots.get(hive)
    for (const part of parts) {
      if (!node) return undefined
      node = node.subkeys.get(nameId(part))
    }
    return node
  }

  /** The key at `path`, created with its parents when missing. */
  ensureKey(path: string): RegKeyNode {
    const { hive, parts } = splitKeyPath(path)
    let node: RegKeyNode | undefined = this.roots.get(hive)
    if (!node) {
      node = new RegKeyNode(hive)
      this.roots.set(hive, node)
    }
    for (const part of parts) {
      const id = nameId(part)
      let child: RegKeyNode | undefined = node.subkeys.get(id)
      if (!child) {
        child = new RegKeyNode(part)
        node.subkeys.set(id, child)
      }
      node = child
    }
    return node
  }

  /** Deletes the key and everything below it; false when it did not exist. */
  deleteKey(path: string): boolean {
    const { hive, parts } = splitKeyPath(path)
    if (parts.length === 0) return this.roots.delete(hive)
    const parent = this.getKey([hive, ...parts.slice(0, -1)].join('\\'))
    return parent?.subkeys.delete(nameId(parts[parts.length - 1] as string)) ?? false
  }

  /** Sets a value, creating the key as `reg import` does. */
  setValue(path: string, name: string, value: RegValue): void {
    this.ensureKey(path).values.set(nameId(name), { name, value })
  }

  /** Deletes a value; false when it was not there. */
  deleteValue(path: string, name: string): boolean {
    return this.getKey(path)?.values.delete(nameId(name)) ?? false
  }

  /** Reads one value. */
  getValue(path: string, name: string): RegValue | undefined {
    return this.getKey(path)?.values.get(nameId(name))?.value
  }

  /** Every key at or below `path` (or the whole tree), parents first, with its full path. */
  *walk(path?: string): Generator<[string, RegKeyNode]> {
    const starts: Array<[string, RegKeyNode]> = []
    if (path === undefined) {
      for (const root of this.roots.values()) starts.push([root.name, root])
    } else {
      const node = this.getKey(path)
      if (node) starts.push([canonicalKeyPath(path), node])
    }
    const stack = starts.reverse()
    while (stack.length) {
      const [p, node] = stack.pop() as [string, RegKeyNode]
      yield [p, node]
      const children = [...node.subkeys.values()].reverse()
      for (const child of children) stack.push([`${p}\\${child.name}`, child])
    }
  }

  /** A deep copy (values are immutable, so they are shared). */
  clone(): RegistryTree {
    const copy = new RegistryTree()
    for (const [p, node] of this.walk()) {
      const target = copy.ensureKey(p)
      for (const [id, v] of node.values) target.values.set(id, v)
    }
    return copy
  }

  /** True when both trees hold the same keys and values (names compared case-insensitively). */
  equals(other: RegistryTree): boolean {
    return this.diff(other).length === 0
  }

  /** Human-readable differences, for test failures and verification reports. */
  diff(other: RegistryTree): string[] {
    const out: string[] = []
    const mine = new Map([...this.walk()].map(([p, n]) => [nameId(p), [p, n] as const]))
    const theirs = new Map([...other.walk()].map(([p, n]) => [nameId(p), [p, n] as const]))
    for (const [id, [p, node]] of mine) {
      const o = theirs.get(id)
      if (!o) {
        out.push(`key only on the left: ${p}`)
        continue
      }
      for (const [vid, v] of node.values) {
        const ov = o[1].values.get(vid)
        if (!ov) out.push(`value only on the left: ${p}\\${v.name}`)
        else if (!regValuesEqual(v.value, ov.value)) out.push(`value differs: ${p}\\${v.name}`)
      }
      for (const [vid, v] of o[1].values) {
        if (!node.values.has(vid)) out.push(`value only on the right: ${p}\\${v.name}`)
      }
    }
    for (const [id, [p]] of theirs) if (!mine.has(id)) out.push(`key only on the right: ${p}`)
    return out
  }
}
