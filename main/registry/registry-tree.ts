import { RegKeyNode, type NamedValue } from './reg-key-node'
import { canonicalKeyPath, keyPathId, nameId, parentKeyPaths, splitKeyPath } from './reg-path'
import { regValuesEqual, type RegValue } from './reg-value'

export { RegKeyNode, type NamedValue }

/** An in-memory registry: what a `.reg` file describes, and what the file adapter reads and writes. */
export class RegistryTree {
  private readonly roots = new Map<string, RegKeyNode>()
  /** Keys known not to exist: a `[-KEY]` section said so (the collect script writes one). */
  private readonly absent = new Map<string, string>()

  /** The key at `path`, or undefined when it (or a parent) does not exist. */
  getKey(path: string): RegKeyNode | undefined {
    const { hive, parts } = splitKeyPath(path)
    let node = this.roots.get(hive)
    for (const part of parts) {
      if (!node) return undefined
      node = node.subkey(part)
    }
    return node
  }

  /**
   * Whether the tree says what `path` holds: the key or one of its parents has a section of its own
   * (`explicit`). A key named only as the parent of another says nothing of its values or of its
   * other subkeys, and neither does a tree without the key or any section above it.
   */
  covers(path: string): boolean {
    if (this.knownAbsent(path)) return true
    const { hive, parts } = splitKeyPath(path)
    let node = this.roots.get(hive)
    for (const part of parts) {
      if (!node) return false
      if (node.explicit) return true
      node = node.subkey(part)
    }
    return node?.explicit ?? false
  }

  /** The key at `path`, created with its parents when missing. */
  ensureKey(path: string): RegKeyNode {
    const { hive, parts } = splitKeyPath(path)
    let node = this.hiveRoot(hive)
    for (const part of parts) node = node.child(part)
    node.explicit = true
    return node
  }

  /** The root key of a hive (`hive`: any spelling splitKeyPath accepts), created when missing. */
  hiveRoot(hive: string): RegKeyNode {
    const name = splitKeyPath(hive).hive
    let node = this.roots.get(name)
    if (!node) {
      node = new RegKeyNode(name)
      this.roots.set(name, node)
    }
    return node
  }

  /** The keys deleted (by a `[-KEY]` section, or by a fix's undo), as written. */
  absentKeys(): string[] {
    return [...this.absent.values()]
  }

  /** Whether `path`, or a key above it, was deleted: it is known not to exist. */
  private knownAbsent(path: string): boolean {
    const id = keyPathId(path)
    return [id, ...parentKeyPaths(id)].some((key) => this.absent.has(key))
  }

  /** Deletes the key and everything below it; false when it did not exist. Either way, it is gone. */
  deleteKey(path: string): boolean {
    this.absent.set(keyPathId(path), canonicalKeyPath(path))
    const { hive, parts } = splitKeyPath(path)
    if (parts.length === 0) return this.roots.delete(hive)
    const parent = this.getKey([hive, ...parts.slice(0, -1)].join('\\'))
    return parent?.removeChild(parts[parts.length - 1] as string) ?? false
  }

  /** Sets a value, creating the key as `reg import` does. */
  setValue(path: string, name: string, value: RegValue): void {
    this.ensureKey(path).putValue(name, value)
  }

  /** Deletes a value; false when it was not there. */
  deleteValue(path: string, name: string): boolean {
    return this.getKey(path)?.removeValue(name) ?? false
  }

  /** Reads one value. */
  getValue(path: string, name: string): RegValue | undefined {
    return this.getKey(path)?.value(name)?.value
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
      const subs = node.subkeys
      for (let i = subs.length - 1; i >= 0; i--) {
        const child = subs[i] as RegKeyNode
        stack.push([`${p}\\${child.name}`, child])
      }
    }
  }

  /** A deep copy (values are immutable, so they are shared). */
  clone(): RegistryTree {
    const copy = new RegistryTree()
    for (const [id, key] of this.absent) copy.absent.set(id, key)
    for (const [p, node] of this.walk()) {
      const target = copy.ensureKey(p)
      target.explicit = node.explicit
      target.copyValues(node)
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
      for (const v of node.values) {
        const ov = o[1].value(v.name)
        if (!ov) out.push(`value only on the left: ${p}\\${v.name}`)
        else if (!regValuesEqual(v.value, ov.value)) out.push(`value differs: ${p}\\${v.name}`)
      }
      for (const v of o[1].values) {
        if (!node.value(v.name)) out.push(`value only on the right: ${p}\\${v.name}`)
      }
    }
    for (const [id, [p]] of theirs) if (!mine.has(id)) out.push(`key only on the right: ${p}`)
    return out
  }
}

/**
 * Opens keys one after another, as a file names them: each from the deepest key it shares with
 * the one before (an export lists a key's subkeys right after it), not from the hive down. It keeps
 * the nodes of the last path: after anything else removes keys from the tree, call reset().
 */
export class KeyCursor {
  private readonly nodes: RegKeyNode[] = []

  constructor(private readonly tree: RegistryTree) {}

  reset(): void {
    this.nodes.length = 0
  }

  /** The key at `path` (canonical, as RegParser gives it), created with its parents if missing. */
  open(path: string): RegKeyNode {
    const nodes = this.nodes
    // The last path's keys for as long as `path` spells their names the same (`at`: where the next
    // component begins).
    let depth = 0
    let at = 0
    for (; depth < nodes.length; depth++) {
      const name = (nodes[depth] as RegKeyNode).name
      const end = at + name.length
      if (end !== path.length && path.charCodeAt(end) !== 0x5c) break
      if (!path.startsWith(name, at)) break
      at = end + 1
    }
    let node = nodes[depth - 1]
    let d = depth
    for (; at <= path.length; d++) {
      let end = path.indexOf('\\', at)
      if (end < 0) end = path.length
      // Often the name the last path had one level deeper (Parameters, Enum...): then its shared
      // copy is used, with no cut and no lookup of the name.
      const before = nodes[d]?.name
      const reuse =
        before !== undefined && end - at === before.length && path.startsWith(before, at)
      const name = reuse ? before : path.slice(at, end)
      node = node ? node.child(name) : this.tree.hiveRoot(name)
      nodes[d] = node
      at = end + 1
    }
    nodes.length = d
    const key = node as RegKeyNode
    key.explicit = true
    return key
  }
}
