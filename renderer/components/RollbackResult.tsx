/** The outcome of Undo: what was set back and removed, and whether the registry reads as the backup. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components'
import type { Res } from '../../shared/channels'
import { useT } from '../i18n'
import { useReveal } from './use-reveal'

/** The result bar (nothing before an undo); it takes the focus when it arrives. */
export function RollbackResult({ rollback }: { rollback: Res<'fixes:rollback'> | null }) {
  const t = useT()
  // The Undo button is gone once the undo is done: the focus goes to what it did.
  const ref = useReveal<HTMLDivElement>(rollback)
  if (!rollback) return null
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      layout="multiline"
      intent={rollback.mismatches.length ? 'warning' : 'info'}
      data-rolled-back=""
    >
      <MessageBarBody>
        <div>
          {t('fixes.rolledBack', {
            file: rollback.file,
            values: rollback.restoredValues,
            keys: rollback.deletedKeys,
          })}
        </div>
        {rollback.keptKeys.map((k) => (
          <div key={k}>{t('fixes.rolledBack.kept', { key: k })}</div>
        ))}
        <div>
          {rollback.mismatches.length
            ? t('fixes.rolledBack.mismatch', { list: rollback.mismatches.join('; ') })
            : t('fixes.rolledBack.verified')}
        </div>
      </MessageBarBody>
    </MessageBar>
  )
}
