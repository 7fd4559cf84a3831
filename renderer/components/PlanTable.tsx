/** The fix plan as a table of registry changes: key, value, now, after (and the result once applied). */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { showValue } from '../format'
import { useT } from '../i18n'

const useStyles = makeStyles({
  key: { wordBreak: 'break-all', fontFamily: 'Consolas, monospace', fontSize: '12px' },
})

/** The table; with a result, each row also says whether it was written and read back. */
export function PlanTable({ plan, result }: { plan: FixPlan; result: ApplyResult | null }) {
  const t = useT()
  const s = useStyles()
  return (
    <Table size="small" aria-label={t('fixes.plan')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('fixes.key')}</TableHeaderCell>
          <TableHeaderCell>{t('fixes.value')}</TableHeaderCell>
          <TableHeaderCell>{t('fixes.now')}</TableHeaderCell>
          <TableHeaderCell>{t('fixes.after')}</TableHeaderCell>
          {result && <TableHeaderCell>{t('fixes.result')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.changes.map((c) => {
          const r = result?.results.find((x) => x.key === c.key && x.value === c.value)
          return (
            <TableRow key={`${c.key}|${c.value}`}>
              <TableCell className={s.key}>{c.key}</TableCell>
              <TableCell>{c.value}</TableCell>
              <TableCell>{showValue(c.before, t('common.notSet'))}</TableCell>
              <TableCell>{showValue(c.after, t('common.notSet'))}</TableCell>
              {result && (
                <TableCell>
                  {r ? (r.ok ? `✔ ${t('state.ok')}` : `✖ ${t('state.error')}`) : '-'}
                </TableCell>
              )}
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
