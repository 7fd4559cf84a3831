/** Schannel per TLS version: outgoing (Client) and incoming (Server), with the row Office 365 needs marked. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Diagnosis } from '../../shared/diagnosis'
import { schannelRows } from '../../shared/format'
import { useT } from '../i18n'

const useStyles = makeStyles({
  // Long words (other languages, the pseudo-locale) may break rather than widen the page.
  table: { overflowWrap: 'anywhere' },
  needed: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
})

/** The table, from the registry as read (not from the wire). */
export function SchannelTable({ diagnosis }: { diagnosis: Diagnosis }) {
  const t = useT()
  const s = useStyles()
  return (
    <div>
      <Table
        size="extra-small"
        className={s.table}
        aria-label={t('checks.schannelTable')}
        data-schannel-table=""
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('cli.schannel')}</TableHeaderCell>
            <TableHeaderCell>{t('checks.schannel.client')}</TableHeaderCell>
            <TableHeaderCell>{t('checks.schannel.server')}</TableHeaderCell>
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
              <TableCell>
                {r.version}
                {r.version === 'TLS 1.2' && ' *'}
              </TableCell>
              <TableCell data-side="client">{r.client}</TableCell>
              <TableCell data-side="server">{r.server}</TableCell>
              <TableCell>{r.state}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className={s.note}>* {t('checks.schannel.needed')}</p>
    </div>
  )
}
