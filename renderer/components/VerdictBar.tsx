/** The verdict in its own words and colour, the one next action, and what is missing to decide. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { Diagnosis, Verdict } from '../../shared/diagnosis'
import type { FixPlan } from '../../shared/fixes'
import { MANUAL_STEPS } from '../../shared/manual-steps'
import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { CollectCommands } from './CollectCommands'

// Green only for a verdict that proves health; "not decided" is a warning, never a success.
const INTENT = {
  healthy: 'success',
  'action-needed': 'error',
  inconclusive: 'warning',
} as const satisfies Record<Verdict, string>

/**
 * The one next action, as a message key and its parameters: an update the worst problem needs
 * before anything else, else the registry changes of the plan, else the verdict's own advice.
 */
export function nextAction(
  d: Diagnosis,
  plan: FixPlan | null,
): { key: string; params?: Record<string, string | number> } {
  if (d.verdict !== 'action-needed') return { key: `checks.next.${d.verdict}` }
  const first = d.problems[0]
  const before = MANUAL_STEPS.find((m) => m.when === 'before' && first?.fixes.includes(m.id))
  if (before) return { key: 'checks.next.manual', params: { step: before.id } }
  if (plan?.changes.length)
    return { key: 'checks.next.apply', params: { count: plan.changes.length } }
  return { key: 'checks.next.action-needed' }
}

/** The bar at the top of the results. */
export function VerdictBar({ diagnosis: d, plan }: { diagnosis: Diagnosis; plan: FixPlan | null }) {
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
        <div data-next="">
          {(() => {
            const next = nextAction(d, plan)
            const step = next.params?.step
            return t(next.key, step ? { step: t(`fix.${step}`) } : next.params)
          })()}
        </div>
        <CollectCommands coverage={d.coverage} />
      </MessageBarBody>
    </MessageBar>
  )
}
