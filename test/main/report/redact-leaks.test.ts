import { describe, expect, it } from 'vitest'
import type { ProbeCertificate } from '../../../shared/probe'
import type { Report } from '../../../shared/report'
import { reportJson } from '../../../main/report/build-report'
import { redactReport } from '../../../main/report/redact'
import { Redactor } from '../../../main/report/redactor'
import { renderReportHtml } from '../../../main/report/render-html'
import { hostileReport, probeOutcome } from './fixtures'
import { EHLO_KEYWORD_LINES } from '../../helpers/ehlo'

/** What an Exchange 2016 server says to EHLO: every keyword must survive redaction. */
const EHLO_REPLY = ['S: 250-mx02 Hello [10.1.2.4]', ...EHLO_KEYWORD_LINES]

/** The names an internal CA, a single-label host and a .co.uk domain put in a report. */
async function internalReport(): Promise<Report> {
  const r = await hostileReport('x')
  const probe = probeOutcome('x', 'mx02')
  const cert: ProbeCertificate = {
    ...(probe.result.certificate as ProbeCertificate),
    subject: 'CN=webmail',
    issuer: 'DC=local, DC=contoso, CN=Contoso Issuing CA 01',
    selfSigned: false,
    trusted: false,
    trustError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    subjectAltNames: [
      'DNS:webmail',
      'DNS:mail.contoso.co.uk',
      'IP Address:FD00:0:0:0:0:0:0:25',
      'IP Address:10.1.2.3',
    ],
  }
  probe.result.certificate = cert
  probe.result.transcript = [
    'S: 220 mx02 Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026',
    'C: EHLO probe',
    ...EHLO_REPLY,
    'C: STARTTLS',
    'S: 220 2.0.0 SMTP server ready',
    'C: QUIT',
  ]
  return {
    ...r,
    machine: { ...r.machine, computerName: 'EX01', fqdn: 'ex01.contoso.local' },
    source: { ...r.source, location: 'C:\\exports\\contoso.local-ex01.reg' },
    symptom: {
      id: null,
      text: 'webmail and mx02 fail; mail.contoso.co.uk and contoso.co.uk too; fd00::25',
    },
    probes: [probe],
  }
}

const LEAKS = ['contoso', 'webmail', 'mx02', 'ex01', 'fd00', '10.1.2.3', 'Issuing CA']

describe('redaction: what used to leak', () => {
  it('an internal CA, single-label names, IPv6 in names, the domain in the file name', async () => {
    const red = redactReport(await internalReport())
    const out = `${reportJson(red)}${renderReportHtml(red)}`.toLowerCase()
    for (const leak of LEAKS) expect(out, leak).not.toContain(leak.toLowerCase())
    const cert = red.probes[0]?.result.certificate
    // The internal CA's domain is the machine's domain: the same placeholder.
    expect(red.machine.fqdn).toBe('host-1.domain-1.example')
    expect(cert?.issuer).toBe('DC=example, DC=domain-1, CN=org-1')
    expect(cert?.subjectAltNames[2]).toMatch(/^IP Address:2001:db8::\w+$/)
    expect(cert?.subjectAltNames[3]).toMatch(/^IP Address:192\.0\.2\.\d+$/)
    expect(red.source.location).toBe('C:\\exports\\domain-1.example-host-1.reg')
  })

  it('EHLO keywords, SMTP verbs and reply texts survive; only the greeting host is renamed', async () => {
    const red = redactReport(await internalReport())
    const lines = red.probes[0]?.result.transcript ?? []
    expect(lines[0]).toMatch(/^S: 220 host-\d+ Microsoft ESMTP MAIL Service ready at Sun/)
    // Our own EHLO name is this computer's name.
    expect(lines[1]).toMatch(/^C: EHLO host-\d+$/)
    expect(lines[2]).toMatch(/^S: 250-host-\d+ Hello \[192\.0\.2\.\d+\]$/)
    expect(lines.slice(3, EHLO_REPLY.length + 2)).toEqual(EHLO_REPLY.slice(1))
    expect(lines.slice(-3)).toEqual(['C: STARTTLS', 'S: 220 2.0.0 SMTP server ready', 'C: QUIT'])
  })

  it('one registrable domain, one placeholder, also under a multi-part suffix (.co.uk)', () => {
    const red = new Redactor()
    const out = red.text('mail.contoso.co.uk contoso.co.uk www.contoso.co.uk fabrikam.co.uk')
    expect(out).toBe(
      'host-1.domain-1.example domain-1.example host-2.domain-1.example domain-2.example',
    )
    expect(red.text('exch01.corp.contoso.com CONTOSO.COM')).toBe(
      'host-3.host-4.domain-3.example domain-3.example',
    )
  })

  it('IPv6 after "IP Address:" and in any spelling; IPv4 as before', () => {
    const red = new Redactor()
    expect(red.text('IP Address:FD00:0:0:0:0:0:0:25, IP Address:fd00::25')).toBe(
      'IP Address:2001:db8::1, IP Address:2001:db8::1',
    )
    expect(red.text('IP Address:10.1.2.3 [10.1.2.3]:25')).toBe(
      'IP Address:192.0.2.1 [192.0.2.1]:25',
    )
    // A time is not an address.
    expect(red.text('at 16:31:10 and 10:00')).toBe('at 16:31:10 and 10:00')
  })

  it('Office 365 endpoints stay; look-alikes on either side of the rule do not', () => {
    const red = new Redactor()
    for (const kept of ['outlook.com', 'smtp.office365.com', 'outlook.office365.com'])
      expect(red.text(kept), kept).toBe(kept)
    expect(red.text('contoso-com.mail.protection.outlook.com')).toBe(
      'tenant-1.mail.protection.outlook.com',
    )
    for (const lookalike of [
      'smtp.contosooutlook.com',
      'contosooutlook.com',
      'outlook.com.contoso.net',
      'mail.protection.outlook.com.contoso.net',
      'contoso-com.mail.protection.outlook.com.contoso.net',
      'smtp.notoffice365.com',
    ])
      expect(red.text(lookalike), lookalike).not.toMatch(/contoso|notoffice/i)
  })

  it('keywords are never taken for host names, even when offered as one', () => {
    const red = new Redactor()
    for (const k of ['STARTTLS', 'SIZE', 'AUTH', 'MAIL', 'Enabled', 'Server', 'TLSv1'])
      red.addHostLabel(k)
    const text =
      'C: MAIL FROM:<> S: 250-STARTTLS SIZE AUTH TLSv1.2 Enabled SCHANNEL\\Protocols\\TLS 1.2\\Server'
    expect(red.text(text)).toBe(text)
  })
})
