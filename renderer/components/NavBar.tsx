/** Back and Next, on every step. */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowLeftRegular, ArrowRightRegular } from '@fluentui/react-icons'
import { useT } from '../i18n'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
})

/** Props: what each button may do. */
export interface NavBarProps {
  canBack: boolean
  canNext: boolean
  showNext: boolean
  /** Next is the main action of the step (not where an action on the page comes first). */
  nextPrimary: boolean
  onBack(): void
  onNext(): void
}

/** The bar. */
export function NavBar(p: NavBarProps) {
  const t = useT()
  const s = useStyles()
  return (
    <div className={s.bar}>
      <Button icon={<ArrowLeftRegular />} disabled={!p.canBack} onClick={p.onBack} data-nav="back">
        {t('nav.back')}
      </Button>
      {p.showNext && (
        <Button
          appearance={p.nextPrimary ? 'primary' : 'secondary'}
          icon={<ArrowRightRegular />}
          iconPosition="after"
          disabled={!p.canNext}
          onClick={p.onNext}
          data-nav="next"
        >
          {t('nav.next')}
        </Button>
      )}
    </div>
  )
}
