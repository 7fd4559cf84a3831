/** Consistent placeholders for names, addresses and e-mail addresses found in free text. */
import { isIP, isIPv4, isIPv6 } from 'node:net'
import { parse } from 'tldts'
import { redactConnector } from './redact-connector'
import {
  isBuiltInProfile,
  isProductFile,
  nameAt,
  PRODUCT_PREFIX,
  profileParts,
} from './redact-context'
import { redactDn } from './redact-dn'
import { DNS_PART, EMAIL_PART, IP_PARTS, RUN_PART, USER_DIR_PART } from './redact-patterns'
import {
  distinctiveUser,
  escapeRegExp,
  FILE_EXTENSIONS,
  isPublic,
  O365_MX,
  usable,
} from './redact-words'

// A computer name is one label; Windows allows more than DNS does (EX_01).
const MACHINE_LABEL = /^[^\s.\\/:,;"'<>[\]=@*?|]+$/

const byLength = (a: string, b: string) => b.length - a.length

/** One named alternative of literal strings, longest first, between `before` and `after`. */
function literals(name: string, items: Iterable<string>, before: string, after: string): string[] {
  const list = [...items].sort(byLength).map(escapeRegExp)
  return list.length ? [`(?<${name}>${before}(?:${list.join('|')})${after})`] : []
}

const WORD_START = '(?<![A-Za-z0-9])'
const WORD_END = '(?![A-Za-z0-9])'
// A whole name starts after no name character, or after an SMTP reply code ("250-EX_01.x.local").
const FQDN_START = '(?:(?<=(?:^|[^A-Za-z0-9-])\\d{3}-)|(?<![\\w.-]))'

/** Replaces every host name, domain, IP address and e-mail address; same original, same placeholder. */
export class Redactor {
  private readonly maps = new Map<string, Map<string, string>>()
  /** Host labels replaced wherever they stand alone. */
  private readonly labels = new Set<string>()
  /** This machine's names that are also common words (MAIL, EXCHANGE, X): where a name stands. */
  private readonly common = new Set<string>()
  private readonly words = new Set<string>()
  private readonly users = new Set<string>()
  /** Full names of this machine that the DNS pattern would cut (EX_01.contoso.local). */
  private readonly fqdns = new Set<string>()
  /** Connector ids by their lower-case spelling. */
  private readonly connectors = new Map<string, string>()
  private patterns: { text: RegExp; stem: RegExp } | undefined

  /** A single-label host name guessed from free text or a greeting: protocol words are skipped. */
  addHostLabel(name: string | null | undefined): void {
    const n = name?.trim().toLowerCase()
    if (n && /^[a-z0-9_-]+$/.test(n) && usable(n)) this.add(this.labels, n)
  }

  /**
   * A name from a field known to hold one (a target, a certificate name, an SMTP greeting): its
   * host label and its organisation's word ("contoso") are then replaced wherever they stand alone.
   */
  addHostName(name: string | null | undefined): void {
    const n = name
      ?.trim()
      .toLowerCase()
      .replace(/^\[|\]$|^\*\.|\.$/g, '')
    if (!n || isIP(n) || !/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/.test(n)) return
    if (!n.includes('.')) return this.addHostLabel(n)
    if (isPublic(n) || O365_MX.test(n)) return
    const p = parse(n, { extractHostname: false })
    if (p.subdomain) this.addHostLabel(n.slice(0, n.indexOf('.')))
    const word = p.domainWithoutSuffix
    if (word && !word.includes('.') && usable(word)) this.add(this.words, word)
  }

  /**
   * A name of this machine (its computer name, host name, FQDN) or of one of its Exchange
   * servers: hidden whatever it looks like. A name that is also a common word (MAIL, EDGE, X) is
   * hidden where it stands as a name (see inNameContext); any other wherever it stands alone.
   */
  addMachineName(name: string | null | undefined): void {
    const n = name?.trim().toLowerCase().replace(/\.$/, '')
    if (!n || isIP(n)) return
    const dot = n.indexOf('.')
    const label = dot < 0 ? n : n.slice(0, dot)
    if (!MACHINE_LABEL.test(label)) return
    this.add(usable(label) ? this.labels : this.common, label)
    if (label === n) return
    this.addHostName(n)
    // The DNS pattern reads DNS letters only: EX_01.contoso.local is matched whole here.
    if (/[^a-z0-9.-]/.test(n) && n.split('.').every((l) => MACHINE_LABEL.test(l)))
      this.add(this.fqdns, n)
  }

  /** A user name (a profile folder, a certificate's UID): hidden wherever it stands alone. */
  addUser(name: string | null | undefined): void {
    const n = name?.trim().toLowerCase()
    if (n && distinctiveUser(n) && !/[\r\n]/.test(n)) this.add(this.users, n)
  }

  /** A connector id from the logs: replaced whole where it stands as one (see redact-connector). */
  addConnector(id: string | null | undefined): void {
    const n = id?.trim()
    if (!n || n === '-' || /[\r\n]/.test(n)) return
    this.connectors.set(n.toLowerCase(), n)
    this.patterns = undefined
  }

  /** The placeholder for a field that holds a machine's name (computer name, FQDN), whole. */
  machine(name: string): string {
    const n = name.trim().toLowerCase().replace(/\.$/, '')
    if (!n || isIP(n)) return this.text(name)
    return n.includes('.') ? this.hostName(n) : this.host(n)
  }

  /** The placeholder for a field that holds a DNS domain (Tcpip's Domain value), whole. */
  domain(name: string): string {
    const n = name.trim().toLowerCase().replace(/\.$/, '')
    return n ? this.hostName(n) : name
  }

  /** `text` with every name, address, e-mail address and distinguished-name part replaced. */
  text(text: string): string {
    return this.names(redactDn(text, false, this.sink()))
  }

  /** A certificate authority's name: as `text`, and its CN names an organisation, whatever it says. */
  authority(text: string): string {
    return this.names(redactDn(text, true, this.sink()))
  }

  /** True when `text` holds a name, an address or a known word this redactor would replace. */
  mentionsName(text: string): boolean {
    for (const m of text.matchAll(this.compiled().text)) {
      const g = m.groups ?? {}
      if (g.ip6 !== undefined && !isIPv6(m[0])) continue
      if (g.ip4 !== undefined && !isIPv4(m[0])) continue
      if (g.dns !== undefined && isPublic(m[0].toLowerCase()) && !O365_MX.test(m[0])) continue
      if (g.userdir !== undefined && isBuiltInProfile(m[0])) continue
      if (g.conn !== undefined && this.connector(m[0]) === m[0]) continue
      if (g.common !== undefined && !nameAt(text, m.index, m[0].length)) continue
      return true
    }
    return false
  }

  private add(set: Set<string>, value: string): void {
    set.add(value)
    this.patterns = undefined
  }

  private sink() {
    return {
      hostName: (lower: string) => this.hostName(lower),
      placeholder: (kind: string, value: string) => this.placeholder(kind, value),
    }
  }

  private names(text: string): string {
    return text.replace(this.compiled().text, (m, ...args) => this.replace(m, args, false))
  }

  private replace(m: string, args: unknown[], stem: boolean): string {
    const g = args[args.length - 1] as Record<string, string | undefined>
    if (g.conn) return this.connector(m)
    if (g.fqdn) return this.hostName(m.toLowerCase())
    if (g.email) return this.email(m)
    if (g.userdir) return this.userDir(m)
    if (g.ip6) return isIPv6(m) ? this.placeholder('ip6', canonicalIPv6(m)) : m
    if (g.ip4) return isIPv4(m) ? this.placeholder('ip4', m) : m
    if (g.dns) return this.dns(m)
    if (g.run) return isPublic(m.toLowerCase()) ? m : this.hostName(m.toLowerCase())
    if (g.word) return this.placeholder('org', m)
    if (g.user) return this.placeholder('user', m)
    if (g.common && !stem) {
      // In a file name's stem a name is a name; in free text only where one stands.
      const [offset, whole] = args.slice(-3, -1) as [number, string]
      if (!nameAt(whole, offset, m.length)) return m
    }
    return this.host(m)
  }

  private compiled(): { text: RegExp; stem: RegExp } {
    if (this.patterns) return this.patterns
    const known = [
      ...literals('label', this.labels, WORD_START, WORD_END),
      ...literals('word', this.words, WORD_START, WORD_END),
      ...literals('user', this.users, WORD_START, WORD_END),
      ...literals('common', this.common, WORD_START, WORD_END),
    ]
    // A connector id stands whole in a field, a CSV cell or before "(send)"; never inside prose.
    const conn = literals(
      'conn',
      this.connectors.keys(),
      '(?<=^|[,\\n"])',
      '(?=$|[,\\r\\n"]| ?[(（])',
    )
    const fqdn = literals('fqdn', this.fqdns, FQDN_START, '(?![\\w-]|\\.\\w)')
    // One pass, so a placeholder is never scanned again; the order decides which reading wins.
    this.patterns = {
      text: new RegExp(
        [...conn, ...fqdn, EMAIL_PART, USER_DIR_PART, ...IP_PARTS, DNS_PART, ...known].join('|'),
        'gi',
      ),
      stem: new RegExp([...IP_PARTS, RUN_PART, ...known].join('|'), 'gi'),
    }
    return this.patterns
  }

  private placeholder(kind: string, original: string): string {
    let map = this.maps.get(kind)
    if (!map) this.maps.set(kind, (map = new Map()))
    const id = original.toLowerCase()
    const hit = map.get(id)
    if (hit) return hit
    const n = map.size + 1
    const made = FORMATS[kind]?.(n) ?? `${kind}-${n}`
    map.set(id, made)
    return made
  }

  private host(label: string): string {
    return this.placeholder('host', label)
  }

  private connector(id: string): string {
    const original = this.connectors.get(id.toLowerCase()) ?? id
    return redactConnector(original, {
      server: (name) => this.machine(name),
      placeholder: (kind, name) => this.placeholder(kind, name),
    })
  }

  private userDir(folder: string): string {
    if (isBuiltInProfile(folder)) return folder
    const { user, domain } = profileParts(folder)
    return `${this.placeholder('user', user)}${domain ? `.${this.placeholder('org', domain)}` : ''}`
  }

  private dns(name: string): string {
    const lower = name.toLowerCase()
    const tld = lower.slice(lower.lastIndexOf('.') + 1)
    // A file name: keep its extension, hide the names in its stem (contoso.local-EX01.reg).
    if (FILE_EXTENSIONS.has(tld)) return this.fileName(name)
    const mx = O365_MX.exec(name)
    if (mx) return `${this.placeholder('tenant', name)}${mx[1]}`
    return isPublic(lower) ? name : this.hostName(lower)
  }

  // One registrable domain (by the public suffix list), one placeholder: mail.contoso.co.uk is
  // host-1.domain-1.example and contoso.co.uk is domain-1.example. Labels below it are hosts.
  private hostName(lower: string): string {
    const p = parse(lower, { extractHostname: false })
    if (!p.domain) return this.placeholder('domain', lower)
    const sub = p.subdomain ? p.subdomain.split('.').map((l) => this.host(l)) : []
    return [...sub, this.placeholder('domain', p.domain)].join('.')
  }

  private fileName(name: string): string {
    if (isProductFile(name)) return name
    const dot = name.lastIndexOf('.')
    const prefix = PRODUCT_PREFIX.exec(name)?.[0] ?? ''
    const stem = name.slice(prefix.length, dot)
    const out = stem.replace(this.compiled().stem, (m, ...args) => this.replace(m, args, true))
    return prefix + out + name.slice(dot)
  }

  private email(address: string): string {
    const at = address.lastIndexOf('@')
    return `${this.placeholder('user', address.slice(0, at))}@${this.dns(address.slice(at + 1))}`
  }
}

function canonicalIPv6(address: string): string {
  try {
    return new URL(`http://[${address}]`).hostname
  } catch {
    return address
  }
}

const FORMATS: Record<string, (n: number) => string> = {
  host: (n) => `host-${n}`,
  domain: (n) => `domain-${n}.example`,
  ip4: (n) => (n < 255 ? `192.0.2.${n}` : n < 509 ? `198.51.100.${n - 254}` : `ip-${n}`),
  ip6: (n) => `2001:db8::${n.toString(16)}`,
}
