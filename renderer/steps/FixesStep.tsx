/** Step 4: the plan (nothing changes before Apply), the backup, the result per value, and rollback. */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Res } from '../../shared/channels'
import { applyStatusKey, fileNameOf } from '../../shared/fix-names'
import type { ApplyResult, FixPlan } from '../../shared/fixes'
import { ConfirmBox } from '../components/ConfirmBox'
import { ManualSteps } from '../components/ManualSteps'
import { PlanTable } from '../components/PlanTable'
import { useT } from '../i18n'

const useStyles = makeStyles({
  stack: { display: 'grid', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** Props of the Fixes step. */
export interface FixesStepProps {
  plan: FixPlan | null
  /** The registry did not show enough to decide: an empty plan then proves nothing. */
  undecided?: boolean
  apply: ApplyResult | null
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
  // Written into files only: not done until someone imports it on the server, so never green.
  const prepared = !!p.apply?.prepared
  const applied = p.apply?.status === 'applied' || prepared
  return (
    <div className={s.stack}>
      <Title2 as="h2">{t('fixes.heading')}</Title2>
      {p.offline && <Body1>{t('fixes.offline')}</Body1>}
      {p.plan?.leftOut?.length ? <Body1>{t('fixes.leftOut.dotnet')}</Body1> : null}
      <ManualSteps plan={p.plan} when="before" />
      {!p.plan || p.plan.changes.length === 0 ? (
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
              onClick={p.onApply}
              data-apply-button=""
            >
              {t(p.busy ? 'fixes.applying' : 'fixes.apply')}
            </Button>
            {!p.canApply && <Body1>{t('fixes.cannotApply')}</Body1>}
          </div>
        </>
      )}
      <ManualSteps plan={p.plan} when="after" />
      {p.apply && (
        <MessageBar
          layout="multiline"
          intent={prepared ? 'warning' : applied ? 'success' : 'error'}
          data-apply={prepared ? 'prepared' : p.apply.status}
        >
          <MessageBarBody>
            <MessageBarTitle>{t('fixes.result')}</MessageBarTitle>
            {t(applyStatusKey(p.apply))}
            {p.apply.prepared && (
              <>
                <div data-prepared-steps>
                  {t('fixes.prepared.steps', { fix: fileNameOf(p.apply.prepared.fix) })}
                </div>
                <div>
                  {t('fixes.prepared.fixFile')}:{' '}
                  <span className={s.mono}>{p.apply.prepared.fix}</span>
                </div>
                <div>
                  {t('fixes.prepared.patched')}:{' '}
                  <span className={s.mono}>{p.apply.prepared.patched}</span>
                </div>
              </>
            )}
            {p.apply.backupFile && (
              <div>
                {t('fixes.backup')}: <span className={s.mono}>{p.apply.backupFile}</span>
              </div>
            )}
            {p.apply.error && <div>{p.apply.error}</div>}
            {p.apply.restoreError && <div>{p.apply.restoreError}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {applied && !prepared && (
        <div>
          <Button onClick={p.onRollback} disabled={p.busy}>
            {t('fixes.rollback')}
          </Button>
        </div>
      )}
      {p.askSkip && (
        <ConfirmBox
          name="skip"
          title={t('fixes.skip.title')}
          text={t('fixes.skip.text', { count: p.plan?.changes.length ?? 0 })}
          safe={t('fixes.skip.stay')}
          confirm={t('fixes.skip.confirm')}
          onSafe={p.onStay}
          onConfirm={p.onSkip}
        />
      )}
      {p.rollback && (
        <MessageBar
          layout="multiline"
          intent={p.rollback.mismatches.length ? 'warning' : 'info'}
          data-rolled-back=""
        >
          <MessageBarBody>
            <div>
              {t('fixes.rolledBack', {
                file: p.rollback.file,
                values: p.rollback.restoredValues,
                keys: p.rollback.deletedKeys,
              })}
            </div>
            {p.rollback.keptKeys.map((k) => (
              <div key={k}>{t('fixes.rolledBack.kept', { key: k })}</div>
            ))}
            <div>
              {p.rollback.mismatches.length
                ? t('fixes.rolledBack.mismatch', { list: p.rollback.mismatches.join('; ') })
                : t('fixes.rolledBack.verified')}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
