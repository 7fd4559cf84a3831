/** Step 6: the summary, and saving the report as HTML or JSON (redacted if asked). */
import {
  Body1,
  Button,
  Card,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { Diagnosis } from '../../shared/diagnosis'
import { applyStatusKey, type ApplyResult } from '../../shared/fixes'
import { problemCountText } from '../../shared/check-groups'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** Props of the Report step. */
export interface ReportStepProps {
  diagnosis: Diagnosis | null
  apply: ApplyResult | null
  saved: string | null
  busy: boolean
  /** In a browser: where the web host offers the report as a download. */
  downloadUrl?(format: 'html' | 'json', redact: boolean): string
  onSave(format: 'html' | 'json', redact: boolean): void
}

/** The Report step. */
export function ReportStep(p: ReportStepProps) {
  const t = useT()
  const s = useStyles()
  const [redact, setRedact] = useState(false)
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('report.heading')}</Title2>
      <Body1>{t('report.intro')}</Body1>
      {p.diagnosis && (
        <Card>
          <Subtitle2 as="h3">{t('report.summary')}</Subtitle2>
          <Body1 data-verdict={p.diagnosis.verdict}>{t(`verdict.${p.diagnosis.verdict}`)}</Body1>
          <Body1>{problemCountText(p.diagnosis.problems, t)}</Body1>
          {p.apply && <Body1>{t(applyStatusKey(p.apply))}</Body1>}
        </Card>
      )}
      <Checkbox
        checked={redact}
        onChange={(_, d) => setRedact(d.checked === true)}
        label={t('report.redact')}
      />
      <div className={s.row}>
        <Button appearance="primary" disabled={p.busy} onClick={() => p.onSave('html', redact)}>
          {t('report.saveHtml')}
        </Button>
        <Button disabled={p.busy} onClick={() => p.onSave('json', redact)}>
          {t('report.saveJson')}
        </Button>
      </div>
      {p.downloadUrl && (
        <div className={s.row}>
          <Link href={p.downloadUrl('html', redact)} download>
            {t('report.downloadHtml')}
          </Link>
          <Link href={p.downloadUrl('json', redact)} download>
            {t('report.downloadJson')}
          </Link>
        </div>
      )}
      {p.saved && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>
            {t('report.saved', { file: '' })}
            <span className={s.mono}>{p.saved}</span>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
