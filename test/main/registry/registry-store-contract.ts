/**
 * The RegistryStore contract: the same cases for every adapter, under vitest (the file adapter and
 * mocked Windows adapters), node:test (native-reg on Wine's registry) and the Windows runner.
 * Assertions are node:assert's, so the cases need nothing from either runner but describe/it.
 */
import assert from 'node:assert/strict'
import { parseRegText } from '../../../main/registry/reg-file'
import type { RegistryStore } from '../../../main/registry/registry-store'
import type { RegValue } from '../../../main/registry/reg-value'

/** The two functions a runner must offer (vitest's and node:test's describe/it both fit). */
export interface ContractRunner {
  describe(name: string, body: () => void): unknown
  it(name: string, body: () => Promise<void>): unknown
}

/** Where the cases write, and what the adapter can do. */
export interface ContractOptions {
  /** A throwaway key (HKCU) the cases may create and wipe. */
  root: string
  /** A throwaway key under HKLM\SOFTWARE, for the 64-bit view case; its Wow6432Node twin is used too. */
  machineRoot?: string
  /** False for adapters that cannot write REG_NONE, other type codes, big QWORDs or typed defaults. */
  everyType?: boolean
}

/** The value types every adapter writes and reads back. */
export const CONTRACT_VALUES: ReadonlyArray<[string, RegValue]> = [
  ['dw', { type: 'REG_DWORD', data: 0xffffffff }],
  ['qw', { type: 'REG_QWORD', data: 2n ** 40n + 5n }],
  ['sz', { type: 'REG_SZ', data: 'C:\\Program Files\\"x"' }],
  ['exp', { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' }],
  ['multi', { type: 'REG_MULTI_SZ', data: ['one', 'two'] }],
  ['bin', { type: 'REG_BINARY', data: Uint8Array.from([0, 1, 254, 255]) }],
]

/** The rest, byte for byte: what the file and native-reg adapters also keep (regedit cannot). */
export const CONTRACT_EXTRA_VALUES: ReadonlyArray<[string, RegValue]> = [
  ['', { type: 'REG_DWORD', data: 42 }],
  ['none', { type: 'REG_NONE', data: Uint8Array.from([1, 2, 3]) }],
  ['none-empty', { type: 'REG_NONE', data: new Uint8Array(0) }],
  ['qw-max', { type: 'REG_QWORD', data: 2n ** 64n - 1n }],
  ['multi-empty', { type: 'REG_MULTI_SZ', data: [] }],
  ['multi-comma', { type: 'REG_MULTI_SZ', data: ['a,b', 'é ünï'] }],
  ['sz-empty', { type: 'REG_SZ', data: '' }],
  ['bin-empty', { type: 'REG_BINARY', data: new Uint8Array(0) }],
  ['big-endian', { type: 'REG_RAW', kind: 5, data: Uint8Array.from([0, 0, 1, 0]) }],
  ['dword-short', { type: 'REG_RAW', kind: 4, data: Uint8Array.from([1, 2, 3]) }],
  // A lone surrogate is not UTF-16 text. (An unterminated REG_SZ cannot be a case: RegSetValueExW
  // counts a NUL that happens to follow the buffer, as NT does and Wine copies.)
  ['sz-lone-surrogate', { type: 'REG_RAW', kind: 1, data: Uint8Array.from([0, 0xd8, 0, 0]) }],
]

/** The Wow6432Node twin of a key under HKLM\SOFTWARE. */
export function wow6432Twin(machineKey: string): string {
  const m = /^(HKLM|HKEY_LOCAL_MACHINE)\\SOFTWARE\\(.+)$/i.exec(machineKey)
  if (!m) throw new Error(`not a key under HKLM\\SOFTWARE: ${machineKey}`)
  return `${m[1]}\\SOFTWARE\\Wow6432Node\\${m[2]}`
}

/** Every key the cases may create: live runs delete these before and after. */
export function contractRoots(opts: ContractOptions): string[] {
  return [opts.root, ...(opts.machineRoot ? [opts.machineRoot, wow6432Twin(opts.machineRoot)] : [])]
}

/** Runs the contract against stores made fresh by `make` (a clean `root` for every case). */
export function registryStoreContract(
  runner: ContractRunner,
  label: string,
  make: () => Promise<RegistryStore>,
  opts: ContractOptions,
): void {
  const { root } = opts
  const values = CONTRACT_VALUES
  const { describe, it } = runner

  describe(`RegistryStore contract: ${label}`, () => {
    it('batch read answers for present and missing keys and values', async () => {
      const store = await make()
      await store.createKeys([`${root}\\A`])
      await store.setValues([
        { key: `${root}\\A`, name: 'x', value: { type: 'REG_DWORD', data: 1 } },
      ])
      const snap = await store.readKeys([`${root}\\A`, `${root}\\Missing`, root])
      assert.equal(snap.key(`${root}\\A`).exists, true)
      assert.deepEqual(snap.value(`${root}\\A`, 'x'), { type: 'REG_DWORD', data: 1 })
      assert.equal(snap.value(`${root}\\A`, 'nope'), undefined)
      assert.equal(snap.key(`${root}\\Missing`).exists, false)
      assert.ok(
        snap.key(root).subkeys.includes('A'),
        `subkeys of ${root}: ${snap.key(root).subkeys}`,
      )
    })

    it('writes and reads back every value type', async () => {
      const store = await make()
      await store.createKeys([root])
      await store.setValues(values.map(([name, value]) => ({ key: root, name, value })))
      const snap = await store.readKeys([root])
      for (const [name, value] of values) assert.deepEqual(snap.value(root, name), value, name)
    })

    if (opts.everyType !== false) {
      it('keeps REG_NONE, other type codes, big QWORDs and typed defaults byte for byte', async () => {
        const store = await make()
        const all = [...values, ...CONTRACT_EXTRA_VALUES]
        await store.createKeys([root])
        await store.setValues(all.map(([name, value]) => ({ key: root, name, value })))
        const snap = await store.readKeys([root])
        for (const [name, value] of all) assert.deepEqual(snap.value(root, name), value, name)
        assert.equal(snap.key(root).values.size, all.length)
      })
    }

    it('refuses to set a value in a key that does not exist', async () => {
      const store = await make()
      await assert.rejects(
        store.setValues([
          { key: `${root}\\Nope`, name: 'x', value: { type: 'REG_DWORD', data: 1 } },
        ]),
        /does not exist/,
      )
      assert.equal((await store.readKeys([`${root}\\Nope`])).key(`${root}\\Nope`).exists, false)
    })

    it('creates keys with their parents, and creating an existing key keeps its values', async () => {
      const store = await make()
      await store.createKeys([`${root}\\P\\Q\\R`])
      await store.setValues([
        { key: `${root}\\P`, name: 'kept', value: { type: 'REG_SZ', data: 'y' } },
      ])
      await store.createKeys([`${root}\\P`, `${root}\\p\\q`])
      const snap = await store.readKeys([`${root}\\P`, `${root}\\P\\Q`, `${root}\\P\\Q\\R`])
      assert.deepEqual(snap.value(`${root}\\P`, 'kept'), { type: 'REG_SZ', data: 'y' })
      assert.deepEqual(snap.key(`${root}\\P`).subkeys, ['Q'])
      assert.equal(snap.key(`${root}\\P\\Q\\R`).exists, true)
    })

    it('deletes values, and deleting a missing value is not an error', async () => {
      const store = await make()
      await store.createKeys([root])
      await store.setValues([{ key: root, name: 'gone', value: { type: 'REG_SZ', data: 'x' } }])
      await store.deleteValues([
        { key: root, name: 'GONE' },
        { key: root, name: 'never-there' },
        { key: `${root}\\NoKey`, name: 'x' },
      ])
      assert.equal((await store.readKeys([root])).value(root, 'gone'), undefined)
    })

    it('deletes keys with everything below them, and a missing key is not an error', async () => {
      const store = await make()
      await store.createKeys([`${root}\\D\\Deep`, `${root}\\Stays`])
      await store.setValues([
        { key: `${root}\\D\\Deep`, name: 'v', value: { type: 'REG_DWORD', data: 1 } },
      ])
      await store.deleteKeys([`${root}\\d`, `${root}\\NoSuchKey`, `${root}\\No\\Such\\Parent`])
      const snap = await store.readKeys([root, `${root}\\D`, `${root}\\D\\Deep`])
      assert.equal(snap.key(`${root}\\D`).exists, false)
      assert.equal(snap.key(`${root}\\D\\Deep`).exists, false)
      assert.deepEqual(snap.key(root).subkeys, ['Stays'])
    })

    it('names are case-insensitive and keep their first spelling', async () => {
      const store = await make()
      await store.createKeys([`${root}\\MixedCase`])
      await store.setValues([
        { key: `${root}\\mixedcase`, name: 'Value', value: { type: 'REG_DWORD', data: 7 } },
      ])
      await store.setValues([
        { key: `${root}\\MIXEDCASE`, name: 'VALUE', value: { type: 'REG_DWORD', data: 8 } },
      ])
      const snap = await store.readKeys([`${root}\\mixedCASE`])
      assert.deepEqual(snap.value(`${root}\\MixedCase`, 'value'), { type: 'REG_DWORD', data: 8 })
      assert.deepEqual((await store.readKeys([root])).key(root).subkeys, ['MixedCase'])
    })

    it('exports a subtree as .reg text that re-imports to the same content', async () => {
      const store = await make()
      await store.createKeys([`${root}\\E\\Deep`])
      await store.setValues(
        values.map(([name, value]) => ({ key: `${root}\\E\\Deep`, name, value })),
      )
      const text = await store.exportKeys([`${root}\\E`, `${root}\\DoesNotExist`])
      assert.ok(text.startsWith('Windows Registry Editor Version 5.00\r\n'), text.slice(0, 80))
      const back = parseRegText(text)
      for (const [name, value] of values)
        assert.deepEqual(back.getValue(`${root}\\E\\Deep`, name), value, name)
      assert.equal(back.getKey(`${root}\\DoesNotExist`), undefined)
    })

    const { machineRoot } = opts
    if (machineRoot) {
      it('uses the 64-bit view: HKLM\\SOFTWARE and its Wow6432Node twin are different keys', async () => {
        const store = await make()
        const twin = wow6432Twin(machineRoot)
        await store.createKeys([machineRoot, twin])
        await store.setValues([
          { key: machineRoot, name: 'view', value: { type: 'REG_SZ', data: '64' } },
          { key: twin, name: 'view', value: { type: 'REG_SZ', data: '32' } },
        ])
        const snap = await store.readKeys([machineRoot, twin])
        assert.deepEqual(snap.value(machineRoot, 'view'), { type: 'REG_SZ', data: '64' })
        assert.deepEqual(snap.value(twin, 'view'), { type: 'REG_SZ', data: '32' })
      })
    }
  })
}
