/**
 * Property: names, addresses and distinguished-name parts put in every string field of a report
 * never survive `--redact` (JSON, HTML, .reg); protocol keywords and registry paths always do.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ProbeCertificate } from '../../../shared/probe'
import { reportSchema, type Report } from '../../../shared/report'
import { reportJson } from '../../../main/report/build-report'
import { KEPT_FIELDS, redactReport } from '../../../main/report/redact'
import { renderReportHtml } from '../../../main/report/render-html'
import { renderReportRegText } from '../../../main/report/render-reg'
import { fuzz, fuzzRuns } from '../../fuzz/fuzz-kit'
import { hostileReport } from './fixtures'
import { EHLO_KEYWORD_LINES } from '../../helpers/ehlo'

const STEMS = ['contoso', 'fabrikam', 'webmail', 'mx', 'ex', 'relay', 'mail-gw', 'adatum', 'dc']
const SUFFIXES = ['com', 'net', 'de', 'local', 'lan', 'internal', 'corp', 'co.uk', 'org.uk']
const MORE_SUFFIXES = ['com.au', 'co.jp', 'com.br', 'co.nz', 'gov.uk', 'k12.ca.us']
// A label no report holds by chance: a stem, a q and a few random characters.
const label = fc
  .tuple(fc.constantFrom(...STEMS), fc.stringMatching(/^[a-z0-9]{3,6}$/))
  .map(([stem, tail]) => `${stem}q${tail}`)
const anyCase = (s: string) => fc.constantFrom(s, s.toUpperCase(), s[0]?.toUpperCase() + s.slice(1))
const octet = fc.integer({ min: 0, max: 255 })
// Not 2, 8, 92 or 98 first: "92.0.2.1" would be found inside the placeholder 192.0.2.1.
const firstOctet = fc.integer({ min: 10, max: 223 }).filter((n) => ![92, 98, 127].includes(n))
const ipv4 = fc.tuple(firstOctet, octet, octet, octet).map((o) => o.join('.'))
const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16))
const ipv6 = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.array(hex, { minLength: 7, maxLength: 7 }), fc.nat(5))
  .chain(([b, rest, cut]) => {
    const groups = [`fd${b.toString(16).padStart(2, '0')}`, ...rest]
    const short = `${groups.slice(0, cut + 1).join(':')}::${groups.at(-1)}`
    return fc.constantFrom(groups.join(':'), short).chain(anyCase)
  })

// What stands between names in free text (not "-", "_" or ".": those would make one token).
const SEPARATORS = [...' \t\n"\'<>=|\\', ', ', '; ', ' (', ') ', ' / ']

/** One case: the names an organisation's report would hold. */
const kit = fc.record({
  host: label,
  other: label,
  sub: label,
  word: label,
  suffix: fc.constantFrom(...SUFFIXES, ...MORE_SUFFIXES),
  user: label,
  org: label,
  unit: label,
  city: label,
  ip4: ipv4,
  ip6: ipv6,
  // Which known host fields carry the single-label name (the others carry `other`).
  where: fc.array(
    fc.constantFrom('computer', 'target', 'banner', 'ehlo', 'greeting', 'san', 'cn'),
    { minLength: 1, maxLength: 4 },
  ),
  cert: fc.constantFrom('self-signed', 'internal', 'internal-trusted', 'public'),
  seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 12, maxLength: 12 }),
  order: fc.array(fc.nat(100), { minLength: 12, maxLength: 12 }),
})
type Kit = typeof kit extends fc.Arbitrary<infer T> ? T : never

const KEYWORD_LINES = [
  ...EHLO_KEYWORD_LINES,
  'C: STARTTLS',
  'S: 220 2.0.0 SMTP server ready',
  'S: 454 4.7.0 TLS not available; TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 SSLv3 TLS_AES_256_GCM_SHA384',
  'C: MAIL FROM:<>',
  'C: RCPT TO:<>',
  'C: QUIT',
]
const PUBLIC_CA = 'CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US'

function names(k: Kit) {
  const domain = `${k.word}.${k.suffix}`
  const fqdn = `${k.sub}.${domain}`
  const ucFirst = (s: string) => (s[0] as string).toUpperCase() + s.slice(1)
  const dcs = [k.sub, k.word, ...k.suffix.split('.')].map((l) => `DC=${l}`)
  const secrets = [k.host, k.other, k.sub, k.word, k.user, k.org, k.unit, k.city, k.ip4, k.ip6]
  const parts = [
    k.host,
    fqdn,
    domain,
    k.ip4,
    `[${k.ip6}]`,
    `IP Address:${k.ip6}`,
    `${k.user}@${domain}`,
    `O=${ucFirst(k.org)} Ltd, OU=${ucFirst(k.unit)}, L=${ucFirst(k.city)}`,
    dcs.join(', '),
    [...dcs].reverse().join(','),
    `${ucFirst(k.word)}\\svc-smtp`,
    k.other.toUpperCase(),
  ]
  const sentence = parts
    .map((p, i) => [k.order[i] as number, p] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, p], i) => `${k.seps[i]}${p}`)
    .join('')
  return { domain, fqdn, dcs, secrets, sentence, ucFirst }
}

