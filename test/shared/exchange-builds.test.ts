import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BUILD_TABLE, buildName, parseBuild, placeBuild } from '../../main/checks/build-table'

const FILE = path.join(__dirname, '../../shared/exchange-builds.json')
const date = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)
const schema = z.object({
  asOf: z.string().regex(/^20\d\d-\d\d-\d\d$/),
  sources: z.array(z.string()).min(1),
  products: z.array(
    z.object({ name: z.string(), from: z.string(), endOfSupport: z.string().nullable() }),
  ),
  builds: z.array(
    z
      .object({
        build: z.string(),
        name: z.string(),
        released: date,
        kind: z.enum(['sp', 'ru', 'cu', 'su', 'hu']),
        supported: z.literal(true).optional(),
      })
      .strict(),
  ),
})

const cmp = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((d, v, i) => d || v - (b[i] as number), 0)

describe('the Exchange build table (shared/exchange-builds.json)', () => {
  const raw = schema.parse(JSON.parse(readFileSync(FILE, 'utf8')))

  it('parses, and every build is sorted, unique and four numbers', () => {
    const builds = raw.builds.map((r) => parseBuild(r.build))
    for (let i = 1; i < builds.length; i++)
      expect(cmp(builds[i - 1] ?? [], builds[i] ?? []), raw.builds[i]?.build).toBeLessThan(0)
    expect(new Set(raw.builds.map((r) => r.name)).size).toBe(raw.builds.length)
  })

  it('is complete per line: every CU, every 2010 SP3 rollup, each update named after its CU', () => {
    const names = new Set(raw.builds.map((r) => r.name))
    for (let n = 1; n <= 32; n++)
      expect(names.has(`Exchange 2010 SP3 RU${n === 8 ? '8v2' : n}`), `RU${n}`).toBe(true)
    const cus = { 'Exchange 2013': 23, 'Exchange 2016': 23, 'Exchange 2019': 15 }
    for (const [product, last] of Object.entries(cus))
      for (let n = 1; n <= last; n++)
        expect(
          [...names].some((x) => x === `${product} CU${n}` || x.startsWith(`${product} CU${n} (`)),
          `${product} CU${n}`,
        ).toBe(true)
    expect(names.has('Exchange SE RTM')).toBe(true)
    for (const r of raw.builds.filter((x) => x.kind === 'su' || x.kind === 'hu')) {
      const cu = raw.builds.find(
        (c) =>
          c.kind === 'cu' &&
          parseBuild(c.build)[2] === parseBuild(r.build)[2] &&
          r.name.startsWith(c.name),
      )
      expect(cu, r.name).toBeDefined()
      expect(r.name).toMatch(/ (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d\d(SU|HU)(v\d)?$/)
    }
  })

  it('has the end-of-support dates of DOMAIN.md section 8 and a recent asOf', () => {
    expect(raw.products.map((p) => [p.name, p.endOfSupport])).toEqual([
      ['Exchange 2010', '2020-10-13'],
      ['Exchange 2013', '2023-04-11'],
      ['Exchange 2016', '2025-10-14'],
      ['Exchange 2019', '2025-10-14'],
      ['Exchange SE', null],
    ])
    const newest = raw.builds
      .map((r) => r.released)
      .sort()
      .at(-1) as string
    expect(raw.asOf >= newest).toBe(true)
  })

  it('names builds: exact rows, updates of a known CU, 2010 rollups', () => {
    expect(buildName([15, 1, 845, 34])).toBe('Exchange 2016 CU5')
    expect(buildName([15, 1, 2507, 63])).toBe('Exchange 2016 CU23 Dec25SU')
    expect(buildName([15, 2, 2562, 17])).toBe('Exchange SE RTM')
    expect(buildName([15, 2, 1748, 99])).toBe(
      'Exchange 2019 CU15 (with an update not in the table)',
    )
    expect(buildName([14, 3, 513, 0])).toBe('Exchange 2010 SP3 RU32')
    expect(buildName([14, 3, 500, 0])).toBe('Exchange 2010 SP3 RU30 or later')
    expect(placeBuild([15, 1, 2507, 6]).later.length).toBeGreaterThan(20)
    expect(BUILD_TABLE.rows.length).toBe(raw.builds.length)
  })
})
