/** The words redaction keeps: protocol and product words, public names, file extensions. */

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
  none to from outbound inbound office office365 hybrid proxy internal relay intra-organization
  ipv4 ipv6 utf utf8 utf-8 utf16 x64 x86 win32 win64 http http2 https sha512 tls12 tls13`.split(
    /\s+/,
  ),
)

/** What a placeholder looks like: never taken for a name again. */
export const PLACEHOLDER = /^(?:host|domain|tenant|org|user|person|connector|site|ip)-\d+$/

/** Internal top-level labels as Active Directory domains use them, beside the ICANN ones. */
export const INTERNAL_TLDS = new Set(
  'local lan internal intranet corp home localdomain ad'.split(' '),
)

/** Names that end in a file extension are file names (a backup file, an export), not hosts. */
export const FILE_EXTENSIONS = new Set(
  'reg json html htm exe dll log txt xml ps1 psm1 cjs js mjs ts pdf png jpg zip cer crt pem pfx config cmd bat msi wsf csv tmp md'.split(
    ' ',
  ),
)

// Public names that identify nobody; placeholders end in .example (RFC 2606). A suffix matches
// with its dot only: smtp.contosooutlook.com is a customer's name.
const PUBLIC_SUFFIXES = ['example', 'outlook.com', 'microsoft.com', 'office365.com', 'office.com']

/** A tenant's Office 365 MX: the tenant part is the customer's, the rest is Microsoft's. */
export const O365_MX = /^[^.]+(\.mail\.protection\.outlook\.com)$/i

/** True for a name of Microsoft's or of RFC 2606, which identifies nobody. */
export function isPublic(lower: string): boolean {
  return PUBLIC_SUFFIXES.some((s) => lower === s || lower.endsWith(`.${s}`))
}

/**
 * True when a word guessed from free text may be a name: not a protocol, product or registry
 * word, not a placeholder, and longer than one character.
 */
export function usable(word: string): boolean {
  return word.length > 1 && /[a-z]/.test(word) && !KEYWORDS.has(word) && !PLACEHOLDER.test(word)
}

// Account names that name no person (built-in profiles, generic service accounts): a folder of
// theirs is still a path part to hide, but the word alone is left where it stands in prose.
const GENERIC_ACCOUNTS = new Set(
  'admin administrator user users test guest support service svc backup operator public default shared'.split(
    ' ',
  ),
)

/** True when a user name is one to replace wherever it stands, not only in a profile path. */
export function distinctiveUser(lower: string): boolean {
  return lower.length > 2 && usable(lower) && !GENERIC_ACCOUNTS.has(lower)
}

/** Regular-expression text matching `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
