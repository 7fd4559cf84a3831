import { describe, expect, it } from 'vitest'
import type { Diagnosis } from '../../../shared/diagnosis'
import { reportSchema } from '../../../shared/report'
import { buildReport, reportJson } from '../../../main/report/build-report'
import { redactReport } from '../../../main/report/redact'
import { Redactor } from '../../../main/report/redactor'
import { renderReportHtml } from '../../../main/report/render-html'
import { renderReportRegText } from '../../../main/report/render-reg'
import { diagnoseStore, openDemo } from '../../helpers/demo'
import { fixes, logFinding, probeOutcome } from './fixtures'

/** Every name, address and e-mail address in the report below; none may survive redaction. */
const ORIGINALS = [
  'EXCH01',
  'corp.contoso.com',
  'contoso.com',
  'contoso',
  'fabrikam',
  'probe-box',
  '10.20.30.40',
  '10.20.30.41',
  '127.0.0.1',
  '2001:470:1f0b::25',
  'fe80::1',
  'admin@contoso.com',
  'postmaster',
  'jdoe',
  'Contoso Ltd',
  'Redmond',
  'AB:CD',
]

async function identifyingReport() {
  const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
  const probe = probeOutcome('x', '10.20.30.40')
  probe.result.certificate = {
    ...(probe.result.certificate as NonNullable<typeof probe.result.certificate>),
    subject: 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, C=US',
    issuer: 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, C=US',
    subjectAltNames: [
      'DNS:*.contoso.com',
      'DNS:autodiscover.contoso.com',
      'IP Address:10.20.30.40',
    ],
    trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    nameError: "Host: 10.20.30.40. is not in the cert's altnames: DNS:*.contoso.com",
  }
  probe.result.transcript = [
    'S: 220 EXCH01.corp.contoso.com Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026',
    'C: EHLO probe-box',
    'S: 250-exch01.corp.contoso.com Hello [10.20.30.41]',
    'S: 250-SIZE 37748736',
    'S: 250 STARTTLS',
    'C: MAIL FROM:<postmaster@contoso.com>',
    'S: 530 5.7.0 Must issue a STARTTLS command first (from [2001:470:1f0b::25])',
  ]
  const o365 = probeOutcome('y', 'contoso-com.mail.protection.outlook.com')
  o365.target.role = 'office365'
  const diagnosis: Diagnosis = {
    ...d,
    machine: { ...d.machine, computerName: 'EXCH01', fqdn: 'exch01.corp.contoso.com' },
    source: { ...d.source, location: 'C:\\exports\\EXCH01-export.reg' },
    findings: d.findings.map((f, i) =>
      i === 0
        ? {
            ...f,
            evidence: [
              ...f.evidence,
              {
                key: 'HKLM\\SOFTWARE\\Policies\\Relay',
                value: 'SmartHost',
                actual: 'smtp.fabrikam.net, relay at 127.0.0.1 and fe80::1, mail admin@contoso.com',
                expected: 'jdoe@fabrikam.net',
              },
            ],
          }
        : f,
    ),
    probes: [probe, o365],
  }
  const fx = fixes('x')
  fx.applied.backupFile =
    'C:\\ProgramData\\MailflowTlsWizard\\backups\\tls-backup-20261122-1630-EXCH01.reg'
  return buildReport(diagnosis, {
    ...fx,
    symptom: { text: '550 5.7.1 admin@contoso.com rejected by EXCH01 [10.20.30.40]' },
    logFindings: [
      logFinding(
        '2026-11-22T10:00:00Z,Outbound,08DC,1,10.20.30.40:25,contoso-com.mail.protection.outlook.com,...',
        'D:\\Logs\\EXCH01\\SEND20261122-1.log',
      ),
    ],
  })
}

describe('redaction', () => {
  it('leaves no original name, address or e-mail address anywhere: JSON, HTML, .reg', async () => {
    const before = await identifyingReport()
    const everything = `${reportJson(before)}${renderReportHtml(before)}`
    for (const o of ORIGINALS) expect(everything.toLowerCase(), o).toContain(o.toLowerCase())
    const r = redactReport(before)
    const out = [reportJson(r), renderReportHtml(r), renderReportRegText(r)]
      .join('\n')
      .toLowerCase()
    for (const o of ORIGINALS) expect(out, o).not.toContain(o.toLowerCase())
    expect(reportSchema.parse(r).redacted).toBe(true)
  })

  it('the same original always gets the same placeholder, and the report says it was redacted', async () => {
    const r = redactReport(await identifyingReport())
    expect(r.machine.computerName).toBe('host-1')
    // One registrable domain, one placeholder: corp.contoso.com lies in contoso.com.
    expect(r.machine.fqdn).toBe('host-1.host-2.domain-1.example')
    const t = r.probes[0]?.result.transcript ?? []
    expect(t[0]).toContain('host-1.host-2.domain-1.example')
    expect(t[2]).toMatch(/host-1\.host-2\.domain-1\.example Hello \[192\.0\.2\.\d+\]/)
    expect(r.probes[0]?.target.host).toBe(r.probes[0]?.result.host)
    expect(r.probes[0]?.result.certificate?.subject).toMatch(
      /^CN=host-\d+\.domain-1\.example, O=org-1, L=org-2, C=US$/,
    )
    expect(r.probes[0]?.result.certificate?.subjectAltNames[0]).toBe('DNS:*.domain-1.example')
    expect(r.probes[0]?.result.certificate?.fingerprint256).toBeNull()
    expect(r.fixes?.applied?.backupFile).toMatch(/tls-backup-20261122-1630-host-1\.reg$/)
    // The tenant's Office 365 endpoint keeps Microsoft's part, which names nobody.
    expect(r.probes[1]?.target.host).toBe('tenant-1.mail.protection.outlook.com')
    expect(renderReportHtml(r)).toContain('Redacted for sharing')
    expect(renderReportRegText(r)).toContain('Redacted')
  })

  it('keeps what names nobody: versions, builds, ciphers, times, registry paths', async () => {
    const r = redactReport(await identifyingReport())
    expect(r.machine.exchange?.version).toBe('15.1.845.34')
    expect(r.machine.os.productName).toBe('Windows Server 2012 R2 Standard')
    expect(r.probes[0]?.result.versions['TLSv1.2'].protocol).toBe('TLSv1.2')
    expect(r.registry.values[0]?.key).toContain('SCHANNEL\\Protocols\\TLS 1.0\\Client')
    expect(r.diagnosedAt).toBe((await identifyingReport()).diagnosedAt)
  })

  it('the redactor on its own: e-mail, IPv4, IPv6, wildcard and upper-case names, file names', () => {
    const red = new Redactor()
    red.addHostLabel('EXCH01')
    expect(red.text('a@b.example.org b.example.org B.EXAMPLE.ORG')).toBe(
      'user-1@host-1.domain-1.example host-1.domain-1.example host-1.domain-1.example',
    )
    expect(red.text('[::1]:25 2001:db8:0:0:1:0:0:1 ::ffff:10.0.0.1 10.0.0.1 10.0.0.1')).toBe(
      '[2001:db8::1]:25 2001:db8::2 2001:db8::3 192.0.2.1 192.0.2.1',
    )
    expect(red.text('exch01 and EXCH01-export.reg and state.json')).toBe(
      'host-2 and host-2-export.reg and state.json',
    )
    expect(red.text('TLSv1.2 15.1.845.34 16:31:10 System 999.1.1.1')).toBe(
      'TLSv1.2 15.1.845.34 16:31:10 System 999.1.1.1',
    )
  })
})
