/** Plain-text tables for terminal output: columns padded to their widest cell, in display columns. */
import { displayWidth, padColumns } from './display-width'

/** The rows as lines, each column starting at the same terminal column (Chinese counts two). */
export function textTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))),
  )
  return rows.map((r) =>
    r
      .map((c, i) => padColumns(c, widths[i] as number))
      .join('  ')
      .trimEnd(),
  )
}
