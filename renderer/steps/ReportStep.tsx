/** Step 6: the summary, and saving the report as HTML or JSON (redacted if asked). */
import {
  Body1,
  Button,
  Card,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { Diagnosis } from '../../shared/diagnosis'
import { applyStatusKey } from '../../shared/fix-names'
import type { ApplyResult } from '../../shared/fixes'
import { problemCountText } from '../../shared/check-groups'
import { useReveal } from '../components/use-reveal'
import { useT } from '../i18n'
import type { SavedReport } from '../state/wizard'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** Props of the Report step. */
export interface ReportStepProps {
  diagnosis: Diagnosis | null
  apply: ApplyResult | null
  /** The report saved last, with the format and redaction it was saved in. */
  saved: SavedReport | null
  busy: boolean
  /** In a browser: where the web host offers the report as a download. */
  downloadUrl?(format: 'html' | 'json', redact: boolean): string
  onSave(format: 'html' | 'json', redact: boolean): void
  onFinish(): void
}

/** The Report step. */
export function ReportStep(p: ReportStepProps) {
  const t = useT()
  const s = useStyles()
  // The choices start as the report saved last was made (coming back to the step keeps it current).
  const [redact, setRedact] = useState(p.saved?.redact ?? false)
  const [format, setFormat] = useState<'html' | 'json'>(p.saved?.format ?? 'html')
  // The report saved is the one on screen only while the choices are still those it was saved
  // with: a changed choice is not saved (nor offered as a download) until it is saved again.
  const saved = p.saved && p.saved.format === format && p.saved.redact === redact ? p.saved : null
  // A new save takes the focus to where it went (Save is disabled meanwhile, so it had lost it).
  const savedBar = useReveal<HTMLDivElement>(p.saved)
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
      <RadioGroup
        layout="horizontal"
        value={format}
        aria-label={t('report.format')}
        onChange={(_, d) => setFormat(d.value as 'html' | 'json')}
      >
        <Radio value="html" label={t('report.format.html')} />
        <Radio value="json" label={t('report.format.json')} />
      </RadioGroup>
      <Checkbox
        checked={redact}
        onChange={(_, d) => setRedact(d.checked === true)}
        label={t('report.redact')}
      />
      {/* One save action: main writes the file (never over an earlier one); a browser also gets it. */}
      <div className={s.row}>
        <Button
          appearance={saved ? 'secondary' : 'primary'}
          disabled={p.busy}
          onClick={() => p.onSave(format, redact)}
          data-save=""
        >
          {t('report.save')}
        </Button>
        <Button
          appearance={saved ? 'primary' : 'secondary'}
          onClick={p.onFinish}
          data-finish-button=""
        >
          {t('report.finish')}
        </Button>
      </div>
      {saved && (
        <MessageBar ref={savedBar} tabIndex={-1} layout="multiline" intent="success" data-saved="">
          <MessageBarBody>
            <div>
              {t('report.saved', { file: '' })}
              <span className={s.mono}>{saved.file}</span>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && p.downloadUrl && (
        <div>
          {/* The saved report's format and redaction, never the choices changed since. */}
          <Link href={p.downloadUrl(saved.format, saved.redact)} download data-download="">
            {t('report.download')}
          </Link>
        </div>
      )}
    </div>
  )
}
