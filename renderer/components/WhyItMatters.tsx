/** "Why this matters" for a problem, with the official pages behind it (allow-listed links only). */
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components'
import type { ProblemId } from '../../shared/diagnosis'
import { HELP_LINKS, problemLinks } from '../../shared/help-links'
import { useT } from '../i18n'

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  links: { margin: 0, paddingLeft: '1.2em' },
})

/** The explanation and links of one problem. */
export function WhyItMatters({ problem }: { problem: ProblemId }) {
  const t = useT()
  const s = useStyles()
  return (
    <div className={s.box} data-why={problem}>
      <Body1>
        <strong>{t('why.heading')}:</strong> {t(`why.${problem}`)}
      </Body1>
      <Body1>{t('why.learnMore')}:</Body1>
      <ul className={s.links}>
        {problemLinks(problem).map((id) => (
          <li key={id}>
            <Link href={HELP_LINKS[id]} target="_blank" rel="noopener noreferrer">
              {t(`link.${id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
