/** Where the admin is: every step named, the current one marked for screen readers too. */
import { makeStyles, tokens } from '@fluentui/react-components'
import { ArrowForwardRegular, CheckmarkRegular } from '@fluentui/react-icons'
import { STEPS, type StepId, type StepStatus } from '../state/wizard'
import { useT } from '../i18n'

const useStyles = makeStyles({
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    flexWrap: 'wrap',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'underline',
    textUnderlineOffset: '6px',
  },
  number: { minWidth: '1.5em', textAlign: 'center' },
})

/**
 * The step list: a tick only for a step that was done, an arrow for one the admin skipped, and a
 * number otherwise (passing a step is not doing it).
 */
export function StepIndicator({
  step,
  status,
}: {
  step: StepId
  status: (id: StepId) => StepStatus
}) {
  const t = useT()
  const s = useStyles()
  const at = STEPS.indexOf(step)
  return (
    <nav aria-label={t('nav.stepOf', { n: at + 1, total: STEPS.length })}>
      <ol className={s.list}>
        {STEPS.map((id, i) => (
          <li
            key={id}
            className={i === at ? `${s.item} ${s.current}` : s.item}
            aria-current={i === at ? 'step' : undefined}
            data-step-status={status(id)}
          >
            <span className={s.number}>
              {status(id) === 'done' ? (
                <CheckmarkRegular aria-label={t('nav.done')} />
              ) : status(id) === 'skipped' ? (
                <ArrowForwardRegular aria-label={t('nav.skipped')} />
              ) : (
                `${i + 1}.`
              )}
            </span>
            {t(`step.${id}`)}
          </li>
        ))}
      </ol>
    </nav>
  )
}
