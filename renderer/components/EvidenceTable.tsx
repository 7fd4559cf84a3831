/** Evidence as a table: key, value, what it holds now, what it should hold. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components'
import type { Evidence } from '../../shared/diagnosis'
import { showValue } from '../format'
import { useT } from '../i18n'

const useStyles = makeStyles({
  key: { wordBreak: 'break-all', fontFamily: 'Consolas, monospace', fontSize: '12px' },
})

/** The table. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const t = useT()
  const s = useStyles()
  return (
    <Table size="small" aria-label={t('checks.evidence')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('evidence.key')}</TableHeaderCell>
          <TableHeaderCell>{t('evidence.value')}</TableHeaderCell>
          <TableHeaderCell>{t('evidence.actual')}</TableHeaderCell>
          <TableHeaderCell>{t('evidence.expected')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {evidence.map((e, i) => (
          <TableRow key={`${e.key}|${e.value}|${i}`}>
            <TableCell className={s.key}>{e.key}</TableCell>
            <TableCell>{e.value}</TableCell>
            <TableCell>{showValue(e.actual, t('common.notSet'))}</TableCell>
            <TableCell>{e.expected}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
