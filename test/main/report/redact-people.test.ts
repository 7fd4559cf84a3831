import { describe, expect, it } from 'vitest'
import type { ProbeCertificate } from '../../../shared/probe'
import { buildReport, reportJson } from '../../../main/report/build-report'
import { redactReport } from '../../../main/report/redact'
import { Redactor } from '../../../main/report/redactor'
import { renderReportHtml } from '../../../main/report/render-html'
import { renderReportRegText } from '../../../main/report/render-reg'
import { diagnoseStore, openDemo } from '../../helpers/demo'
import { EHLO_KEYWORD_LINES } from '../../helpers/ehlo'
import { fixes, logFinding, probeOutcome } from './fixtures'

// Every attribute of RFC 4514 and X.520 a certificate may carry, as OpenSSL and Node print them.
const SUBJECT = [
  'C=FR, ST=Ile-de-France, L=Paris, street=1 Rue de Rivoli, postalCode=75001',
  'O=Fabrikam SA, OU=IT Paris, CN=mail.fabrikam.net, emailAddress=jsmith@fabrikam.net',
  'UID=jsmith, title=Exchange Admin, GN=Jane, SN=Smith, initials=JS, pseudonym=Janie',
  'serialNumber=RCS-123456, businessCategory=Private Organization, jurisdictionC=FR',
  'description=Mail gateway, name=Jane Smith, 2.5.4.97=NTRFR-123456',
].join(', ')
// The same certificate's issuer as Windows (CertNameToStr) spells it.
const ISSUER = [
  'E=jsmith@fabrikam.net, CN=Fabrikam Issuing CA, T=Exchange Admin, G=Jane, I=JS, OU=IT Paris',
  'O=Fabrikam SA, L=Paris, S=Ile-de-France, PostalCode=75001, STREET=1 Rue de Rivoli',
  'SERIALNUMBER=RCS-123456, OID.2.5.4.97=NTRFR-123456, DC=fabrikam, DC=net, C=FR',
].join(', ')
const SECRETS = [
  'jsmith',
  'jane',
  'smith',
  'paris',
  'rivoli',
  '75001',
  'fabrikam',
  'janie',
  '123456',
  'ile-de-france',
  'gateway',
  'exchange admin',
  'lyon',
  'private organization',
]

async function peopleReport() {
  const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
  const probe = probeOutcome('handshake failure', 'mail.fabrikam.net')
  probe.result.certificate = {
    ...(probe.result.certificate as ProbeCertificate),
    subject: SUBJECT,
    issuer: ISSUER,
    selfSigned: false,
    subjectAltNames: ['DNS:mail.fabrikam.net'],
  }
  probe.result.transcript = [
    'S: 220 mail.fabrikam.net Microsoft ESMTP MAIL Service ready (admin jsmith, site LYON-DC2)',
    'C: EHLO ex2016',
    'S: 250-mail.fabrikam.net Hello [10.0.0.5]',
    ...EHLO_KEYWORD_LINES,
  ]
  const fx = fixes('x')
  fx.applied.backupFile =
    'C:\\Users\\jsmith\\AppData\\Local\\Temp\\tls-backup-20261122-1630-EX2016.reg'
  return buildReport(
    {
      ...d,
      source: { ...d.source, location: 'C:\\Users\\jsmith.FABRIKAM\\Desktop\\ex2016.reg' },
      probes: [probe],
    },
    {
      ...fx,
      symptom: {
        text: 'mail from LYON-DC2 bounces; see C:\\Users\\Jane Smith\\Documents\\ndr.txt',
      },
      logFindings: [logFinding('TLS negotiation failed', '/Users/jsmith/Desktop/logs/RECV.LOG')],
      now: new Date('2026-11-22T10:00:00Z'),
    },
  )
}

describe('redaction of people and places', () => {
  it('leaves no DN attribute, profile folder or banner host behind: JSON, HTML, .reg', async () => {
    const before = await peopleReport()
    const r = redactReport(before)
    const out = [reportJson(r), renderReportHtml(r), renderReportRegText(r)]
      .join('\n')
      .toLowerCase()
    for (const s of SECRETS) expect(out, s).not.toContain(s)
    const cert = r.probes[0]?.result.certificate as ProbeCertificate
    const subject = cert.subject ?? ''
    // The country code names nobody; every other attribute is a placeholder.
    expect(subject.startsWith('C=FR, ST=org-')).toBe(true)
    for (const part of subject.split(', ').slice(1))
      expect(part).toMatch(/^[\w.]+=(?:org|person|user|host)-\d+(?:@domain-\d+\.example|\.\S+)?$/)
    expect(cert.issuer).toMatch(/^E=user-\d+@domain-\d+\.example, CN=org-\d+, T=person-\d+, G=/)
    expect(cert.issuer).toMatch(/, OID\.2\.5\.4\.97=org-\d+, DC=domain-\d+, DC=example, C=FR$/)
    expect(cert.subject).toMatch(/, OID\.2\.5\.4\.97=org-\d+$/)
  })

  it("one user, one placeholder: the UID, the e-mail, the profile folder, the banner's admin", async () => {
    const r = redactReport(await peopleReport())
    const cert = r.probes[0]?.result.certificate as ProbeCertificate
    const user = /UID=(user-\d+)/.exec(cert.subject ?? '')?.[1] as string
    expect(user).toMatch(/^user-\d+$/)
    expect(cert.subject).toContain(`emailAddress=${user}@`)
    expect(r.source.location).toMatch(
      new RegExp(`^C:\\\\Users\\\\${user}\\.org-\\d+\\\\Desktop\\\\`),
    )
    expect(r.fixes?.applied?.backupFile).toMatch(
      new RegExp(`^C:\\\\Users\\\\${user}\\\\AppData\\\\Local\\\\Temp\\\\tls-backup-`),
    )
    expect(r.logFindings?.[0]?.file).toBe(`/Users/${user}/Desktop/logs/RECV.LOG`)
    const banner = r.probes[0]?.result.transcript[0] ?? ''
    const site = /site (host-\d+)\)$/.exec(banner)?.[1] as string
    expect(banner).toMatch(
      new RegExp(
        `^S: 220 host-\\d+\\.domain-\\d+\\.example Microsoft ESMTP MAIL Service ready \\(admin ${user}, site ${site}\\)$`,
      ),
    )
    // The banner's site is a host wherever it stands; Jane Smith's folder is another user.
    expect(r.symptom?.text).toMatch(
      new RegExp(
        `^mail from ${site} bounces; see C:\\\\Users\\\\user-\\d+\\\\Documents\\\\ndr\\.txt$`,
      ),
    )
    expect(r.symptom?.text).not.toContain(`Users\\${user}\\`)
    // The EHLO answer's keywords stay as they were.
    expect(r.probes[0]?.result.transcript.slice(3)).toEqual(EHLO_KEYWORD_LINES)
  })
})

describe('the redactor and profile folders', () => {
  it('keeps built-in profiles and cipher suites, hides any other profile folder', () => {
    const red = new Redactor()
    for (const text of [
      'C:\\Users\\Public\\x.txt',
      '/home/Shared',
      'ECDHE-RSA-AES256-GCM-SHA384 UTF-8',
    ])
      expect(red.text(text)).toBe(text)
    expect(red.text('C:\\Users\\Administrator\\x.txt')).toBe('C:\\Users\\user-1\\x.txt')
  })
})
