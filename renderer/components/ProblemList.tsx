/** The problems, one per root cause, worst first: the count, then each title with its severity. */
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import type { Problem } from '../../shared/diagnosis'
import { problemCountText } from '../../shared/check-groups'
import { useT } from '../i18n'
import { SeverityBadge } from './SeverityBadge'

const useStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0, paddingLeft: '1.5em' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  fixes: { color: tokens.colorNeutralForeground3, gridColumn: '2' },
})

/** The list; the detail (advice, evidence) is in the check groups below it. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const t = useT()
  const s = useStyles()
  return (
    <section className={s.section} aria-labelledby="problems-h" data-problems={problems.length}>
      <Subtitle2 as="h3" id="problems-h">
        {t('checks.problems')}
      </Subtitle2>
      <Body1 as="p" data-problem-count="">
        {problemCountText(problems, t)}
      </Body1>
      {problems.length > 0 && (
        <ol className={s.list}>
          {problems.map((p) => (
            <li key={p.id} data-problem={p.id}>
              <span className={s.item}>
                <SeverityBadge severity={p.severity} />
                <Body1>{t(`${p.messageKey}.title`, p.params)}</Body1>
                {p.fixes.length > 0 && (
                  <span className={s.fixes}>
                    {t('evidence.fixes')}: {p.fixes.map((x) => t(`fix.${x}`)).join('; ')}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
