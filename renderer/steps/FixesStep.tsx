/**
 * Step 4: the plan (nothing changes before Apply), the backup, the result per value, and rollback.
 * Apply and Undo each ask first, saying what they change.
 */
import { Body1, Button, Title2, makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import type { Res } from '../../shared/channels'
import type { ApplyResult as Result, FixPlan } from '../../shared/fixes'
import { ApplyResult } from '../components/ApplyResult'
import { ConfirmBox } from '../components/ConfirmBox'
import { ManualSteps } from '../components/ManualSteps'
import { PlanTable } from '../components/PlanTable'
import { RollbackResult } from '../components/RollbackResult'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

/** Props of the Fixes step. */
export interface FixesStepProps {
  plan: FixPlan | null
  /** The registry did not show enough to decide: an empty plan then proves nothing. */
  undecided?: boolean
  apply: Result | null
  rollback: Res<'fixes:rollback'> | null
  canApply: boolean
  offline: boolean
  busy: boolean
  /** Next was pressed with changes neither applied nor skipped: ask before skipping them. */
  askSkip: boolean
  onApply(): void
  onRollback(): void
  onSkip(): void
  onStay(): void
}

/** The Fixes step. */
export function FixesStep(p: FixesStepProps) {
  const t = useT()
  const s = useStyles()
  // The change the admin is asked to confirm: it happens only on Yes.
  const [asking, setAsking] = useState<null | 'apply' | 'rollback'>(null)
  // One question at a time: "Skip the fixes?" replaces this one.
  useEffect(() => {
    if (p.askSkip) setAsking(null)
  }, [p.askSkip])
  const prepared = !!p.apply?.prepared
  const applied = p.apply?.status === 'applied' || prepared
  const count = p.plan?.changes.length ?? 0
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('fixes.heading')}</Title2>
      {p.offline && <Body1>{t('fixes.offline')}</Body1>}
      {p.plan?.leftOut?.length ? <Body1>{t('fixes.leftOut.dotnet')}</Body1> : null}
      <ManualSteps plan={p.plan} when="before" />
      {p.plan?.refused ? (
        // No change can be planned from this registry (an offline SYSTEM hive): why, from the engine.
        <Body1 data-plan-refused="">{p.plan.refused}</Body1>
      ) : !p.plan || p.plan.changes.length === 0 ? (
        <Body1>
          {t(
            p.undecided
              ? 'fixes.nothingKnown'
              : p.plan?.leftOut?.length
                ? 'fixes.nothingElse'
                : 'fixes.nothingToDo',
          )}
        </Body1>
      ) : (
        <>
          <Body1>{t('fixes.intro')}</Body1>
          <PlanTable plan={p.plan} result={p.apply} />
          <div className={s.actions}>
            <Button
              appearance="primary"
              disabled={!p.canApply || p.busy || applied}
              onClick={() => setAsking('apply')}
              data-apply-button=""
            >
              {t(p.busy ? 'fixes.applying' : 'fixes.apply')}
            </Button>
            {!p.canApply && <Body1>{t('fixes.cannotApply')}</Body1>}
          </div>
        </>
      )}
      {asking === 'apply' && (
        // A file is not a server: its words say that nothing on the server changes yet.
        <ConfirmBox
          name="apply"
          title={t(p.offline ? 'fixes.apply.fileTitle' : 'fixes.apply.title')}
          text={t(p.offline ? 'fixes.apply.fileText' : 'fixes.apply.text', { count })}
          safe={t('fixes.apply.keep')}
          confirm={t(p.offline ? 'fixes.apply.fileConfirm' : 'fixes.apply.confirm')}
          onSafe={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null)
            p.onApply()
          }}
        />
      )}
      <ManualSteps plan={p.plan} when="after" />
      <ApplyResult apply={p.apply} />
      {applied && !prepared && (
        <div>
          <Button onClick={() => setAsking('rollback')} disabled={p.busy}>
            {t('fixes.rollback')}
          </Button>
        </div>
      )}
      {asking === 'rollback' && p.apply && (
        <ConfirmBox
          name="rollback"
          title={t('fixes.rollback.title')}
          text={t('fixes.rollback.text', { file: p.apply.backupFile ?? '' })}
          safe={t('fixes.rollback.keep')}
          confirm={t('fixes.rollback.confirm')}
          onSafe={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null)
            p.onRollback()
          }}
        />
      )}
      {p.askSkip && (
        <ConfirmBox
          name="skip"
          title={t('fixes.skip.title')}
          text={t('fixes.skip.text', { count })}
          safe={t('fixes.skip.stay')}
          confirm={t('fixes.skip.confirm')}
          onSafe={p.onStay}
          onConfirm={p.onSkip}
        />
      )}
      <RollbackResult rollback={p.rollback} />
    </div>
  )
}
