/**
 * The outcome of Apply: applied (green), prepared in files (a warning: nothing on the server has
 * changed yet) or failed, with the backup. It takes the focus when it arrives (use-reveal.ts).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components'
import { applyStatusKey, fileNameOf } from '../../shared/fix-names'
import type { ApplyResult as Result } from '../../shared/fixes'
import { useT } from '../i18n'
import { useReveal } from './use-reveal'

const useStyles = makeStyles({
  mono: { fontFamily: 'Consolas, monospace', wordBreak: 'break-all' },
})

/** The result bar (nothing before an apply). */
export function ApplyResult({ apply }: { apply: Result | null }) {
  const t = useT()
  const s = useStyles()
  const ref = useReveal<HTMLDivElement>(apply)
  if (!apply) return null
  // Written into files only: not done until someone imports it on the server, so never green.
  const prepared = !!apply.prepared
  const applied = apply.status === 'applied' || prepared
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      layout="multiline"
      intent={prepared ? 'warning' : applied ? 'success' : 'error'}
      data-apply={prepared ? 'prepared' : apply.status}
    >
      <MessageBarBody>
        <MessageBarTitle>{t('fixes.result')}</MessageBarTitle>
        {t(applyStatusKey(apply))}
        {apply.prepared && (
          <>
            <div data-prepared-steps>
              {t('fixes.prepared.steps', { fix: fileNameOf(apply.prepared.fix) })}
            </div>
            <div>
              {t('fixes.prepared.fixFile')}: <span className={s.mono}>{apply.prepared.fix}</span>
            </div>
            <div>
              {t('fixes.prepared.patched')}:{' '}
              <span className={s.mono}>{apply.prepared.patched}</span>
            </div>
          </>
        )}
        {apply.backupFile && (
          <div>
            {t('fixes.backup')}: <span className={s.mono}>{apply.backupFile}</span>
          </div>
        )}
        {apply.error && <div>{apply.error}</div>}
        {apply.restoreError && <div>{apply.restoreError}</div>}
      </MessageBarBody>
    </MessageBar>
  )
}
