/** Step 2: the symptom, chosen from the four known ones or recognised from pasted text. */
import {
  Body1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Classification } from '../../shared/channels'
import { MAX_PASTE, SYMPTOMS, type SymptomId } from '../../shared/symptoms'
import { pageLocale, useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  code: { fontFamily: 'Consolas, monospace', color: tokens.colorNeutralForeground2 },
  label: { display: 'grid' },
  detail: { color: tokens.colorNeutralForeground3 },
})

/** Props of the Symptom step. */
export interface SymptomStepProps {
  symptom: SymptomId | 'all' | null
  pasted: string
  /** The paste was longer than the engine takes and was cut. */
  pastedCut: boolean
  classification: Classification | null
  onSymptom(s: SymptomId | 'all'): void
  onPaste(text: string): void
}

/** The Symptom step. */
export function SymptomStep({
  symptom,
  pasted,
  pastedCut,
  classification,
  onSymptom,
  onPaste,
}: SymptomStepProps) {
  const t = useT()
  const s = useStyles()
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('symptom.heading')}</Title2>
      <Body1>{t('symptom.hint')}</Body1>
      <RadioGroup
        value={symptom ?? ''}
        onChange={(_, d) => onSymptom(d.value as SymptomId | 'all')}
        aria-label={t('symptom.heading')}
      >
        {SYMPTOMS.map((x) => (
          <Radio
            key={x.id}
            value={x.id}
            label={
              <span className={s.label}>
                <span>{t(`symptom.${x.id}`)}</span>
                <span className={s.code}>{x.text}</span>
              </span>
            }
          />
        ))}
        <Radio
          value="all"
          label={
            <span className={s.label}>
              <span>{t('symptom.all')}</span>
              <span className={s.detail}>{t('symptom.all.detail')}</span>
            </span>
          }
        />
      </RadioGroup>
      <Field
        label={t('symptom.paste')}
        validationState={pastedCut ? 'warning' : 'none'}
        validationMessage={
          pastedCut
            ? t('symptom.paste.cut', { max: MAX_PASTE.toLocaleString(pageLocale()) })
            : undefined
        }
      >
        <Textarea
          value={pasted}
          onChange={(_, d) => onPaste(d.value)}
          placeholder={t('symptom.paste.placeholder')}
          resize="vertical"
          rows={3}
        />
      </Field>
      {classification && (
        <MessageBar
          layout="multiline"
          intent={classification.matches.length ? 'info' : 'warning'}
          aria-live="polite"
        >
          <MessageBarBody>
            {classification.matches.length
              ? classification.matches.map((m) => (
                  <div key={m.id}>{t('symptom.recognised', { what: t(`match.${m.id}`) })}</div>
                ))
              : t('symptom.notRecognised')}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
