/** fast-check generators for registry content. */
import fc from 'fast-check'
import { RegistryTree } from '../../main/registry/registry-tree'
import type { RegValue } from '../../main/registry/reg-value'

const name = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    'z',
    ' ',
    '.',
    '"',
    '\\',
    '=',
    ';',
    '[',
    ']',
    '\u00e9',
    '\u4e2d',
    '-',
  ),
  minLength: 1,
  maxLength: 8,
})
const keyName = name.filter((s) => !s.includes('\\') && s.trim() === s && s.length > 0)
const text = fc.string({ maxLength: 12 })
const bytes = fc.uint8Array({ maxLength: 40 })

/** A value of every type the port carries, built from these strings, bytes and raw kinds. */
export function regValueOf(o: {
  text: fc.Arbitrary<string>
  expandText: fc.Arbitrary<string>
  bytes: fc.Arbitrary<Uint8Array>
  rawKinds: number[]
}): fc.Arbitrary<RegValue> {
  return fc.oneof(
    fc.record({ type: fc.constant('REG_SZ' as const), data: o.text }),
    fc.record({ type: fc.constant('REG_EXPAND_SZ' as const), data: o.expandText }),
    fc.record({
      type: fc.constant('REG_MULTI_SZ' as const),
      data: fc.array(
        o.text.filter((s) => !s.includes('\0') && s !== ''),
        { maxLength: 4 },
      ),
    }),
    fc.record({
      type: fc.constant('REG_DWORD' as const),
      data: fc.integer({ min: 0, max: 0xffffffff }),
    }),
    fc.record({
      type: fc.constant('REG_QWORD' as const),
      data: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    }),
    fc.record({ type: fc.constant('REG_BINARY' as const), data: o.bytes }),
    fc.record({ type: fc.constant('REG_NONE' as const), data: o.bytes }),
    fc.record({
      type: fc.constant('REG_RAW' as const),
      kind: fc.constantFrom(...o.rawKinds),
      data: o.bytes,
    }),
  )
}

/** Any value the port carries, including raw typed bytes. */
export const regValue: fc.Arbitrary<RegValue> = regValueOf({
  text,
  expandText: text.filter((s) => !s.includes('\0')),
  bytes,
  rawKinds: [5, 6, 8, 9, 10, 0x10, 0xffff],
})

/** A registry tree of up to a few dozen keys under HKLM and HKCU. */
export const regTree: fc.Arbitrary<RegistryTree> = fc
  .array(
    fc.record({
      hive: fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'),
      parts: fc.array(keyName, { minLength: 1, maxLength: 3 }),
      values: fc.array(fc.tuple(fc.oneof(name, fc.constant('')), regValue), { maxLength: 4 }),
    }),
    { maxLength: 12 },
  )
  .map(treeOf)

/** A tree holding these keys (hive and parts joined) with their values, in order. */
export function treeOf(
  keys: ReadonlyArray<{ hive: string; parts: string[]; values: Array<[string, RegValue]> }>,
): RegistryTree {
  const tree = new RegistryTree()
  for (const k of keys) {
    const path = [k.hive, ...k.parts].join('\\')
    tree.ensureKey(path)
    for (const [n, v] of k.values) tree.setValue(path, n, v)
  }
  return tree
}
