/** Which control set an export's SYSTEM values come from, and where two copies disagree. */
import { SCHANNEL_SIDES, TLS_VERSIONS } from '../../shared/tls'
import { nameId } from '../registry/reg-path'
import type { RegistrySnapshot } from '../registry/registry-store'
import type { RegValue } from '../registry/reg-value'
import * as P from './registry-paths'

/** A value's data as evidence shows it. */
export type ValueData = number | string | string[] | null

/** Which control set the SYSTEM values came from, and how it was chosen. */
export interface ControlSetFacts {
  /** `CurrentControlSet`, `ControlSet001`, ...; null when none can be used. */
  used: string | null
  how: 'current' | 'select' | 'only-one' | 'ambiguous' | 'none'
  /** `HKLM\SYSTEM\Select` `Current`, when exported. */
  selectCurrent?: number
  /** The ControlSet00N that `Select` names, compared with CurrentControlSet (exports only). */
  comparedWith?: string
  /** Values that differ between the two (paths below the control set). */
  differences: Array<{ key: string; value: string; used: ValueData; other: ValueData }>
}

const same = (a: string, b: string) => nameId(a) === nameId(b)

/** Picks the control set: CurrentControlSet, else the one `Select\Current` names, else the only one. */
export function chooseControlSet(snap: RegistrySnapshot): ControlSetFacts {
  const subkeys = snap.key(P.SYSTEM_KEY).subkeys
  const sets = subkeys.filter((k) => /^ControlSet\d{3}$/i.test(k))
  const sel = snap.value(P.SELECT_KEY, 'Current')
  const selectCurrent = sel?.type === 'REG_DWORD' ? sel.data : undefined
  const selected =
    selectCurrent === undefined
      ? undefined
      : sets.find((k) => same(k, P.controlSetName(selectCurrent)))
  const base = { selectCurrent, differences: [] }
  if (subkeys.some((k) => same(k, P.CURRENT_CONTROL_SET)))
    return { ...base, used: P.CURRENT_CONTROL_SET, how: 'current', comparedWith: selected }
  if (selected) return { ...base, used: selected, how: 'select' }
  if (sets.length === 1 && selectCurrent === undefined)
    return { ...base, used: sets[0] as string, how: 'only-one' }
  return { ...base, used: null, how: sets.length ? 'ambiguous' : 'none' }
}

/** A value's data for evidence; types evidence cannot carry are named instead. */
export function valueData(v: RegValue | undefined): ValueData {
  if (!v) return null
  if (v.type === 'REG_DWORD') return v.data
  if (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ' || v.type === 'REG_MULTI_SZ') return v.data
  return `(${v.type})`
}

/** The values that decide TLS in two control sets, where both hold the key and they differ. */
export function controlSetDifferences(
  snap: RegistrySnapshot,
  a: string,
  b: string,
): ControlSetFacts['differences'] {
  const pairs = [
    ...TLS_VERSIONS.flatMap((v) =>
      SCHANNEL_SIDES.flatMap((s) =>
        ['Enabled', 'DisabledByDefault'].map((n) => [(cs: string) => P.schannelKey(v, s, cs), n]),
      ),
    ),
    [(cs: string) => P.cipherLocalKey(cs), 'Functions'],
  ] as Array<[(cs: string) => string, string]>
  return pairs.flatMap(([key, value]) => {
    // A key only one set has was not exported there: that is not a disagreement.
    if (!snap.key(key(a)).exists || !snap.key(key(b)).exists) return []
    const used = valueData(snap.value(key(a), value))
    const other = valueData(snap.value(key(b), value))
    if (JSON.stringify(used) === JSON.stringify(other)) return []
    return [{ key: key(a).slice(P.systemKey('', a).length), value, used, other }]
  })
}
