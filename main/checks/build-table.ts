/** Exchange's build table (shared/exchange-builds.json): names, release dates, support status. */
import table from '../../shared/exchange-builds.json'
import type { Build } from './exchange-builds'

/** sp/ru: Exchange 2010 service pack and update rollups; cu; su (security) and hu (hotfix) updates. */
export type BuildKind = 'sp' | 'ru' | 'cu' | 'su' | 'hu'

/** One released build. */
export interface BuildRow {
  build: Build
  name: string
  /** `YYYY-MM-DD`, or `YYYY-MM` where the source gives only the month (the SU names). */
  released: string
  kind: BuildKind
  /** A CU Health Checker still calls supported. */
  supported?: boolean
}

/** A product line and the day its extended support ended (null: still supported). */
export interface ProductRow {
  name: string
  from: Build
  endOfSupport: string | null
}

/** `15.1.2507.63` as numbers; throws on anything else (the table test parses every row). */
export function parseBuild(text: string): Build {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(text.trim())
  if (!m) throw new Error(`not a build number: ${text}`)
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]
}

/** The table, parsed once. */
export const BUILD_TABLE = {
  asOf: table.asOf,
  products: table.products.map((p): ProductRow => ({
    name: p.name,
    from: parseBuild(p.from),
    endOfSupport: p.endOfSupport,
  })),
  rows: table.builds.map((r): BuildRow => ({
    ...r,
    build: parseBuild(r.build),
    kind: r.kind as BuildKind,
  })),
}

function cmp(a: Build, b: Build): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  return 0
}

/**
 * The product line a build belongs to: same major.minor (Exchange 2010, 14.x, is one line across
 * its service packs), the last line that starts at or below it (2019, then SE, share 15.2).
 */
export function productOf(b: Build): ProductRow | undefined {
  const sameMinor = (p: ProductRow) => p.from[0] === 14 || p.from[1] === b[1]
  return BUILD_TABLE.products
    .filter((p) => p.from[0] === b[0] && sameMinor(p) && cmp(p.from, b) <= 0)
    .at(-1)
}

function sameLine(a: Build, b: Build): boolean {
  return productOf(a)?.name === productOf(b)?.name
}

/** The rows of a build's product line, oldest first. */
export function lineRows(b: Build): BuildRow[] {
  return BUILD_TABLE.rows.filter((r) => sameLine(r.build, b))
}

/**
 * Where a build stands in its line: the row it is (or the newest row below it), the CU it
 * belongs to (for 2010, the SP3 line as a whole) and the updates released for that CU after it.
 */
export function placeBuild(b: Build) {
  const rows = lineRows(b)
  const at = rows.filter((r) => cmp(r.build, b) <= 0).at(-1)
  const exact = at !== undefined && cmp(at.build, b) === 0
  const is2010 = b[0] === 14
  const cu = is2010
    ? undefined
    : rows.filter((r) => r.kind === 'cu' && r.build[2] === b[2] && cmp(r.build, b) <= 0).at(-1)
  // Updates of this CU (same third number) or, for 2010, later rollups of SP3.
  const later = rows.filter(
    (r) =>
      cmp(r.build, b) > 0 &&
      (is2010 ? r.kind === 'ru' && b[1] === 3 : r.kind !== 'cu' && r.build[2] === b[2]),
  )
  const latestCu = rows.filter((r) => r.kind === 'cu').at(-1)
  return { row: at, exact, cu, later, latestCu, product: productOf(b) }
}

/** The build's name: `Exchange 2016 CU23 Dec25SU`, or the nearest release and "or later". */
export function buildName(b: Build): string | undefined {
  const { row, exact, cu, product } = placeBuild(b)
  if (exact && row) return row.name
  if (cu) return `${cu.name} (with an update not in the table)`
  if (row && b[0] === 14) return `${row.name} or later`
  return product?.name
}
