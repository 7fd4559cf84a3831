/** The registry values a diagnosis read: the Schannel table's configured values plus the evidence. */
import type { Diagnosis } from '../../shared/diagnosis'
import type { ValueRead } from '../../shared/report'
import { SCHANNEL_SIDES, TLS_VERSIONS } from '../../shared/tls'
import { keyPathId, nameId, shortKeyPath } from '../registry/reg-path'
import { schannelKey } from '../system/registry-paths'

// Their evidence describes a value ("exists", its wrong type, a combined build) rather than holding it.
const SYMBOLIC = new Set(['registry-value-wrong-type', 'restart-pending'])

function isRegistryValue(key: string, value: string): boolean {
  return /^HK(LM|EY_)/i.test(key) && value !== '(key)' && !value.includes('/')
}

/** Every value read, once each, Schannel first in table order, then the evidence in finding order. */
export function valuesRead(d: Diagnosis): ValueRead[] {
  const out = new Map<string, ValueRead>()
  const add = (v: ValueRead) => {
    const id = `${keyPathId(v.key)}\n${nameId(v.value)}`
    if (!out.has(id)) out.set(id, { ...v, key: shortKeyPath(v.key) })
  }
  for (const version of TLS_VERSIONS)
    for (const side of SCHANNEL_SIDES) {
      const s = d.schannel[version][side]
      const key = schannelKey(version, side)
      add({ key, value: 'Enabled', actual: s.enabledValue })
      add({ key, value: 'DisabledByDefault', actual: s.disabledByDefaultValue })
    }
  for (const f of d.findings) {
    if (SYMBOLIC.has(f.id)) continue
    for (const e of f.evidence)
      if (isRegistryValue(e.key, e.value)) add({ key: e.key, value: e.value, actual: e.actual })
  }
  return [...out.values()]
}
