/** After Finish: what was found, done, left to do and saved, in one place, and a way to start again. */
import { Body1, Button, Card, Title2, makeStyles, tokens } from '@fluentui/react-components'
import { applyStatusKey } from '../../shared/fix-names'
import { restartFacts } from '../state/status'
import { nothingToFix, type WizardState } from '../state/wizard'
import { localTime, useT } from '../i18n'
import { restartText } from './RestartStep'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  list: { display: 'grid', gap: tokens.spacingVerticalS, margin: 0, paddingLeft: '1.2em' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** What is left of the restart, in the words of why it is due (a change, or Windows waiting). */
function restartLeft(state: WizardState): string {
  const { need, offline } = restartFacts(state)
  if (state.restart?.at) return 'restart.scheduledAt'
  if (need === 'applied') return 'finish.restart.due'
  return need === 'pending' && !offline ? 'finish.restart.pending' : restartText({ need, offline })
}

/** The finish screen. */
export function FinishStep({ state, onAgain }: { state: WizardState; onAgain(): void }) {
  const t = useT()
  const s = useStyles()
  const d = state.diagnosis
  return (
    <div className={s.stack} data-finished="">
      <Title2 as="h2" tabIndex={-1}>
        {t('finish.heading')}
      </Title2>
      <Card>
        <ul className={s.list}>
          {d && <li data-finish="verdict">{t(`verdict.${d.verdict}`)}</li>}
          <li data-finish="fixes">
            {state.apply
              ? t(applyStatusKey(state.apply))
              : state.skipped.includes('fixes')
                ? t('finish.fixes.skipped')
                : t(
                    state.plan?.changes.length
                      ? 'finish.fixes.notApplied'
                      : nothingToFix(state)
                        ? 'finish.fixes.none'
                        : 'fixes.nothingKnown',
                  )}
          </li>
          <li data-finish="restart">
            {t(restartLeft(state), {
              time: localTime(state.restart?.at ?? ''),
              fix: state.apply?.prepared?.fix ?? '',
            })}
          </li>
          <li data-finish="report">
            {state.savedReport ? (
              <>
                {t('report.saved', { file: '' })}
                <span className={s.mono}>{state.savedReport.file}</span>
              </>
            ) : (
              t('finish.report.none')
            )}
          </li>
        </ul>
      </Card>
      <Body1>
        {t('finish.next')}
        {/* Only when this restart registered the wizard to open after it (the desktop app's). */}
        {state.restart?.relaunch && state.restart.at ? ` ${t('finish.reopens')}` : ''}
      </Body1>
      <div>
        <Button onClick={onAgain}>{t('finish.again')}</Button>
      </div>
    </div>
  )
}
