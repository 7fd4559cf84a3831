/** Where the admin is: every step named, the current one marked for screen readers too. */
import { makeStyles, tokens } from '@fluentui/react-components'
import { CheckmarkRegular } from '@fluentui/react-icons'
import { STEPS, type StepId } from '../state/wizard'
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

/** The step list. */
export function StepIndicator({ step }: { step: StepId }) {
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
          >
            <span className={s.number}>
              {i < at ? <CheckmarkRegular aria-label={t('state.ok')} /> : `${i + 1}.`}
            </span>
            {t(`step.${id}`)}
          </li>
        ))}
      </ol>
    </nav>
  )
}
