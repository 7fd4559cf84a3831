/** Consistent placeholders for names, addresses and e-mail addresses found in free text. */
import { isIPv4, isIPv6 } from 'node:net'

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const EMAIL = `[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]*`
const IPV6 = '(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?'
const IPV4 = '(?:\\d{1,3}\\.){3}\\d{1,3}'
const DNS = `(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]`
// One pass, so a placeholder is never scanned again; the order decides which reading wins.
const PARTS = [
  `(?<email>(?<![A-Za-z0-9._%+-])${EMAIL})`,
  `(?<ip6>(?<![\\w:.])${IPV6}(?![\\w:]))`,
  `(?<ip4>(?<![\\w.])${IPV4}(?!\\w|\\.\\d))`,
  // "*.contoso.com" (a wildcard name) is a name; "x.y" inside "a.x.y" is not a new one.
  // "250-mail.contoso.com": an SMTP reply code and its hyphen are not part of the name.
  `(?<dns>(?:(?<=(?:^|[^A-Za-z0-9-])\\d{3}-)|(?<![A-Za-z0-9-]|[A-Za-z0-9-]\\.))(?!\\d{3}-)${DNS}(?![A-Za-z0-9-]))`,
]

// Names that end in a file extension are file names (a backup file, an export), not hosts.
const FILE_EXTENSIONS = new Set(
  'reg json html htm exe dll log txt xml ps1 psm1 cjs js mjs ts pdf png jpg zip cer crt pem pfx config cmd bat msi wsf csv tmp md'.split(
    ' ',
  ),
)
// Public names that identify nobody; placeholders end in .example (RFC 2606).
const PUBLIC_SUFFIXES = ['example', 'outlook.com', 'microsoft.com', 'office365.com', 'office.com']
const O365_MX = /^[^.]+(\.mail\.protection\.outlook\.com)$/i

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Replaces every host name, domain, IP address and e-mail address; same original, same placeholder. */
export class Redactor {
  private readonly maps = new Map<string, Map<string, string>>()
  private readonly labels = new Set<string>()
  private pattern: RegExp | undefined

  /** Single-label host names (a computer name, an EHLO name) to replace wherever they appear. */
  addHostLabel(name: string | null | undefined): void {
    const n = name?.trim().toLowerCase()
    if (n && n.length > 1 && /^[a-z0-9-]+$/.test(n) && /[a-z]/.test(n) && n !== 'localhost') {
      this.labels.add(n)
      this.pattern = undefined
    }
  }

  /** `text` with every name, address and e-mail address replaced. */
  text(text: string): string {
    this.pattern ??= this.compile()
    return text.replace(this.pattern, (m, ...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>
      if (g.email) return this.email(m)
      if (g.ip6) return isIPv6(m) ? this.placeholder('ip6', m) : m
      if (g.ip4) return isIPv4(m) ? this.placeholder('ip4', m) : m
      if (g.dns) return this.dns(m)
      return this.host(m)
    })
  }

  /** A placeholder for an organisation, unit or place named in a certificate. */
  org(value: string): string {
    return this.placeholder('org', value.trim())
  }

  private compile(): RegExp {
    const labels = [...this.labels].sort((a, b) => b.length - a.length).map(escapeRegExp)
    const label = labels.length
      ? [`(?<label>(?<![A-Za-z0-9])(?:${labels.join('|')})(?![A-Za-z0-9]))`]
      : []
    return new RegExp([...PARTS, ...label].join('|'), 'gi')
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

  private dns(name: string): string {
    const lower = name.toLowerCase()
    const tld = lower.slice(lower.lastIndexOf('.') + 1)
    // A file name: keep it, but still hide a computer name inside it (tls-backup-...-EX01.reg).
    if (FILE_EXTENSIONS.has(tld)) return this.labelsOnly(name)
    const mx = O365_MX.exec(name)
    if (mx) return `${this.placeholder('tenant', name)}${mx[1]}`
    if (PUBLIC_SUFFIXES.some((s) => lower === s || lower.endsWith(`.${s}`))) return name
    const dot = lower.indexOf('.')
    const rest = lower.slice(dot + 1)
    // Two labels are a domain; more are a host in a domain.
    if (!rest.includes('.')) return this.placeholder('domain', lower)
    return `${this.host(lower.slice(0, dot))}.${this.placeholder('domain', rest)}`
  }

  private email(address: string): string {
    const at = address.lastIndexOf('@')
    return `${this.placeholder('user', address.slice(0, at))}@${this.dns(address.slice(at + 1))}`
  }

  private labelsOnly(text: string): string {
    if (!this.labels.size) return text
    const labels = [...this.labels].map(escapeRegExp).join('|')
    const re = new RegExp(`(?<![A-Za-z0-9])(?:${labels})(?![A-Za-z0-9])`, 'gi')
    return text.replace(re, (m) => this.host(m))
  }
}

const FORMATS: Record<string, (n: number) => string> = {
  host: (n) => `host-${n}`,
  domain: (n) => `domain-${n}.example`,
  tenant: (n) => `tenant-${n}`,
  org: (n) => `org-${n}`,
  user: (n) => `user-${n}`,
  ip4: (n) => (n < 255 ? `192.0.2.${n}` : n < 509 ? `198.51.100.${n - 254}` : `ip-${n}`),
  ip6: (n) => `2001:db8::${n.toString(16)}`,
}
