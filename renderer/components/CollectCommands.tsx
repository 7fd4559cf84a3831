/** What the registry did not show, and the exact commands that collect it (selectable, one a line). */
import { Body1, makeStyles, tokens } from '@fluentui/react-components'
import type { Coverage } from '../../shared/diagnosis'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  code: {
    margin: 0,
    fontFamily: 'Consolas, "DejaVu Sans Mono", monospace',
    fontSize: '12px',
    // Long reg export lines wrap: the page must never scroll sideways.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
})

/** Nothing when the registry showed everything a verdict needs. */
export function CollectCommands({ coverage }: { coverage: Coverage }) {
  const t = useT()
  const s = useStyles()
  if (!coverage.missing.length) return null
  const gaps = coverage.missing.map((g) => t(`reportDoc.gap.${g}`)).join('; ')
  return (
    <div className={s.stack} data-collect="">
      <Body1>{t('reportDoc.missing', { gaps })}</Body1>
      {coverage.collect.length > 0 ? (
        <>
          <Body1>{t('reportDoc.collect')}</Body1>
          <pre className={s.code} aria-label={t('checks.collect')}>
            <code>{coverage.collect.join('\n')}</code>
          </pre>
        </>
      ) : (
        <Body1>{t('reportDoc.collect.script')}</Body1>
      )}
    </div>
  )
}
