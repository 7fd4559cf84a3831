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

const useStyles = makeStyles({
  key: { wordBreak: 'break-all', fontFamily: 'Consolas, monospace', fontSize: '12px' },
})

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
          {headers.map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell className={s.key}>{r.key}</TableCell>
            {r.cells.map((c, i) => (
              <TableCell key={i}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
