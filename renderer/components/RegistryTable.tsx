/** A table of registry values: the key (monospace, wrapping anywhere), then plain text columns. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components'
import { Fragment } from 'react'

const useStyles = makeStyles({
  // Paths break after a backslash (never mid-word), and the key column gets the room it needs.
  key: {
    overflowWrap: 'normal',
    wordBreak: 'normal',
    fontFamily: 'Consolas, monospace',
    fontSize: '12px',
  },
  keyHeader: { width: '46%' },
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
}

/** The table. */
export function RegistryTable({ label, headers, rows }: RegistryTableProps) {
  const s = useStyles()
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {headers.map((h, i) => (
            <TableHeaderCell key={h} className={i === 0 ? s.keyHeader : undefined}>
              {h}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className={s.key}>
              <BreakablePath path={r.key} />
            </TableCell>
            {r.cells.map((c, i) => (
              <TableCell key={i}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
