/** The RegistryStore port: every registry reader and writer in the product goes through it. */
import { keyPathId, nameId } from './reg-path'
import type { NamedValue } from './registry-tree'
import type { RegValue } from './reg-value'

/** What one key looked like when it was read. */
export interface RegKeyRead {
  exists: boolean
  /** Values by case-insensitive name id. */
  values: ReadonlyMap<string, NamedValue>
  subkeys: readonly string[]
  /**
   * False when the source does not say what the key holds: a `.reg` file with neither the key's own
   * section nor one of its parents' (reg export writes every key below the one exported, so a key
   * missing under an exported one does not exist; under a key that is only implied, it may). A live
   * registry always knows (absent: known).
   */
  known?: boolean
}

/** Whether a read says what the key holds (exists with these values, or does not exist). */
export function isKnown(read: RegKeyRead): boolean {
  return read.known !== false
}

const MISSING: RegKeyRead = { exists: false, values: new Map(), subkeys: [] }

/** The answer of one batched read: the keys asked for, looked up case-insensitively. */
export class RegistrySnapshot {
  private readonly keys = new Map<string, RegKeyRead>()

  /** Records what was read at `path`. */
  set(path: string, read: RegKeyRead): void {
    this.keys.set(keyPathId(path), read)
  }

  /** The key as read; a key that was not asked for reads as missing. */
  key(path: string): RegKeyRead {
    return this.keys.get(keyPathId(path)) ?? MISSING
  }

  /** One value, or undefined when the key or the value does not exist. */
  value(path: string, name: string): RegValue | undefined {
    return this.key(path).values.get(nameId(name))?.value
  }
}

/** Set a value (the key must exist: create it first, as the Windows API requires). */
export interface ValueWrite {
  key: string
  name: string
  value: RegValue
}

/** Names a value. */
export interface ValueRef {
  key: string
  name: string
}

/** Which adapter serves a store; reports name it. */
export type RegistryAdapterName = 'reg-file' | 'regedit' | 'native-reg'

/** A registry reached through one adapter. Every call is one batch. */
export interface RegistryStore {
  readonly adapter: RegistryAdapterName
  /** Where the registry lives: a file path, or "this computer". */
  readonly location: string
  /** Reads many keys with their values and subkey names in one call. */
  readKeys(paths: readonly string[]): Promise<RegistrySnapshot>
  /** Creates keys (and their parents); existing keys are left as they are. */
  createKeys(paths: readonly string[]): Promise<void>
  /** Sets values in existing keys. */
  setValues(writes: readonly ValueWrite[]): Promise<void>
  /** Deletes values; a value (or key) that does not exist is not an error. */
  deleteValues(refs: readonly ValueRef[]): Promise<void>
  /** Deletes keys with everything below them (as `[-KEY]` does); a missing key is not an error. */
  deleteKeys(paths: readonly string[]): Promise<void>
  /** The keys at `paths` and everything below them, as Version 5.00 `.reg` text. */
  exportKeys(paths: readonly string[]): Promise<string>
}

/** A registry operation the adapter refused or the registry failed; the message says which. */
export class RegistryError extends Error {
  override name = 'RegistryError'
}
