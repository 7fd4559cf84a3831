/**
 * Step 5: why a restart is due, in the words of that reason; on this server's live registry,
 * schedule (or restart now) only after a confirmation naming the time. A file or a demo has no
 * server here to restart: the step says what to do on the server instead, with no restart button.
 */
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
import type { Req, Res } from '../../shared/channels'
import { ConfirmBox } from '../components/ConfirmBox'
import { useNow } from '../components/use-now'
import type { RestartNeed } from '../state/wizard'
import { localTime, pageLocale, useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** Props of the Restart step (status.ts restartFacts gives the first five). */
export interface RestartStepProps {
  /** Why a restart is due (the same answer the step bar and the finish use). */
  need: RestartNeed
  /** The registry is a file or a demo: there is no server here to restart. */
  offline: boolean
  /** The restart buttons are offered (a live change, or Windows waits on this server). */
  offered: boolean
  /** The fixes had changes and were skipped: a restart applies none of them. */
  fixesSkipped: boolean
  /** The fix file to import first, when the fix was only prepared. */
  fixFile: string | null
  /** The desktop app: on a live registry, a restart it schedules reopens the wizard afterwards. */
  desktop: boolean
  result: Res<'restart:schedule'> | null
  busy: boolean
  onRestart(req: Req<'restart:schedule'>): void
  onLater(): void
}

/** What the step says when it offers no restart: the reason's own words, or the server's part. */
export function restartText(p: Pick<RestartStepProps, 'need' | 'offline'>): string {
  return p.offline && p.need === 'pending' ? 'restart.offline.pending' : `restart.need.${p.need}`
}

/** The minutes box as a number, or null unless it is a whole number from 1 to 10080. */
export function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= 10_080 ? n : null
}

/** The Restart step. */
export function RestartStep(p: RestartStepProps) {
  const t = useT()
  const s = useStyles()
  const [minutes, setMinutes] = useState('15')
  // What the admin is about to confirm: a restart now, or in N minutes.
  const [asking, setAsking] = useState<
    null | { action: 'now' } | { action: 'in'; minutes: number }
  >(null)
  // The time the confirmation names follows the clock for as long as it is open.
  const now = useNow(asking?.action === 'in')
  // A restart does not apply skipped fixes: said wherever a restart is still due for another reason.
  const skippedNote = p.fixesSkipped && p.need === 'pending' && (
    <Body1 data-restart-skipped="">{t('restart.pending.fixesSkipped')}</Body1>
  )
  if (!p.offered)
    return (
      <div className={s.stack} data-restart-need={p.need}>
        <Title2 as="h2">{t('restart.heading')}</Title2>
        <Body1>{t(restartText(p), { fix: p.fixFile ?? '' })}</Body1>
        {skippedNote}
      </div>
    )
  const m = parseMinutes(minutes)
  const when = (mins: number) => new Date(now + mins * 60_000).toLocaleString(pageLocale())
  // Only a restart that registered the wizard to open after it (the desktop app's, on this
  // server) brings it back; once the answer is in, the answer says whether it did.
  const reopens = p.result ? p.result.relaunch : p.desktop
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('restart.heading')}</Title2>
      <Body1 data-restart-need={p.need}>{t(`restart.need.${p.need}`)}</Body1>
      <Body1>{t(p.need === 'applied' ? 'restart.why.applied' : 'restart.why.pending')}</Body1>
      {skippedNote}
      {reopens && <Body1 data-restart-reopens="">{t('restart.after')}</Body1>}
      <div className={s.row}>
        <Field
          label={`${t('restart.in')} (${t('restart.minutes')})`}
          validationState={m === null ? 'error' : 'none'}
          validationMessage={m === null ? t('restart.minutesInvalid') : undefined}
        >
          <Input
            type="number"
            value={minutes}
            min={1}
            max={10080}
            // Locked while the confirmation is open: it names this number, and Yes sends it.
            readOnly={asking !== null}
            onChange={(_, d) => asking === null && setMinutes(d.value)}
          />
        </Field>
        <Button
          appearance="primary"
          disabled={p.busy || m === null}
          onClick={() => m !== null && setAsking({ action: 'in', minutes: m })}
        >
          {t('restart.schedule')}
        </Button>
        <Button disabled={p.busy} onClick={() => setAsking({ action: 'now' })}>
          {t('restart.now')}
        </Button>
        <Button disabled={p.busy} onClick={() => p.onRestart({ action: 'cancel' })}>
          {t('restart.cancel')}
        </Button>
        <Button appearance="subtle" onClick={p.onLater}>
          {t('restart.later')}
        </Button>
      </div>
      {asking && (
        <ConfirmBox
          name="restart"
          title={t('restart.confirmTitle')}
          text={
            asking.action === 'in'
              ? t('restart.confirmAt', { time: when(asking.minutes), minutes: asking.minutes })
              : t('restart.confirmNow')
          }
          safe={t('restart.dontRestart')}
          confirm={t('restart.confirm')}
          onSafe={() => setAsking(null)}
          onConfirm={() => {
            p.onRestart({ ...asking, confirmed: true })
            setAsking(null)
          }}
        />
      )}
      {p.result && (
        <MessageBar layout="multiline" intent={p.result.done ? 'success' : 'info'}>
          <MessageBarBody>
            <div>{p.result.message}</div>
            {p.result.at && <div>{t('restart.scheduledAt', { time: localTime(p.result.at) })}</div>}
            <div>
              {t('restart.command')}: <span className={s.mono}>{p.result.command}</span>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
