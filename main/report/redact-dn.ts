/** Distinguished-name parts (certificate subjects and issuers) that name a person, a place or an organisation. */
import { parse } from 'tldts'
import { INTERNAL_TLDS } from './redact-words'

// Attribute names as OpenSSL (short and long), Node and Windows (CertNameToStr) print them:
// RFC 4514's list, X.520's person and place attributes, PKCS #9 e-mail, and any OID written out.
// Case matters ("o=" in prose is no DN). C, the country code, names nobody and is kept.
const PERSON = 'GN|givenName|G|SN|surname|I|initials|T|title|pseudonym|name|generationQualifier'
const USER = 'UID|userId|uid'
const MAIL = 'E|emailAddress|EMAIL|Email|mail'
const ORG = [
  'CN|commonName|O|organizationName|OU|organizationalUnitName|organizationIdentifier',
  'L|localityName|S|ST|stateOrProvinceName|STREET|street|streetAddress|postalCode|PostalCode',
  'postOfficeBox|postalAddress|SERIALNUMBER|serialNumber|businessCategory|description',
  'jurisdictionC|jurisdictionST|jurisdictionL|jurisdictionCountryName',
  'jurisdictionStateOrProvinceName|jurisdictionLocalityName|dnQualifier|telephoneNumber',
  'unstructuredName|unstructuredAddress|role|(?:OID\\.)?[0-2](?:\\.\\d+){2,}',
].join('|')
const VALUE = '"(?:[^"\\\\]|\\\\.)*"|(?:\\\\.|[^,\\r\\n])*'

/** One attribute (`attr=value`) or a run of DC= parts (one domain). */
const DN = new RegExp(
  `(?<![A-Za-z0-9.])(?:(?<dc>DC=[^,\\r\\n]*(?:,[ \\t]*DC=[^,\\r\\n]*)*)|(?<attr>${PERSON}|${USER}|${MAIL}|${ORG})=(?<value>${VALUE}))`,
  'g',
)
const PERSON_ATTRS = new Set(PERSON.split('|'))
const USER_ATTRS = new Set(USER.split('|'))
const MAIL_ATTRS = new Set(MAIL.split('|'))
// A CN that is a host name goes through the name rules; any other CN names an organisation.
const HOST_LIKE = /^[\w.*-]+$/

/** Where a redactor takes a DN's parts: a domain's placeholder, and a placeholder of a kind. */
export interface DnSink {
  hostName(lower: string): string
  placeholder(kind: 'org' | 'person' | 'user', value: string): string
}

function isTopLevel(label: string): boolean {
  const l = label.trim().toLowerCase()
  return INTERNAL_TLDS.has(l) || parse(l, { extractHostname: false }).isIcann === true
}

// "DC=local, DC=contoso" (Node, most significant first) or "DC=contoso, DC=local" (Windows):
// one domain, contoso.local, with the placeholder that name gets everywhere else.
function dcRun(run: string, sink: DnSink): string {
  const sep = /,[ \t]*/.exec(run)?.[0] ?? ', '
  const labels = run.split(/,[ \t]*/).map((p) => p.slice(3).trim().toLowerCase())
  const topFirst =
    labels.length > 1 && isTopLevel(labels[0] as string) && !isTopLevel(labels.at(-1) as string)
  const out = sink.hostName((topFirst ? [...labels].reverse() : labels).join('.')).split('.')
  return (topFirst ? out.reverse() : out).map((l) => `DC=${l}`).join(sep)
}

/** A DN value without its quotes. */
export const dnValue = (value: string): string => value.trim().replace(/^"|"$/g, '')

/**
 * `text` with every DN part that names someone replaced; a CN that is a host name and an e-mail
 * address are left for the name rules (which give them the placeholders they get elsewhere).
 * `authority`: the DN of a certificate authority, whose CN names an organisation, whatever it says.
 */
export function redactDn(text: string, authority: boolean, sink: DnSink): string {
  return text.replace(DN, (m, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>
    if (g.dc) return dcRun(g.dc, sink)
    const attr = g.attr as string
    const value = dnValue(g.value ?? '')
    if (!value) return m
    if (attr === 'CN' && !authority && HOST_LIKE.test(value)) return m
    if (MAIL_ATTRS.has(attr) && /^[^@\s]+@[^@\s]+$/.test(value)) return m
    const kind = USER_ATTRS.has(attr) ? 'user' : PERSON_ATTRS.has(attr) ? 'person' : 'org'
    // A bare OID (2.5.4.97) would read as an IPv4 address next: Windows' spelling says what it is.
    return `${/^\d/.test(attr) ? 'OID.' : ''}${attr}=${sink.placeholder(kind, value)}`
  })
}

/** The user ids (UID=) a text's DNs hold: user names to hide wherever they stand. */
export function dnUserIds(text: string): string[] {
  return [...text.matchAll(DN)].flatMap((m) =>
    m.groups?.attr && USER_ATTRS.has(m.groups.attr) ? [dnValue(m.groups.value ?? '')] : [],
  )
}
