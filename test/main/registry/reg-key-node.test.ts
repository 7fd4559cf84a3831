import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RegKeyNode } from '../../../main/registry/reg-key-node'

// A few names that clash case-insensitively, enough of them for the long-list (indexed) form.
const name = fc.integer({ min: 0, max: 40 }).chain((i) => fc.constantFrom(`n${i}`, `N${i}`))
const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), name, data: fc.nat(9) }),
  fc.record({ kind: fc.constant('remove' as const), name }),
  fc.record({ kind: fc.constant('child' as const), name }),
  fc.record({ kind: fc.constant('drop' as const), name }),
)

describe('RegKeyNode against a plain model', () => {
  it('values and subkeys keep order, first spelling and count through any edits', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 400, size: 'max' }), (ops) => {
        const node = new RegKeyNode('k')
        const values: Array<[string, number]> = []
        const subs: string[] = []
        const at = (list: string[], n: string) =>
          list.findIndex((x) => x.toLowerCase() === n.toLowerCase())
        for (const o of ops) {
          const names = values.map(([n]) => n)
          if (o.kind === 'put') {
            node.putValue(o.name, { type: 'REG_DWORD', data: o.data })
            const i = at(names, o.name)
            if (i >= 0) (values[i] as [string, number])[1] = o.data
            else values.push([o.name, o.data])
          } else if (o.kind === 'remove') {
            const i = at(names, o.name)
            expect(node.removeValue(o.name)).toBe(i >= 0)
            if (i >= 0) values.splice(i, 1)
          } else if (o.kind === 'child') {
            node.child(o.name)
            if (at(subs, o.name) < 0) subs.push(o.name)
          } else {
            const i = at(subs, o.name)
            expect(node.removeChild(o.name)).toBe(i >= 0)
            if (i >= 0) subs.splice(i, 1)
          }
        }
        expect(node.values.map((v) => [v.name, v.value.data])).toEqual(values)
        expect(node.valueCount).toBe(values.length)
        expect(node.subkeys.map((k) => k.name)).toEqual(subs)
        for (const [n, d] of values) expect(node.value(n.toUpperCase())?.value.data).toBe(d)
        for (const s of subs) expect(node.subkey(s.toUpperCase())?.name).toBe(s)
      }),
      { numRuns: 300 },
    )
  })
})
