/**
 * The registry values a diagnosis read: the Schannel table's configured values, the Windows build,
 * then the evidence. Written as a `.reg` (render-reg.ts), they must let a diagnosis of that file
 * decide what this one decided: a missing value means something only when the build is known.
 */
import type { Diagnosis } from '../../shared/diagnosis'
import type { ValueRead } from '../../shared/report'
import { SCHANNEL_SIDES, TLS_VERSIONS } from '../../shared/tls'
import { keyPathId, nameId, shortKeyPath } from '../registry/reg-path'
import {
  CURRENT_CONTROL_SET,
  schannelKey,
  systemKey,
  WINDOWS_VERSION_KEY,
} from '../system/registry-paths'

// Their evidence describes a value ("exists", "not in the export", its wrong type, a combined
// build, Health Checker's word for a state) rather than holding it: written as values, a
// diagnosis of the file would find what is not there.
const SYMBOLIC = new Set([
  'registry-value-wrong-type',
  'restart-pending',
  'registry-export-incomplete',
  'os-version-unknown',
  'schannel-state-differs-from-health-checker',
  'tls13-not-supported-by-exchange',
])

function isRegistryValue(key: string, value: string): boolean {
  return /^HK(LM|EY_)/i.test(key) && value !== '(key)' && !value.includes('/')
}

/**
 * The machine values the summary holds, as Windows stores them (CurrentBuild is text, UBR a
 * DWORD); only those the diagnosis knew, so a file never claims "not set" for a key that was not
 * exported. Not the Exchange build: a file that names Exchange must also hold the .NET values a
 * check found right (the diagnosis does not keep them), or a diagnosis of it would call them unset.
 */
function machineValues(d: Diagnosis, controlSet: string): ValueRead[] {
  const { os, computerName } = d.machine
  const out: ValueRead[] = []
  const add = (key: string, value: string, actual: string | number | null) => {
    if (actual !== null) out.push({ key, value, actual })
  }
  add(WINDOWS_VERSION_KEY, 'ProductName', os.productName)
  add(WINDOWS_VERSION_KEY, 'CurrentBuild', os.build === null ? null : String(os.build))
  add(WINDOWS_VERSION_KEY, 'UBR', os.ubr)
  add(WINDOWS_VERSION_KEY, 'DisplayVersion', os.displayVersion)
  add(systemKey('Control\\ComputerName\\ComputerName', controlSet), 'ComputerName', computerName)
  return out
}

/** Every value read, once each: Schannel first in table order, the machine's, the evidence. */
export function valuesRead(d: Diagnosis): ValueRead[] {
  const out = new Map<string, ValueRead>()
  const add = (v: ValueRead) => {
    const id = `${keyPathId(v.key)}\n${nameId(v.value)}`
    if (!out.has(id)) out.set(id, { ...v, key: shortKeyPath(v.key) })
  }
  // The control set the values came from (an offline hive has no CurrentControlSet).
  const controlSet = d.coverage.controlSet ?? CURRENT_CONTROL_SET
  if (d.coverage.schannel)
    for (const version of TLS_VERSIONS)
      for (const side of SCHANNEL_SIDES) {
        const s = d.schannel[version][side]
        const key = schannelKey(version, side, controlSet)
        add({ key, value: 'Enabled', actual: s.enabledValue })
        add({ key, value: 'DisabledByDefault', actual: s.disabledByDefaultValue })
      }
  machineValues(d, controlSet).forEach(add)
  for (const f of d.findings) {
    if (SYMBOLIC.has(f.id)) continue
    for (const e of f.evidence)
      if (isRegistryValue(e.key, e.value)) add({ key: e.key, value: e.value, actual: e.actual })
  }
  return [...out.values()]
}
