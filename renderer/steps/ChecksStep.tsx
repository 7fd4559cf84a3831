/**
 * Step 3, the answer first: the verdict with the one next action, the problems and the Schannel
 * table side by side; then every check and probe with its state, the servers tested (editable,
 * run again), before/after in verify mode, and the details.
 */
import {
  Body1,
  Button,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Progress } from '../../shared/channels'
import { CHECK_GROUPS, findingsOfTarget } from '../../shared/check-groups'
import type { Diagnosis } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import { targetLabel } from '../../shared/probe-basics'
import { targetProblem, type TargetDraft } from '../../shared/targets'
import { BeforeAfter } from '../components/BeforeAfter'
import { FindingList } from '../components/FindingList'
import { LogsSection } from '../components/LogsSection'
import { ProbeDetails } from '../components/ProbeDetails'
import { ProblemList } from '../components/ProblemList'
import { SchannelTable } from '../components/SchannelTable'
import { StatusBadge } from '../components/StatusBadge'
import { TargetEditor, type TargetEditorProps } from '../components/TargetEditor'
import { VerdictBar } from '../components/VerdictBar'
import { localTime, useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalM },
  // The verdict and problems beside the Schannel table: both in view at 1024x768. The table's
  // column is never narrower than its words (in any language), the verdict takes the rest.
  answer: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 3fr) minmax(min-content, 2fr)',
    alignItems: 'start',
    '@media (max-width: 860px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  left: { display: 'grid', gap: tokens.spacingVerticalS },
  progress: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingVerticalXS,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  group: { display: 'grid', gap: tokens.spacingVerticalS },
})

/** Props of the Checks step. */
export interface ChecksStepProps extends TargetEditorProps {
  progress: Progress[]
  running: boolean
  diagnosis: Diagnosis | null
  plan: FixPlan | null
  /** Reviewing a saved report: show it, run nothing. */
  review: boolean
  /** Verify mode: the diagnosis from before the fix. */
  before: Diagnosis | null
  onRun(): void
  onLeaveReview(): void
}

/** What was checked, each with its live state (the only live region: status text). */
function ProgressList({ progress, label }: { progress: Progress[]; label: string }) {
  const t = useT()
  const s = useStyles()
  if (!progress.length) return null
  return (
    <ul className={s.progress} aria-live="polite" aria-label={label}>
      {progress.map((x) => (
        <li key={x.id} className={s.row} data-check={x.id}>
          <StatusBadge state={x.state} />
          <span>
            {x.kind === 'check' ? t(x.label) : x.label}
            {x.detail && x.state === 'running' && <span data-detail="">: {x.detail}</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * What the list of servers holds, in words: the local SMTP service and the Office 365 endpoint only
 * where they were proposed (a file or a demo proposes no local service; Find endpoint adds the other).
 */
export function targetsHint(targets: readonly TargetDraft[]): string {
  const local = targets.some((x) => x.role === 'local')
  const office365 = targets.some((x) => x.role === 'office365')
  if (local && office365) return 'checks.targets.hint'
  if (local) return 'checks.targets.hint.local'
  return office365 ? 'checks.targets.hint.office365' : 'checks.targets.hint.none'
}

/** The Checks step. */
export function ChecksStep(p: ChecksStepProps) {
  const t = useT()
  const s = useStyles()
  const d = p.diagnosis
  const skipped = p.targets.filter((x, i) => targetProblem(x, i) !== null).length
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('checks.heading')}</Title2>
      {p.before && !p.review && (
        <MessageBar layout="multiline" intent="info" data-welcome-back="">
          <MessageBarBody>{t('welcome.verify')}</MessageBarBody>
        </MessageBar>
      )}
      {p.review && d && (
        <MessageBar layout="multiline" intent="info" data-review="">
          <MessageBarBody>
            {t('review.note', {
              time: localTime(d.generatedAt),
              machine: d.machine.computerName ?? '-',
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={p.onLeaveReview}>{t('review.leave')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {p.running && <Spinner size="small" labelPosition="after" label={t('checks.running')} />}
      {d && (
        <div className={s.answer}>
          <div className={s.left}>
            <VerdictBar diagnosis={d} plan={p.plan} review={p.review} />
            <ProblemList problems={d.problems} />
          </div>
          <SchannelTable diagnosis={d} />
        </div>
      )}
      <ProgressList progress={p.progress} label={t('checks.whatWasChecked')} />
      {!p.review && (
        <Card>
          <Subtitle2 as="h3">{t('checks.targets')}</Subtitle2>
          <Body1 data-targets-hint="">{t(targetsHint(p.targets))}</Body1>
          <TargetEditor {...p} />
          {skipped > 0 && (
            <Body1 data-skipped-targets="">{t('target.skipped', { count: skipped })}</Body1>
          )}
          <div>
            <Button appearance={d ? 'secondary' : 'primary'} onClick={p.onRun} disabled={p.running}>
              {t(d ? 'checks.rerun' : 'checks.run')}
            </Button>
          </div>
        </Card>
      )}
      {d && (
        <>
          {p.before && <BeforeAfter before={p.before} after={d} />}
          <Subtitle2 as="h3">{t('checks.details')}</Subtitle2>
          {CHECK_GROUPS.map((g) => {
            const findings = d.findings.filter((f) => g.findings.includes(f.id))
            return findings.length ? (
              <section key={g.id} className={s.group} aria-label={t(`check.${g.id}`)}>
                <Subtitle2 as="h4">{t(`check.${g.id}`)}</Subtitle2>
                <FindingList findings={findings} problems={d.problems} />
                {g.id === 'logs' && <LogsSection logs={d.logs} />}
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
              <FindingList findings={findingsOfTarget(d.findings, o)} problems={d.problems} />
              <ProbeDetails outcome={o} />
            </section>
          ))}
        </>
      )}
    </div>
  )
}
