/** A finding's severity as a word with an icon. */
import { Badge } from '@fluentui/react-components'
import { DismissCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons'
import type { Severity } from '../../shared/ids'
import { useT } from '../i18n'
import { useBadgeStyles } from './word-styles'

const LOOK = {
  error: { color: 'danger', icon: <DismissCircle16Filled /> },
  warning: { color: 'warning', icon: <Warning16Filled /> },
  info: { color: 'informative', icon: <Info16Filled /> },
} as const

/** The badge for one severity. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT()
  const s = useBadgeStyles()
  return (
    <Badge
      appearance="filled"
      color={LOOK[severity].color}
      icon={LOOK[severity].icon}
      className={s.badge}
    >
      {t(`severity.${severity}`)}
    </Badge>
  )
}
