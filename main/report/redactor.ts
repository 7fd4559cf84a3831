/** Consistent placeholders for names, addresses and e-mail addresses found in free text. */
import { isIP, isIPv4, isIPv6 } from 'node:net'
import { parse } from 'tldts'

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const EMAIL = `[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]*`
const IPV6 = '(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4})?'
const IPV4 = '(?:\\d{1,3}\\.){3}\\d{1,3}'
const DNS = `(?:${LABEL}\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]`
// An address may follow a word and a colon ("IP Address:fd00::1" in a certificate), never a
// hex digit and a colon: that would be the middle of a longer address.
const IP6_START = '(?:(?<=[G-Zg-z]:)|(?<![\\w:.]))'
const EMAIL_PART = `(?<email>(?<![A-Za-z0-9._%+-])${EMAIL})`
const IP_PARTS = [
  `(?<ip6>${IP6_START}${IPV6}(?![\\w:]))`,
  `(?<ip4>(?<![\\w.])${IPV4}(?!\\w|\\.\\d))`,
]
// "*.contoso.com" (a wildcard name) is a name; "x.y" inside "a.x.y" is not a new one.
// "250-mail.contoso.com": an SMTP reply code and its hyphen are not part of the name.
const DNS_PART = `(?<dns>(?:(?<=(?:^|[^A-Za-z0-9-])\\d{3}-)|(?<![A-Za-z0-9-]|[A-Za-z0-9-]\\.))(?!\\d{3}-)${DNS}(?![A-Za-z0-9-]))`
// In a file name's stem a name ends where its top-level label does: a TLD has no hyphen (bar
// IDN's xn--), so "contoso.local-ex01" is the domain contoso.local and the host ex01.
const RUN_PART = `(?<run>(?<![A-Za-z0-9-])(?:${LABEL}\\.)+(?:xn--[A-Za-z0-9]+|[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9]))`

