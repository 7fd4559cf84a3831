/** The SCHANNEL subtree as read, odd keys included: what the misplaced-key check judges. */
import { SCHANNEL_SIDES, TLS_VERSIONS } from '../../shared/tls'
import { nameId } from '../registry/reg-path'
import type { RegistrySnapshot } from '../registry/registry-store'
import type { RegValue } from '../registry/reg-value'
import { valueData, type ValueData } from './control-sets'
import * as P from './registry-paths'

/** One key under SCHANNEL as read: for the misplaced-key check. */
export interface KeyFacts {
  path: string
  values: Array<{ name: string; type: RegValue['type']; data: ValueData }>
  subkeys: string[]
}

const same = (a: string, b: string) => nameId(a) === nameId(b)

const SCHANNEL_CHILDREN = [
  'Protocols',
  'Ciphers',
  'CipherSuites',
  'Hashes',
  'KeyExchangeAlgorithms',
]
const PROTOCOLS = [
  ...TLS_VERSIONS,
  ...['SSL 2.0', 'SSL 3.0', 'PCT 1.0', 'Multi-Protocol Unified Hello'],
  ...['DTLS 1.0', 'DTLS 1.2', 'DTLS 1.3'],
]
// A pathological export must not turn into thousands of reads.
const MAX_ODD_KEYS = 200

/** Keys below SCHANNEL that Windows does not read and that were not read yet. */
export function oddKeys(snap: RegistrySnapshot, cs: string, read: Set<string>): string[] {
  const root = P.schannelRootKey(cs)
  const protocols = P.protocolsKey(cs)
  const versions = TLS_VERSIONS.map((v) => P.versionKey(v, cs))
  const expected = (parent: string, name: string): boolean => {
    if (same(parent, root)) return SCHANNEL_CHILDREN.some((k) => same(k, name))
    if (same(parent, protocols)) return PROTOCOLS.some((k) => same(k, name))
    if (versions.some((v) => same(v, parent)))
      return ['Client', 'Server'].some((k) => same(k, name))
    return false
  }
  const depth = (p: string) => p.split('\\').length - root.split('\\').length
  const out: string[] = []
  for (const parent of read) {
    if (depth(parent) >= 4) continue
    for (const name of snap.key(parent).subkeys) {
      const child = `${parent}\\${name}`
      if (!expected(parent, name) && !read.has(child)) out.push(child)
    }
  }
  return out.slice(0, Math.max(0, MAX_ODD_KEYS - read.size))
}

/** The keys to start from: SCHANNEL, Protocols, the version keys and their sides. */
export function treeRoots(cs: string): Set<string> {
  const read = new Set([P.schannelRootKey(cs), P.protocolsKey(cs)])
  for (const v of TLS_VERSIONS) {
    read.add(P.versionKey(v, cs))
    for (const s of SCHANNEL_SIDES) read.add(P.schannelKey(v, s, cs))
  }
  return read
}

/** The keys read, as plain data (missing ones left out). */
export function treeFacts(snap: RegistrySnapshot, paths: readonly string[]): KeyFacts[] {
  return paths
    .filter((p) => snap.key(p).exists)
    .map((path) => {
      const k = snap.key(path)
      const values = [...k.values.values()].map((v) => ({
        name: v.name,
        type: v.value.type,
        data: valueData(v.value),
      }))
      return { path, values, subkeys: [...k.subkeys] }
    })
}