type Path = Array<string | number>

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) =>
    stringPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  )
}

function update(value: unknown, path: Path, f: (s: string) => string): void {
  const parent = path
    .slice(0, -1)
    .reduce((o, k) => (o as Record<string | number, unknown>)[k], value) as Record<
    string | number,
    unknown
  >
  const last = path.at(-1) as string | number
  parent[last] = f(parent[last] as string)
}

/**
 * Every string field of `r` that holds free text: not kept as ours, not an enum, and long enough
 * for a sentence (a fix plan's registry names are capped at 256 and 512 characters).
 */
function textFields(r: Report): Path[] {
  return stringPaths(r).filter((p) => {
    const key = [...p].reverse().find((k) => typeof k === 'string') as string
    if (KEPT_FIELDS.has(key)) return false
    const copy = structuredClone(r)
    update(copy, p, (s) => `${s}${' contosoqzz.com'.repeat(50)}`)
    return reportSchema.safeParse(copy).success
  })
}

function inject(base: Report, fields: Path[], sentence: string): Report {
  const r = structuredClone(base)
  for (const p of fields) update(r, p, (s) => `${s}${sentence}`)
  return r
}

function report(base: Report, k: Kit): Report {
  const n = names(k)
  const at = (w: Kit['where'][number]) => (k.where.includes(w) ? k.host : k.other)
  const r = inject(base, fields, n.sentence)
  const probe = r.probes[0] as Report['probes'][number]
  const target = at('target')
  probe.target.host = target
  probe.result.host = target
  probe.result.transcript = [
    `S: 220 ${at('banner')} Microsoft ESMTP MAIL Service ready${n.sentence}`,
    `C: EHLO ${at('ehlo')}`,
    `S: 250-${at('greeting')} Hello [${k.ip4}]${n.sentence}`,
    ...KEYWORD_LINES.map((l) => `${l}${n.sentence}`),
  ]
  const c = probe.result.certificate as ProbeCertificate
  const subject = `CN=${at('cn')}, O=${n.ucFirst(k.org)} Ltd, L=${n.ucFirst(k.city)}, C=GB`
  const issuers = {
    'self-signed': subject,
    internal: `${n.dcs.join(', ')}, CN=${n.ucFirst(k.org)} Issuing CA 01`,
    'internal-trusted': `CN=${n.ucFirst(k.word)} Issuing CA 01, O=${n.ucFirst(k.org)}`,
    public: PUBLIC_CA,
  }
  probe.result.certificate = {
    ...c,
    subject,
    issuer: issuers[k.cert],
    selfSigned: k.cert === 'self-signed',
    trusted: k.cert === 'public' || k.cert === 'internal-trusted',
    subjectAltNames: [
      `DNS:${at('san')}`,
      `DNS:${n.domain}`,
      `DNS:*.${n.domain}`,
      ...c.subjectAltNames,
    ],
  }
  r.machine.computerName = at('computer')
  r.machine.fqdn = `${at('computer')}.${n.domain}`
  return r
}

let base: Report
let fields: Path[]
beforeAll(async () => {
  base = await hostileReport('x')
  fields = textFields(base)
})

describe('redaction, as a property', () => {
  it('no generated name survives anywhere; keywords, registry paths and public CAs do', async () => {
    await fuzz(
      'redact',
      kit,
      (k) => {
        const before = report(base, k)
        const { secrets, domain, fqdn } = names(k)
        const json = reportJson(before).toLowerCase()
        for (const s of [...secrets, domain, fqdn]) expect(json).toContain(s.toLowerCase())
        const r = redactReport(before)
        const out = [reportJson(r), renderReportHtml(r), renderReportRegText(r)]
          .join('\n')
          .toLowerCase()
        for (const s of secrets) expect(out, s).not.toContain(s.toLowerCase())
        // Keywords, SMTP verbs and reply texts keep their place in the dialogue.
        const lines = r.probes[0]?.result.transcript ?? []
        KEYWORD_LINES.forEach((l, i) => expect(lines[i + 3]?.startsWith(l), l).toBe(true))
        expect(lines[0]).toMatch(/^S: 220 host-\d+ Microsoft ESMTP MAIL Service ready/)
        // Registry paths and value names: the path read stays, only the injected text goes.
        r.registry.values.forEach((v, i) => {
          const o = base.registry.values[i] as (typeof r.registry.values)[number]
          expect(v.key.startsWith(o.key), o.key).toBe(true)
          expect(v.value.startsWith(o.value), o.value).toBe(true)
        })
        // One registrable domain, one placeholder, whatever the suffix.
        const cert = r.probes[0]?.result.certificate as ProbeCertificate
        const placeholder = cert.subjectAltNames[1]?.slice(4) ?? ''
        expect(placeholder).toMatch(/^domain-\d+\.example$/)
        expect(cert.subjectAltNames[2]).toBe(`DNS:*.${placeholder}`)
        expect(r.machine.fqdn?.endsWith(`.${placeholder}`)).toBe(true)
        if (k.cert === 'public') expect(cert.issuer).toBe(PUBLIC_CA)
        if (k.cert === 'self-signed') expect(cert.issuer).toBe(cert.subject)
      },
      fuzzRuns(200),
    )
  })
})