// Distinguished-name parts that name an organisation, a person or a place, as OpenSSL and
// Windows spell them (case matters: "o=" in prose is no DN); runs of DC= make one domain.
const DN =
  /(?<![A-Za-z0-9.])(?:(?<dc>DC=[^,\r\n]*(?:,[ \t]*DC=[^,\r\n]*)*)|(?<attr>CN|O|OU|L|S|ST|STREET|street|postalCode|PostalCode|SERIALNUMBER|serialNumber|businessCategory|jurisdiction(?:C|ST|L)|GN|SN)=(?<value>"[^"]*"|[^,\r\n]*))/g
// A CN that is a host name goes through the name rules; any other CN names an organisation.
const HOST_LIKE = /^[\w.*-]+$/

// Protocol words, our own words and registry path parts: never taken for a host name.
const KEYWORDS = new Set(
  `ehlo helo mail rcpt data quit rset noop vrfy expn help bdat etrn turn atrn auth starttls
  pipelining 8bitmime size dsn enhancedstatuscodes binarymime chunking smtputf8 requiretls
  deliverby mt-priority x-anonymoustls x-exps xshadowrequest xshadow xexch50 x-link2state xrdst
  xoorg xproxy xproxyfrom xproxyto xrsetproxyto xsessionparams xsysprobe xadr gssapi ntlm login
  plain cram-md5 xoauth2 smtp esmtp lmtp hello ok ready tls ssl sslv2 sslv3 tlsv1
  dtls rsa dhe ecdhe ecdsa psk aes aes128 aes256 gcm ccm cbc chacha20 poly1305
  sha sha1 sha256 sha384 md5 des 3des rc4 null anon export x25519 secp256r1 secp384r1
  schannel hklm hkey_local_machine system software currentcontrolset control securityproviders
  protocols client server enabled disabledbydefault microsoft netframework wow6432node windows
  currentversion winhttp internet settings defaultsecureprotocols schusestrongcrypto
  systemdefaulttlsversions cryptography configuration local policies functions computername
  activecomputername services tcpip parameters hostname domain nv exchangeserver setup
  edgetransportrole msiinstallpath session manager component based servicing rebootpending
  windowsupdate auto update rebootrequired updates updateexevolatile productname currentbuild
  currentbuildnumber ubr displayversion releaseid pendingfilerenameoperations v14 v15 example
  exchange transport mailbox edge frontend default connector receive send localhost unknown
  none`.split(/\s+/),
)
const PLACEHOLDER = /^(?:host|domain|tenant|org|user|ip)-\d+$/
// Internal top-level labels as Active Directory domains use them, beside the ICANN ones.
const INTERNAL_TLDS = new Set('local lan internal intranet corp home localdomain ad'.split(' '))

// Names that end in a file extension are file names (a backup file, an export), not hosts.
const FILE_EXTENSIONS = new Set(
  'reg json html htm exe dll log txt xml ps1 psm1 cjs js mjs ts pdf png jpg zip cer crt pem pfx config cmd bat msi wsf csv tmp md'.split(
    ' ',
  ),
)
// Public names that identify nobody; placeholders end in .example (RFC 2606). A suffix matches
// with its dot only: smtp.contosooutlook.com is a customer's name.
const PUBLIC_SUFFIXES = ['example', 'outlook.com', 'microsoft.com', 'office365.com', 'office.com']
const O365_MX = /^[^.]+(\.mail\.protection\.outlook\.com)$/i

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isPublic(lower: string): boolean {
  return PUBLIC_SUFFIXES.some((s) => lower === s || lower.endsWith(`.${s}`))
}

function isTopLevel(label: string): boolean {
  const l = label.trim().toLowerCase()
  return INTERNAL_TLDS.has(l) || parse(l, { extractHostname: false }).isIcann === true
}

function usable(word: string): boolean {
  return word.length > 1 && /[a-z]/.test(word) && !KEYWORDS.has(word) && !PLACEHOLDER.test(word)
}

/** Replaces every host name, domain, IP address and e-mail address; same original, same placeholder. */
export class Redactor {
  private readonly maps = new Map<string, Map<string, string>>()
  private readonly labels = new Set<string>()
  private readonly words = new Set<string>()
  private patterns: { text: RegExp; stem: RegExp } | undefined

  /** Single-label host names (a computer name, an EHLO name) to replace wherever they appear. */
  addHostLabel(name: string | null | undefined): void {
    const n = name?.trim().toLowerCase()
    if (n && /^[a-z0-9-]+$/.test(n) && usable(n)) {
      this.labels.add(n)
      this.patterns = undefined
    }
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
    if (!n || isIP(n) || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(n)) return
    if (!n.includes('.')) return this.addHostLabel(n)
    if (isPublic(n) || O365_MX.test(n)) return
    const p = parse(n, { extractHostname: false })
    if (p.subdomain) this.addHostLabel(n.slice(0, n.indexOf('.')))
    const word = p.domainWithoutSuffix
    if (word && !word.includes('.') && usable(word)) {
      this.words.add(word)
      this.patterns = undefined
    }
  }

  /** `text` with every name, address, e-mail address and distinguished-name part replaced. */
  text(text: string): string {
    return this.names(this.dn(text, false))
  }

  /** A certificate authority's name: as `text`, and its CN names an organisation, whatever it says. */
  authority(text: string): string {
    return this.names(this.dn(text, true))
  }

  /** A placeholder for an organisation, unit or place named in a certificate. */
  org(value: string): string {
    return this.placeholder('org', value.trim().replace(/^"|"$/g, ''))
  }

  /** True when `text` holds a name, an address or a known word this redactor would replace. */
  mentionsName(text: string): boolean {
    for (const m of text.matchAll(this.compiled().text)) {
      const g = m.groups ?? {}
      if (g.ip6 !== undefined && !isIPv6(m[0])) continue
      if (g.ip4 !== undefined && !isIPv4(m[0])) continue
      if (g.dns !== undefined && isPublic(m[0].toLowerCase()) && !O365_MX.test(m[0])) continue
      return true
    }
    return false
  }

  private dn(text: string, authority: boolean): string {
    return text.replace(DN, (m, ...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>
      if (g.dc) return this.dcRun(g.dc)
      const value = (g.value ?? '').trim()
      if (!value) return m
      if (g.attr === 'CN' && !authority && HOST_LIKE.test(value)) return m
      return `${g.attr}=${this.org(value)}`
    })
  }

  // "DC=local, DC=contoso" (Node, most significant first) or "DC=contoso, DC=local" (Windows):
  // one domain, contoso.local, with the placeholder that name gets everywhere else.
  private dcRun(run: string): string {
    const sep = /,[ \t]*/.exec(run)?.[0] ?? ', '
    const labels = run.split(/,[ \t]*/).map((p) => p.slice(3).trim().toLowerCase())
    const topFirst =
      labels.length > 1 && isTopLevel(labels[0] as string) && !isTopLevel(labels.at(-1) as string)
    const out = this.hostName((topFirst ? [...labels].reverse() : labels).join('.')).split('.')
    return (topFirst ? out.reverse() : out).map((l) => `DC=${l}`).join(sep)
  }

  private names(text: string): string {
    return text.replace(this.compiled().text, (m, ...args) => this.replace(m, args))
  }

  private replace(m: string, args: unknown[]): string {
    const g = args[args.length - 1] as Record<string, string | undefined>
    if (g.email) return this.email(m)
    if (g.ip6) return isIPv6(m) ? this.placeholder('ip6', canonicalIPv6(m)) : m
    if (g.ip4) return isIPv4(m) ? this.placeholder('ip4', m) : m
    if (g.dns) return this.dns(m)
    if (g.run) return isPublic(m.toLowerCase()) ? m : this.hostName(m.toLowerCase())
    if (g.word) return this.placeholder('org', m)
    return this.host(m)
  }

  private compiled(): { text: RegExp; stem: RegExp } {
    if (this.patterns) return this.patterns
    const alt = (name: string, set: Set<string>) =>
      set.size
        ? [
            `(?<${name}>(?<![A-Za-z0-9])(?:${[...set]
              .sort((a, b) => b.length - a.length)
              .map(escapeRegExp)
              .join('|')})(?![A-Za-z0-9]))`,
          ]
        : []
    const known = [...alt('label', this.labels), ...alt('word', this.words)]
    // One pass, so a placeholder is never scanned again; the order decides which reading wins.
    this.patterns = {
      text: new RegExp([EMAIL_PART, ...IP_PARTS, DNS_PART, ...known].join('|'), 'gi'),
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
    const dot = name.lastIndexOf('.')
    const stem = name.slice(0, dot)
    return (
      stem.replace(this.compiled().stem, (m, ...args) => this.replace(m, args)) + name.slice(dot)
    )
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
  tenant: (n) => `tenant-${n}`,
  org: (n) => `org-${n}`,
  user: (n) => `user-${n}`,
  ip4: (n) => (n < 255 ? `192.0.2.${n}` : n < 509 ? `198.51.100.${n - 254}` : `ip-${n}`),
  ip6: (n) => `2001:db8::${n.toString(16)}`,
}
