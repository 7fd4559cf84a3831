/** What the registry cannot do, before or after its changes: numbered, each with its help link. */
import { Body1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components'
import type { FixPlan } from '../../shared/fixes'
import { useT } from '../i18n'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'grid', gap: '4px' },
})

/** Props: the plan and which side of the registry changes. */
export interface ManualStepsProps {
  plan: FixPlan | null
  when: 'before' | 'after'
}

/** The manual steps on one side of the registry changes (nothing when there are none). */
export function ManualSteps({ plan, when }: ManualStepsProps) {
  const t = useT()
  const s = useStyles()
  const steps = (plan?.manual ?? []).filter((m) => m.when === when)
  if (!steps.length) return null
  return (
    <section aria-labelledby={`manual-${when}`} data-manual={when}>
      <Subtitle2 as="h3" id={`manual-${when}`}>
        {t(`fixes.manual.${when}`)}
      </Subtitle2>
      <ol className={s.list}>
        {steps.map((m) => (
          <li key={m.id}>
            <Body1>{t(`fix.${m.id}`)}</Body1>{' '}
            {m.link && (
              <Link href={m.link} target="_blank" rel="noopener noreferrer">
                {t('fixes.manual.link')}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
