/** The RegistryStore contract: the same cases for every adapter (the file adapter here, others on Windows). */
import { describe, expect, it } from 'vitest'
import { parseRegText } from '../../../main/registry/reg-file'
import type { RegistryStore } from '../../../main/registry/registry-store'
import type { RegValue } from '../../../main/registry/reg-value'

/** Runs the contract against stores made fresh by `make` under the throwaway key `root`. */
export function registryStoreContract(
  label: string,
  make: () => Promise<RegistryStore>,
  root: string,
): void {
  const values: Array<[string, RegValue]> = [
    ['dw', { type: 'REG_DWORD', data: 0xffffffff }],
    ['qw', { type: 'REG_QWORD', data: 2n ** 40n + 5n }],
    ['sz', { type: 'REG_SZ', data: 'C:\\Program Files\\"x"' }],
    ['exp', { type: 'REG_EXPAND_SZ', data: '%SystemRoot%\\x' }],
    ['multi', { type: 'REG_MULTI_SZ', data: ['one', 'two'] }],
    ['bin', { type: 'REG_BINARY', data: Uint8Array.from([0, 1, 254, 255]) }],
  ]

  describe(`RegistryStore contract: ${label}`, () => {
    it('batch read answers for present and missing keys and values', async () => {
      const store = await make()
      await store.createKeys([`${root}\\A`])
      await store.setValues([
        { key: `${root}\\A`, name: 'x', value: { type: 'REG_DWORD', data: 1 } },
      ])
      const snap = await store.readKeys([`${root}\\A`, `${root}\\Missing`, root])
      expect(snap.key(`${root}\\A`).exists).toBe(true)
      expect(snap.value(`${root}\\A`, 'x')).toEqual({ type: 'REG_DWORD', data: 1 })
      expect(snap.value(`${root}\\A`, 'nope')).toBeUndefined()
      expect(snap.key(`${root}\\Missing`).exists).toBe(false)
      expect(snap.key(root).subkeys).toContain('A')
    })

    it('writes and reads back every value type', async () => {
      const store = await make()
      await store.createKeys([root])
      await store.setValues(values.map(([name, value]) => ({ key: root, name, value })))
      const snap = await store.readKeys([root])
      for (const [name, value] of values) expect(snap.value(root, name)).toEqual(value)
    })

    it('refuses to set a value in a key that does not exist', async () => {
      const store = await make()
      await expect(
        store.setValues([
          { key: `${root}\\Nope`, name: 'x', value: { type: 'REG_DWORD', data: 1 } },
        ]),
      ).rejects.toThrow(/does not exist/)
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
      expect((await store.readKeys([root])).value(root, 'gone')).toBeUndefined()
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
      expect(snap.value(`${root}\\MixedCase`, 'value')).toEqual({ type: 'REG_DWORD', data: 8 })
      expect((await store.readKeys([root])).key(root).subkeys).toEqual(['MixedCase'])
    })

    it('exports a subtree as .reg text that re-imports to the same content', async () => {
      const store = await make()
      await store.createKeys([`${root}\\E\\Deep`])
      await store.setValues(
        values.map(([name, value]) => ({ key: `${root}\\E\\Deep`, name, value })),
      )
      const text = await store.exportKeys([`${root}\\E`, `${root}\\DoesNotExist`])
      expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true)
      const back = parseRegText(text)
      for (const [name, value] of values)
        expect(back.getValue(`${root}\\E\\Deep`, name)).toEqual(value)
      expect(back.getKey(`${root}\\DoesNotExist`)).toBeUndefined()
    })
  })
}
