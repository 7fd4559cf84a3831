/** A finding's severity as a word with an icon. */
import { Badge, makeStyles } from '@fluentui/react-components'
import { DismissCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons'
import type { Severity } from '../../shared/ids'
import { useT } from '../i18n'

const useStyles = makeStyles({
  // A pill of fixed height: its words on one line, never squeezed by the text beside it.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
})

const LOOK = {
  error: { color: 'danger', icon: <DismissCircle16Filled /> },
  warning: { color: 'warning', icon: <Warning16Filled /> },
  info: { color: 'informative', icon: <Info16Filled /> },
} as const

/** The badge for one severity. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT()
  const s = useStyles()
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
