/** The fix plan as a table of registry changes: key, value, now, after (and the result once applied). */
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { showValue } from '../../shared/format'
import { useT } from '../i18n'
import { RegistryTable } from './RegistryTable'

/** The table; with a result, each row also says whether it was written and read back. */
export function PlanTable({ plan, result }: { plan: FixPlan; result: ApplyResult | null }) {
  const t = useT()
  const words = { notSet: t('common.notSet'), emptyList: '' }
  // A prepared fix is only written to a file: its rows say so, never a tick (nothing changed yet).
  const written = result?.prepared ? t('fixes.outcome.inFile') : `✔ ${t('state.ok')}`
  const outcome = (key: string, value: string) => {
    const r = result?.results.find((x) => x.key === key && x.value === value)
    return r ? (r.ok ? written : `✖ ${t('state.error')}`) : '-'
  }
  const headers = [t('fixes.key'), t('fixes.value'), t('fixes.now'), t('fixes.after')]
  return (
    <RegistryTable
      label={t('fixes.plan')}
      headers={result ? [...headers, t('fixes.result')] : headers}
      rows={plan.changes.map((c) => ({
        id: `${c.key}|${c.value}`,
        key: c.key,
        cells: [
          c.value,
          showValue(c.before, words),
          showValue(c.after, words),
          ...(result ? [outcome(c.key, c.value)] : []),
        ],
      }))}
      prose={[3]}
    />
  )
}
