/** A state shown with an icon and a word, never colour alone. */
import { Badge } from '@fluentui/react-components'
import {
  CheckmarkCircle16Filled,
  ClockRegular,
  DismissCircle16Filled,
  QuestionCircle16Filled,
  Warning16Filled,
} from '@fluentui/react-icons'
import { Spinner } from '@fluentui/react-components'
import { useT } from '../i18n'
import { useBadgeStyles } from './word-styles'
import type { Progress } from '../../shared/channels'

const LOOK = {
  waiting: { color: 'subtle', icon: <ClockRegular /> },
  running: { color: 'informative', icon: <Spinner size="extra-tiny" /> },
  ok: { color: 'success', icon: <CheckmarkCircle16Filled /> },
  warning: { color: 'warning', icon: <Warning16Filled /> },
  error: { color: 'danger', icon: <DismissCircle16Filled /> },
  // Not green: the check could not look (the registry did not show its keys).
  unknown: { color: 'warning', icon: <QuestionCircle16Filled /> },
} as const

/** Props: the state to show. */
export interface StatusBadgeProps {
  state: Progress['state']
}

/** The badge. */
export function StatusBadge({ state }: StatusBadgeProps) {
  const t = useT()
  const s = useBadgeStyles()
  const look = LOOK[state]
  return (
    <Badge
      appearance="tint"
      color={look.color}
      icon={look.icon}
      className={s.badge}
      data-state={state}
    >
      {t(`state.${state}`)}
    </Badge>
  )
}
