/** Schannel per TLS version: outgoing (Client) and incoming (Server), with the row Office 365 needs marked. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components'
import type { Diagnosis } from '../../shared/diagnosis'
import { schannelRows } from '../../shared/format'
import { useT } from '../i18n'
import { useWordTableStyles } from './word-styles'

const useStyles = makeStyles({
  // Columns as wide as their words (useWordTableStyles): ChecksStep gives the table its
  // min-content width. A cell of two lines starts on its row's first line, not centred.
  cell: { verticalAlign: 'top' },
  // Narrow columns whose headers may wrap ("Outgoing (Client)"), unlike useWordTableStyles' fit.
  fit: { width: '1%' },
  needed: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
})

/** The table, from the registry as read (not from the wire). */
export function SchannelTable({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = useT()
  const s = useStyles()
  const w = useWordTableStyles()
  // Version, outgoing and incoming: one word each, their column as wide as it.
  const word = mergeClasses(s.cell, w.oneLine)
  return (
    <div>
      <Table
        size="extra-small"
        className={w.table}
        aria-label={t('checks.schannelTable')}
        data-schannel-table=""
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={s.fit}>{t('cli.schannel')}</TableHeaderCell>
            <TableHeaderCell className={s.fit}>{t('checks.schannel.client')}</TableHeaderCell>
            <TableHeaderCell className={s.fit}>{t('checks.schannel.server')}</TableHeaderCell>
            <TableHeaderCell>{t('cli.state')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {schannelRows(diagnosis, t).map((r) => (
            <TableRow
              key={r.version}
              data-version={r.version}
              className={r.version === 'TLS 1.2' ? s.needed : undefined}
            >
              <TableCell className={word}>
                {r.version}
                {r.version === 'TLS 1.2' && ' *'}
              </TableCell>
              <TableCell className={word} data-side="client">
                {r.client}
              </TableCell>
              <TableCell className={word} data-side="server">
                {r.server}
              </TableCell>
              <TableCell className={s.cell}>{r.state}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className={s.note}>* {t('checks.schannel.needed')}</p>
    </div>
  )
}
