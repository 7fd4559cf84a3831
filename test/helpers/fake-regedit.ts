/** A stand-in for the regedit package that behaves like its scripts do, over an in-memory registry. */
import type { RegeditApi, RegeditItem, RegeditValue } from '../../main/registry/regedit-store'
import { RegistryTree } from '../../main/registry/registry-tree'
import type { RegValue } from '../../main/registry/reg-value'

const SHORT = /^(HKLM|HKCU|HKCR|HKU|HKCC)\\/

function check(path: string): void {
  // regedit's VBScript knows only the short hive names.
  if (!SHORT.test(path)) throw Object.assign(new Error(`unsupported hive ${path}`), { code: 25122 })
}

function toRegedit(v: RegValue): RegeditValue {
  switch (v.type) {
    case 'REG_QWORD':
      return { type: v.type, value: Number(v.data) }
    case 'REG_BINARY':
      return { type: v.type, value: [...v.data] }
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
    case 'REG_MULTI_SZ':
    case 'REG_DWORD':
      return { type: v.type, value: v.data }
    default:
      return { type: 'REG_NONE', value: null }
  }
}

function fromRegedit(v: RegeditValue): RegValue {
  switch (v.type) {
    case 'REG_QWORD':
      return { type: 'REG_QWORD', data: BigInt(v.value as number) }
    case 'REG_BINARY':
      return { type: 'REG_BINARY', data: Uint8Array.from(v.value as number[]) }
    case 'REG_DEFAULT':
      return { type: 'REG_SZ', data: v.value as string }
    case 'REG_MULTI_SZ':
      // regedit joins the array with commas on its way to the script, which splits it again.
      return { type: 'REG_MULTI_SZ', data: (v.value as string[]).join(',').split(',') }
    default:
      return { type: v.type, data: v.value } as RegValue
  }
}

/** Records every call (name, arch, argument) so tests can count script-host runs. */
export class FakeRegedit implements RegeditApi {
  readonly tree = new RegistryTree()
  readonly calls: Array<{ op: string; arch: string; arg: unknown }> = []

  async list(keys: string[], arch: string): Promise<Record<string, RegeditItem>> {
    this.calls.push({ op: 'list', arch, arg: [...keys] })
    const out: Record<string, RegeditItem> = {}
    for (const k of keys) {
      check(k)
      const node = this.tree.getKey(k)
      out[k] = {
        exists: !!node,
        keys: node ? [...node.subkeys.values()].map((n) => n.name) : [],
        values: Object.fromEntries(
          [...(node?.values.values() ?? [])].map((v) => [v.name, toRegedit(v.value)]),
        ),
      }
    }
    return out
  }

  async createKey(keys: string[], arch: string): Promise<void> {
    this.calls.push({ op: 'createKey', arch, arg: [...keys] })
    keys.forEach(check)
    for (const k of keys) this.tree.ensureKey(k)
  }

  async putValue(map: Record<string, Record<string, RegeditValue>>, arch: string): Promise<void> {
    this.calls.push({ op: 'putValue', arch, arg: map })
    for (const [key, values] of Object.entries(map)) {
      check(key)
      if (!this.tree.getKey(key)) throw Object.assign(new Error('key does not exist'), { code: 2 })
      for (const [name, v] of Object.entries(values))
        this.tree.setValue(key, v.type === 'REG_DEFAULT' ? '' : name, fromRegedit(v))
    }
  }

  async deleteKey(keys: string[], arch: string): Promise<void> {
    this.calls.push({ op: 'deleteKey', arch, arg: [...keys] })
    keys.forEach(check)
    for (const k of keys)
      if (!this.tree.deleteKey(k)) throw Object.assign(new Error('key not found'), { code: 2 })
  }

  async deleteValue(paths: string[], arch: string): Promise<void> {
    this.calls.push({ op: 'deleteValue', arch, arg: [...paths] })
    for (const p of paths) {
      check(p)
      const i = p.lastIndexOf('\\')
      if (!this.tree.deleteValue(p.slice(0, i), p.slice(i + 1)))
        throw Object.assign(new Error('value not found'), { code: 2 })
    }
  }
}
