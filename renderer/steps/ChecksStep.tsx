/**
 * Step 3: targets, every check and probe with its live state, then the verdict and the problems
 * (worst first), and the check groups expanding to the evidence.
 */
import {
  Body1,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Progress } from '../../shared/channels'
import { CHECK_GROUPS } from '../../shared/check-groups'
import type { Diagnosis } from '../../shared/diagnosis'
import { targetLabel, type ProbeTarget } from '../../shared/probe'
import { BeforeAfter } from '../components/BeforeAfter'
import { FindingList } from '../components/FindingList'
import { ProbeDetails } from '../components/ProbeDetails'
import { ProblemList } from '../components/ProblemList'
import { StatusBadge } from '../components/StatusBadge'
import { TargetEditor, type TargetEditorProps } from '../components/TargetEditor'
import { VerdictBar } from '../components/VerdictBar'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL },
  progress: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  group: { display: 'grid', gap: tokens.spacingVerticalS },
})

/** Props of the Checks step. */
export interface ChecksStepProps extends Omit<TargetEditorProps, 'targets'> {
  targets: ProbeTarget[]
  progress: Progress[]
  running: boolean
  diagnosis: Diagnosis | null
  /** Reviewing a saved report: show it, run nothing. */
  review: boolean
  /** Verify mode: the diagnosis from before the fix. */
  before: Diagnosis | null
  onRun(): void
}

/** The Checks step. */
export function ChecksStep(p: ChecksStepProps) {
  const t = useT()
  const s = useStyles()
  const d = p.diagnosis
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('checks.heading')}</Title2>
      {p.review && d ? (
        <MessageBar layout="multiline" intent="info" data-review="">
          <MessageBarBody>
            {t('review.note', { time: d.generatedAt, machine: d.machine.computerName ?? '-' })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Card>
            <Subtitle2 as="h3">{t('checks.targets')}</Subtitle2>
            <Body1>{t('checks.targets.hint')}</Body1>
            <TargetEditor {...p} />
          </Card>
          <div>
            <Button appearance="primary" onClick={p.onRun} disabled={p.running}>
              {t(d ? 'checks.rerun' : 'checks.run')}
            </Button>
          </div>
        </>
      )}
      {p.progress.length > 0 && (
        <ul className={s.progress} aria-live="polite" aria-label={t('checks.heading')}>
          {p.progress.map((x) => (
            <li key={x.id} className={s.row} data-check={x.id}>
              <StatusBadge state={x.state} />
              <span>{x.kind === 'check' ? t(x.label) : x.label}</span>
            </li>
          ))}
        </ul>
      )}
      {d && (
        <>
          <VerdictBar diagnosis={d} />
          {p.before && <BeforeAfter before={p.before} after={d} />}
          <ProblemList problems={d.problems} />
          <Subtitle2 as="h3">{t('checks.details')}</Subtitle2>
          {CHECK_GROUPS.map((g) => {
            const findings = d.findings.filter((f) => g.findings.includes(f.id))
            return findings.length ? (
              <section key={g.id} className={s.group} aria-label={t(`check.${g.id}`)}>
                <Subtitle2 as="h4">{t(`check.${g.id}`)}</Subtitle2>
                <FindingList findings={findings} />
              </section>
            ) : null
          })}
          {(d.probes ?? []).map((o) => (
            <section
              key={targetLabel(o.target)}
              className={s.group}
              aria-label={targetLabel(o.target)}
            >
              <Subtitle2 as="h4">{targetLabel(o.target)}</Subtitle2>
              <FindingList
                findings={d.findings.filter((f) =>
                  f.evidence.some((e) => e.key === targetLabel(o.target)),
                )}
              />
              <ProbeDetails outcome={o} />
            </section>
          ))}
        </>
      )}
    </div>
  )
}
