/** The `.reg` file adapter: a registry snapshot from `reg export`, for offline analysis and tests. */
import { translate as t } from '../../shared/i18n/translate'
import { writeFileAtomic, WriteRefusedError } from '../files/atomic-write'
import { InputError } from '../input-error'
import { readRegFile, type RegKeyFilter } from './reg-file'
import { canonicalKeyPath, nameId } from './reg-path'
import { RegistryTree } from './registry-tree'
import {
  RegistryError,
  RegistrySnapshot,
  type RegistryStore,
  type ValueRef,
  type ValueWrite,
} from './registry-store'
import { encodeRegFile, sectionsFromTree, writeRegText } from './reg-write'

/** A RegistryStore over an in-memory tree loaded from (and savable to) a `.reg` file. */
export class RegFileStore implements RegistryStore {
  readonly adapter = 'reg-file'

  constructor(
    readonly tree: RegistryTree,
    readonly location: string,
  ) {}

  /** Loads a `.reg` file (any of the encodings `reg export` and regedit write), or the keys `keep` accepts. */
  static async open(path: string, keep?: RegKeyFilter): Promise<RegFileStore> {
    const { tree } = await readRegFile(path, keep)
    return new RegFileStore(tree, path)
  }

  async readKeys(paths: readonly string[]): Promise<RegistrySnapshot> {
    const snap = new RegistrySnapshot()
    for (const path of paths) {
      const node = this.tree.getKey(path)
      snap.set(path, {
        exists: node !== undefined,
        values: new Map((node?.values ?? []).map((v) => [nameId(v.name), v])),
        subkeys: node ? node.subkeys.map((k) => k.name) : [],
        known: this.tree.covers(path),
      })
    }
    return snap
  }

  async createKeys(paths: readonly string[]): Promise<void> {
    for (const p of paths) this.tree.ensureKey(p)
  }

  async setValues(writes: readonly ValueWrite[]): Promise<void> {
    const missing = writes.find((w) => !this.tree.getKey(w.key))
    if (missing)
      throw new RegistryError(
        `cannot set "${missing.name}": the key ${canonicalKeyPath(missing.key)} does not exist (create it first)`,
      )
    for (const w of writes) this.tree.setValue(w.key, w.name, w.value)
  }

  async deleteValues(refs: readonly ValueRef[]): Promise<void> {
    for (const r of refs) this.tree.deleteValue(r.key, r.name)
  }

  async deleteKeys(paths: readonly string[]): Promise<void> {
    for (const p of paths) this.tree.deleteKey(p)
  }

  async exportKeys(paths: readonly string[]): Promise<string> {
    return writeRegText(
      sectionsFromTree(
        this.tree,
        paths.filter((p) => this.tree.getKey(p)),
      ),
    )
  }

  /** Writes the whole snapshot as a `.reg` file (UTF-16LE, importable with `reg import`). */
  async saveAs(path: string): Promise<void> {
    try {
      await writeFileAtomic(path, encodeRegFile(writeRegText(sectionsFromTree(this.tree))))
    } catch (e) {
      if (e instanceof WriteRefusedError && e.code === 'EEXIST')
        throw new InputError(t('error.file.regExists', { file: path }))
      throw e
    }
  }
}
