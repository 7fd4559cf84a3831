/** Which control set the SYSTEM values came from, said when it is not simply CurrentControlSet. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { CURRENT_CONTROL_SET, SELECT_KEY, systemKey } from '../system/registry-paths'
import { evidence, finding, said } from './finding'

/**
 * An offline-loaded SYSTEM hive has ControlSet00N and Select but no CurrentControlSet: the set
 * Select\Current names is read (info). When an export has both and they disagree on a value that
 * decides TLS, CurrentControlSet wins and every difference is shown (warning).
 */
export function controlSetFindings(facts: Facts): Finding[] {
  const cs = facts.controlSet
  if (!cs?.used) return []
  if (cs.how === 'select' || cs.how === 'only-one') {
    const names = said('evidence.want.namesControlSet')
    const ev =
      cs.how === 'select'
        ? [evidence(SELECT_KEY, 'Current', cs.selectCurrent, names)]
        : [evidence(SELECT_KEY, '(key)', said('evidence.found.notExported'), names)]
    return [finding('control-set-fallback', 'info', ev, [], { controlSet: cs.used }, cs.how)]
  }
  const other = cs.comparedWith
  if (!other || !cs.differences.length) return []
  const ev: Evidence[] = cs.differences.flatMap((d) => [
    evidence(
      systemKey(d.key, CURRENT_CONTROL_SET),
      d.value,
      d.used ?? undefined,
      said('evidence.want.sameAsIn', { controlSet: other }),
    ),
    evidence(
      systemKey(d.key, other),
      d.value,
      d.other ?? undefined,
      said('evidence.want.sameAsIn', { controlSet: CURRENT_CONTROL_SET }),
    ),
  ])
  return [
    finding('control-set-differs', 'warning', ev, ['collect-registry'], {
      controlSet: other,
      count: cs.differences.length,
    }),
  ]
}
