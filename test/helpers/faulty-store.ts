/** A RegistryStore wrapper that fails the k-th value write or lies on the read-back, for fault injection. */
import type {
  RegistrySnapshot,
  RegistryStore,
  ValueRef,
  ValueWrite,
} from '../../main/registry/registry-store'

/** Which faults to inject. */
export interface Faults {
  /** Fail the k-th single value write (0-based, counted across batches); earlier ones land. */
  failWriteAt?: number
  /** Make the first read after a write report this DWORD for every value. */
  lieOnceAfterWrite?: number
  /** Fail every write once this many writes have happened (the restore fails too). */
  failAllWritesAfter?: number
}

/** Wraps a store; counts writes and injects the faults. */
export class FaultyStore implements RegistryStore {
  writes = 0
  private wrote = false
  constructor(
    private readonly inner: RegistryStore,
    private readonly faults: Faults,
  ) {}
  get adapter() {
    return this.inner.adapter
  }
  get location() {
    return this.inner.location
  }
  async readKeys(paths: readonly string[]): Promise<RegistrySnapshot> {
    const snap = await this.inner.readKeys(paths)
    if (this.wrote && this.faults.lieOnceAfterWrite !== undefined) {
      this.wrote = false
      const lie = this.faults.lieOnceAfterWrite
      for (const p of paths) {
        const k = snap.key(p)
        snap.set(p, {
          ...k,
          values: new Map(
            [...k.values].map(([id, v]) => [
              id,
              { name: v.name, value: { type: 'REG_DWORD', data: lie } },
            ]),
          ),
        })
      }
    }
    return snap
  }
  createKeys(paths: readonly string[]) {
    return this.inner.createKeys(paths)
  }
  async setValues(writes: readonly ValueWrite[]): Promise<void> {
    for (const w of writes) {
      if (
        this.writes === this.faults.failWriteAt ||
        (this.faults.failAllWritesAfter !== undefined &&
          this.writes >= this.faults.failAllWritesAfter)
      ) {
        this.writes++
        throw new Error(`injected failure writing ${w.name}`)
      }
      this.writes++
      await this.inner.setValues([w])
    }
    this.wrote = true
  }
  deleteValues(refs: readonly ValueRef[]) {
    return this.inner.deleteValues(refs)
  }
  deleteKeys(paths: readonly string[]) {
    return this.inner.deleteKeys(paths)
  }
  exportKeys(paths: readonly string[]) {
    return this.inner.exportKeys(paths)
  }
}
