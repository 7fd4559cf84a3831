/**
 * The keys of a `.reg` export that a diagnosis reads, and the plan a report carries: a whole-hive
 * export is streamed through this filter, so memory stays flat whatever its size (`fix` needs the
 * whole tree and reads without it).
 */
import { allowListedKeys } from '../fixes/allow-list'
import type { RegKeyFilter } from '../registry/reg-file'
import { FACT_KEYS, systemKeys } from '../system/facts'
import { parentKeyPaths } from '../registry/reg-path'
import { CURRENT_CONTROL_SET, schannelRootKey } from '../system/registry-paths'

// Any control set an export holds (the facts choose one from SYSTEM\Select, written after them)
// is matched as CurrentControlSet.
const CONTROL_SET = /^(hkey_local_machine\\system\\)(?:controlset\d{3}|currentcontrolset)(?=\\|$)/

const asCurrent = (path: string) => path.toLowerCase().replace(CONTROL_SET, '$1currentcontrolset')

/** A filter for readRegFile: true for the keys the facts and the fix plan read. */
export function diagnosisKeyFilter(): RegKeyFilter {
  const exact = new Set(
    [...FACT_KEYS, ...systemKeys(CURRENT_CONTROL_SET), ...allowListedKeys()].map(asCurrent),
  )
  // Their parents too: a parent's own section is what shows that a key missing below it does not
  // exist (RegistryTree.covers), so the facts read from the filtered tree are the whole tree's.
  const parents = new Set<string>()
  for (const key of exact) for (const parent of parentKeyPaths(key)) parents.add(parent)
  // The whole SCHANNEL tree: the facts look for keys with unexpected names anywhere in it.
  const schannel = `${asCurrent(schannelRootKey())}\\`
  return (path) => {
    const id = asCurrent(path)
    return exact.has(id) || parents.has(id) || id.startsWith(schannel)
  }
}
