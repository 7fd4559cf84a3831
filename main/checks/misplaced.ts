/**
 * Keys and values under SCHANNEL that Windows never reads: typed in the wrong place, or with names
 * a machine translation changed (DOMAIN.md section 8: `TLS 1,2`, `TLS 1.2 \ klien`, `diaktifkan`).
 */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Message } from '../../shared/finding-schema'
import { TLS_VERSIONS, type TlsVersion } from '../../shared/tls'
import { nameId, shortKeyPath } from '../registry/reg-path'
import type { Facts, KeyFacts } from '../system/facts'
import { protocolsKey, schannelKey, schannelRootKey, versionKey } from '../system/registry-paths'
import { evidenceRow, finding, said } from './finding'

// Compared without case, spaces or compatibility forms (full-width letters, composed accents).
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

// The names the seed article's machine translations use (id, lt, vi, zh, ro), plus near misses.
const CLIENT = ['client', 'klien', 'klientas', 'máykhách', '客户端', 'clientul', 'klient']
const SERVER = ['server', 'serveris', 'máychủ', '服务器', 'serverul', 'peladen', 'serwer']
const ENABLED = ['enabled', 'enable', 'diaktifkan', 'įjungtas', 'įjungta', 'bật', '已启用', '启用']
const DISABLED_BY_DEFAULT = ['disabledbydefault', 'disablebydefault', 'disableddefault']

/** `TLS 1,2`, `TLS1.2`, `TLS 1.2 `, `tlsv1_2` -> `TLS 1.2`. */
export function versionLike(name: string): TlsVersion | undefined {
  const m = /^tlsv?1[._]?([0-3])$/.exec(norm(name).replace(/[,，、]/g, '.'))
  return m ? (`TLS 1.${m[1]}` as TlsVersion) : undefined
}

/** `klien`, ` Client`, `máy chủ` -> the side they mean. */
export function sideLike(name: string): 'client' | 'server' | undefined {
  const n = norm(name)
  return CLIENT.includes(n) ? 'client' : SERVER.includes(n) ? 'server' : undefined
}

/** `diaktifkan`, ` DisabledByDefault ` -> the value they mean. */
export function valueLike(name: string): 'Enabled' | 'DisabledByDefault' | undefined {
  const n = norm(name)
  if (ENABLED.includes(n)) return 'Enabled'
  return DISABLED_BY_DEFAULT.includes(n) ? 'DisabledByDefault' : undefined
}

const same = (a: string, b: string) => nameId(a) === nameId(b)
const VALUES = ['Enabled', 'DisabledByDefault']

/** What an ignored entry was meant to be, as far as its names tell. */
interface Intent {
  version?: TlsVersion
  /** The side as typed (undefined: the entry sits above the sides). */
  side?: string
  /** The value (or key) name as typed, when the entry is a value or a key standing for one. */
  value?: string
}

/** Where an entry belongs, in words an admin can follow in regedit. */
function belongs({ version, side, value }: Intent): string | Message {
  if (!version) return said('evidence.want.nowhere')
  const s = side === undefined ? undefined : sideLike(side)
  if (side !== undefined && !s) return said('evidence.want.nowhereSide')
  const v = value === undefined ? undefined : valueLike(value)
  if (value !== undefined && !v) return said('evidence.want.nowhereValue')
  if (!s) {
    // Above the sides: it belongs under both.
    const key = shortKeyPath(versionKey(version))
    return v
      ? said('evidence.want.valueInBothSides', { key, value: v })
      : said('evidence.want.bothSides', { key })
  }
  const key = shortKeyPath(schannelKey(version, s))
  return v ? said('evidence.want.valueIn', { key, value: v }) : key
}

function rows(k: KeyFacts, intent: Intent, keyIsValue = false): Evidence[] {
  const key = shortKeyPath(k.path)
  const actual = keyIsValue
    ? said('evidence.found.keyNotValue')
    : said('evidence.found.values', { count: k.values.length })
  const own = evidenceRow({ key, value: '(key)', actual, expected: belongs(intent) })
  if (keyIsValue || !k.values.length) return [own]
  return k.values.map((v) =>
    evidenceRow({
      key,
      value: v.name === '' ? '(Default)' : v.name,
      actual: v.data,
      expected: belongs({ ...intent, value: v.name }),
    }),
  )
}

/** The entries of one key of the SCHANNEL subtree that Windows ignores (none: it reads them). */
function ignored(k: KeyFacts, cs: string | undefined): Evidence[] {
  const root = schannelRootKey(cs)
  if (k.path.length <= root.length) return []
  const [first = '', second, third, fourth] = k.path.slice(root.length + 1).split('\\')
  if (!same(first, 'Protocols')) {
    // Directly under SCHANNEL, only what looks like a protocol or a side is ours to name.
    const version = versionLike(first)
    const side = sideLike(first) ? first : second
    return version || sideLike(first) ? rows(k, { version, side }) : []
  }
  if (second === undefined) return k.values.length ? rows(k, {}) : []
  const known = TLS_VERSIONS.find((v) => same(v, second))
  if (!known) {
    // A misspelt protocol key (`TLS 1,2`): everything in it is ignored.
    return rows(k, { version: versionLike(second), side: third })
  }
  if (third === undefined) return k.values.length ? rows(k, { version: known }) : []
  const side = ['Client', 'Server'].find((s) => same(s, third))
  if (!side) return rows(k, { version: known, side: third })
  // A key below Client/Server: usually a value created as a key by mistake.
  if (fourth !== undefined) return rows(k, { version: known, side, value: fourth }, true)
  const wrong = k.values.filter((v) => !VALUES.some((n) => same(n, v.name)))
  return wrong.length ? rows({ ...k, values: wrong }, { version: known, side }) : []
}

/** One finding naming every ignored key and value, where it belongs, and that deleting it is safe. */
export function misplacedFindings(facts: Facts): Finding[] {
  const cs = facts.controlSet?.used ?? undefined
  if (facts.seen && !facts.seen.schannel) return []
  const ev = (facts.schannelTree ?? []).flatMap((k) => ignored(k, cs))
  if (!ev.length) return []
  return [
    finding('schannel-keys-misplaced', 'warning', ev, ['delete-ignored-entries'], {
      count: ev.length,
      protocols: shortKeyPath(protocolsKey(cs)),
    }),
  ]
}
