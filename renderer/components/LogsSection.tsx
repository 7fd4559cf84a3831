/**
 * What the server actually did: the protocol-log sentences, and per connector the sessions with
 * Office 365 before and since the fix (verify mode reads its "after" here).
 */
import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { sessionCountsText } from '../../shared/log-outcomes'
import type { LogsResult } from '../../shared/logs'
import { useT } from '../i18n'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.2em', display: 'grid', gap: tokens.spacingVerticalXS },
})

/** The section (nothing when no logs were read). */
export function LogsSection({ logs }: { logs: LogsResult | undefined }) {
  const t = useT()
  const s = useStyles()
  if (!logs) return null
  const counts = (c: Parameters<typeof sessionCountsText>[0]) => sessionCountsText(c, t)
  return (
    <div data-logs="">
      {logs.summary.length ? (
        <ul className={s.list}>
          {logs.summary.map((line) => (
            <li key={line}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Body1>{t('logs.cli.noOffice365')}</Body1>
      )}
      {logs.connectors.length > 0 && (
        <Table size="small" aria-label={t('check.logs')}>
          <TableHeader>
            <TableRow>
              {['connector', 'direction', 'office365', 'before', 'after'].map((k) => (
                <TableHeaderCell key={k}>{t(`reportDoc.protocolLogs.${k}`)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {logs.connectors.map((c) => (
              <TableRow key={`${c.connector}|${c.direction}`} data-connector={c.connector}>
                <TableCell>{c.connector || '-'}</TableCell>
                <TableCell>{t(`logs.direction.${c.direction}`)}</TableCell>
                <TableCell>{counts(c.office365)}</TableCell>
                <TableCell data-before="">{counts(c.office365.beforePivot)}</TableCell>
                <TableCell data-after="">{counts(c.office365.afterPivot)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  )
}
