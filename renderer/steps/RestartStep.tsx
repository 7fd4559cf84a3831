/** Step 5: why a restart is needed, restart now / schedule / later, and what happens after. */
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { Res } from '../../shared/channels'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** Props of the Restart step. */
export interface RestartStepProps {
  needed: boolean
  result: Res<'restart:schedule'> | null
  busy: boolean
  onRestart(action: 'now' | 'in' | 'cancel', minutes: number): void
  onLater(): void
}

/** The Restart step. */
export function RestartStep(p: RestartStepProps) {
  const t = useT()
  const s = useStyles()
  const [minutes, setMinutes] = useState('15')
  if (!p.needed) return <Body1>{t('restart.notNeeded')}</Body1>
  const m = Math.min(10_080, Math.max(0, Math.round(Number(minutes)) || 0))
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('restart.heading')}</Title2>
      <Body1>{t('restart.why')}</Body1>
      <Body1>{t('restart.after')}</Body1>
      <div className={s.row}>
        <Button appearance="primary" disabled={p.busy} onClick={() => p.onRestart('now', 0)}>
          {t('restart.now')}
        </Button>
      </div>
      <div className={s.row}>
        <Field label={`${t('restart.in')} (${t('restart.minutes')})`}>
          <Input
            type="number"
            value={minutes}
            min={1}
            max={10080}
            onChange={(_, d) => setMinutes(d.value)}
          />
        </Field>
        <Button disabled={p.busy} onClick={() => p.onRestart('in', m)}>
          {t('restart.schedule')}
        </Button>
        <Button disabled={p.busy} onClick={() => p.onRestart('cancel', 0)}>
          {t('restart.cancel')}
        </Button>
        <Button appearance="subtle" onClick={p.onLater}>
          {t('restart.later')}
        </Button>
      </div>
      {p.result && (
        <MessageBar layout="multiline" intent={p.result.done ? 'success' : 'info'}>
          <MessageBarBody>
            <div>{p.result.message}</div>
            <div>
              {t('restart.command')}: <span className={s.mono}>{p.result.command}</span>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
