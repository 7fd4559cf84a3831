/** A table of registry values: the key (monospace, breaking after backslashes), then the other columns. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components'
import { Fragment } from 'react'
import { useWordTableStyles } from './word-styles'

/** A run no column can be asked to hold (a host name, a file name); backslashes are breaks. */
const LONG = /[^\s\\]{33,}/
/** A cell short enough to keep on one line. */
const SHORT = 40

const useStyles = makeStyles({
  // The key takes what the other columns (useWordTableStyles) leave.
  key: { fontFamily: 'Consolas, monospace', fontSize: '12px' },
  // The last resort, only on a cell holding such a run: break it rather than widen the page.
  long: { overflowWrap: 'anywhere' },
})

/** A registry path with a break opportunity after every backslash. */
export function BreakablePath({ path }: { path: string }) {
  const parts = path.split('\\')
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          <span>{i < parts.length - 1 ? `${part}\\` : part}</span>
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  )
}

/** One row: its registry key and the other cells, in header order. */
export interface RegistryRow {
  id: string
  key: string
  cells: string[]
}

/** Props: an accessible name, the column headers (key first) and the rows. */
export interface RegistryTableProps {
  label: string
  headers: string[]
  rows: RegistryRow[]
  /** Cell columns (0 is the one after the key) holding sentences: they wrap at spaces. */
  prose?: readonly number[]
}

/** The table. */
export function RegistryTable({ label, headers, rows, prose = [] }: RegistryTableProps) {
  const s = useStyles()
  const w = useWordTableStyles()
  const oneLine = (text: string) => text.length <= SHORT && !LONG.test(text)
  const long = (text: string) => (LONG.test(text) ? s.long : undefined)
  // A column of words, each short: sized to its content. Anything else shares the rest.
  const fits = headers.map(
    (_, i) => i > 0 && !prose.includes(i - 1) && rows.every((r) => oneLine(r.cells[i - 1] ?? '')),
  )
  return (
    <Table size="small" aria-label={label} className={w.table}>
      <TableHeader>
        <TableRow>
          {headers.map((h, i) => (
            <TableHeaderCell key={h} className={fits[i] ? w.fit : undefined}>
              {h}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className={mergeClasses(s.key, long(r.key))}>
              <BreakablePath path={r.key} />
            </TableCell>
            {r.cells.map((c, i) => (
              <TableCell key={i} className={fits[i + 1] ? w.oneLine : long(c)}>
                <BreakablePath path={c} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
