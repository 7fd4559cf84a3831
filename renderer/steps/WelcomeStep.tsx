/** Step 1: this machine, where the registry comes from, the language, and a saved report. */
import { exchangeLabel } from '../../shared/format'
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { MachineInfo } from '../../shared/channels'
import type { Language } from '../../shared/i18n/languages'
import { useT } from '../i18n'

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  stack: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  // Drawn as Fluent's Card is, without the focus machinery a card that cannot be clicked never
  // uses (it would load on the first screen for nothing).
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  language: { maxWidth: '320px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  lt: 'Lietuvių',
  vi: 'Tiếng Việt',
  'zh-CN': '简体中文',
  ro: 'Română',
}

/** Props of the Welcome step. */
export interface WelcomeStepProps {
  machine: MachineInfo | null
  language: Language
  onLanguage(language: Language): void
  onOpenReport(): void
  onCheckNow(): void
}

/** The Welcome step. */
export function WelcomeStep({
  machine,
  language,
  onLanguage,
  onOpenReport,
  onCheckNow,
}: WelcomeStepProps) {
  const t = useT()
  const s = useStyles()
  if (!machine) return <Spinner label={t('common.loading')} />
  const m = machine.machine
  const build =
    m.os.build === null ? '' : ` (build ${m.os.build}${m.os.ubr === null ? '' : `.${m.os.ubr}`})`
  // Neither product name nor build: HKLM\SOFTWARE was most likely not read, so no Exchange in it
  // proves nothing (the summary has no coverage; the Checks step says exactly what is missing).
  const softwareRead = m.os.productName !== null || m.os.build !== null
  const exchange = m.exchange
    ? exchangeLabel(m.exchange)
    : t(softwareRead ? 'welcome.exchangeNone' : 'welcome.exchangeUnknown')
  const rows: Array<[string, string]> = [
    [t('welcome.name'), [m.computerName, m.fqdn].filter(Boolean).join(' / ') || '-'],
    [t('welcome.windows'), `${m.os.productName ?? m.os.family}${build}`],
    [t('welcome.exchange'), exchange],
    [
      t('welcome.elevated'),
      machine.elevated === null
        ? t('welcome.elevatedNa')
        : machine.elevated
          ? t('common.yes')
          : t('common.no'),
    ],
    [
      t('welcome.source'),
      t(`welcome.source.${machine.source.kind}`, { label: machine.source.label }),
    ],
  ]
  return (
    <div className={s.stack}>
      <Body1>{t(machine.verify ? 'welcome.verify' : 'welcome.intro')}</Body1>
      <div className={s.actions}>
        <Button appearance="primary" onClick={onCheckNow} data-check-now="">
          {t('welcome.checkNow')}
        </Button>
        <Button onClick={onOpenReport}>{t('welcome.openReport')}</Button>
      </div>
      <section className={s.card} aria-labelledby="machine-heading">
        <Title2 as="h2" id="machine-heading">
          {t('welcome.heading')}
        </Title2>
        <dl className={s.grid}>
          {rows.map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt className={s.term}>{k}</dt>
              <dd className={s.def}>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      {machine.elevated === false && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t('welcome.notElevated')}</MessageBarBody>
        </MessageBar>
      )}
      {/* Windows' own select: keyboard, screen readers and type-ahead as every admin knows them. */}
      <Field label={t('welcome.language')} className={s.language}>
        <Select value={language} onChange={(_, d) => onLanguage(d.value as Language)}>
          {/* Only languages whose catalog is complete are offered. */}
          {machine.languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  )
}
