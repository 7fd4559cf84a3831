/** The verdict in its own words and colour, the one next action, and what is missing to decide. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { Diagnosis, Verdict } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { nextAction } from '../state/next-action'
import { CollectCommands } from './CollectCommands'

// Green only for a verdict that proves health; "not decided" is a warning, never a success.
const INTENT = {
  healthy: 'success',
  'action-needed': 'error',
  inconclusive: 'warning',
} as const satisfies Record<Verdict, string>

/**
 * The bar at the top of the results. Reviewing a saved report, it names no next action: nothing
 * can be done from there (the review note says so, with the way back to this server's checks).
 */
export function VerdictBar({
  diagnosis: d,
  plan,
  review = false,
}: {
  diagnosis: Diagnosis
  plan: FixPlan | null
  review?: boolean
}) {
  const t = useT()
  const title = useRef<HTMLDivElement>(null)
  // A new result takes the focus (a screen reader reads the answer; the keyboard starts there)
  // instead of leaving it on the page body; only status text is a live region.
  useEffect(() => title.current?.focus(), [d])
  return (
    <MessageBar
      layout="multiline"
      intent={INTENT[d.verdict]}
      data-verdict={d.verdict}
      data-intent={INTENT[d.verdict]}
    >
      <MessageBarBody>
        <MessageBarTitle>
          <span ref={title} tabIndex={-1} data-verdict-title="">
            {t('checks.verdict')}: {t(`checks.verdict.${d.verdict}`)}
          </span>
        </MessageBarTitle>
        <div>{t(`verdict.${d.verdict}`)}</div>
        {!review && (
          <div data-next="">
            {(() => {
              const next = nextAction(d, plan)
              const step = next.params?.step
              return t(next.key, step ? { step: t(`fix.${step}`) } : next.params)
            })()}
          </div>
        )}
        <CollectCommands coverage={d.coverage} />
      </MessageBarBody>
    </MessageBar>
  )
}
