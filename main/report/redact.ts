/** `--redact`: a report safe to share outside the company (names, addresses, e-mail replaced). */
import type { ProbeCertificate } from '../../shared/probe'
import { reportSchema, type Report } from '../../shared/report'
import { Redactor } from './redactor'

// Our own words and numbers: ids, enums, versions and times hold no names, and an Exchange build
// such as 15.1.225.42 must not be mistaken for an IPv4 address.
const KEEP = new Set([
  'kind',
  'schemaVersion',
  'id',
  'messageKey',
  'severity',
  'fixes',
  'fixId',
  'state',
  'verdict',
  'status',
  'mode',
  'role',
  'result',
  'protocol',
  'cipher',
  'stack',
  'version',
  'build',
  'minimum',
  'generatedAt',
  'diagnosedAt',
  'validFrom',
  'validTo',
  'at',
  'schannelChangedAt',
  'scheduledFor',
])

// Distinguished-name parts that name the organisation or its place (CN and e-mail go through
// the name rules).
const DN_PLACE = /\b(O|OU|L|ST|STREET|postalCode)=([^,]*)/g

function seed(r: Report, red: Redactor, names: readonly string[]): void {
  for (const n of names) red.addHostLabel(n)
  red.addHostLabel(r.machine.computerName)
  red.addHostLabel(r.machine.fqdn?.split('.')[0])
  for (const p of r.probes) {
    red.addHostLabel(p.target.host)
    for (const cert of [p.result.certificate, p.schannel?.certificate])
      red.addHostLabel(/CN=([^,]*)/.exec(cert?.subject ?? '')?.[1])
    // The names both ends give in the SMTP dialogue: the banner host and the EHLO names.
    for (const line of [...p.result.transcript, ...(p.schannel?.transcript ?? [])]) {
      const m = /^(?:C: (?:EHLO|HELO) |S: 2[25]0[ -])([A-Za-z0-9-]+)/i.exec(line)
      if (m && !/^(ESMTP|SMTP|OK|Hello)$/i.test(m[1] as string)) red.addHostLabel(m[1])
    }
  }
}

function walk(value: unknown, red: Redactor, key = ''): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : red.text(value)
  if (Array.isArray(value)) return value.map((v) => walk(v, red, key))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, red, k)]))
}

function certificate(c: ProbeCertificate | null, red: Redactor): ProbeCertificate | null {
  if (!c) return c
  const dn = (s: string | null) =>
    s === null ? s : s.replace(DN_PLACE, (_m, attr: string, v: string) => `${attr}=${red.org(v)}`)
  return {
    ...c,
    subject: dn(c.subject),
    // A self-signed issuer is the subject again; a public CA's name identifies nobody.
    issuer: c.selfSigned ? dn(c.issuer) : c.issuer,
    // A certificate fingerprint can be looked up in public CT logs, which name the domain.
    fingerprint256: null,
  }
}

/**
 * The report with every host name, domain, IP address and e-mail address replaced consistently
 * (the same original always gets the same placeholder), everywhere: machine facts, evidence,
 * probe transcripts, certificates, log lines, file names. `names` adds names known to the caller
 * (this computer's host name).
 */
export function redactReport(report: Report, names: readonly string[] = []): Report {
  const red = new Redactor()
  seed(report, red, names)
  const probes = report.probes.map((p) => ({
    ...p,
    result: { ...p.result, certificate: certificate(p.result.certificate, red) },
    schannel: p.schannel && {
      ...p.schannel,
      certificate: certificate(p.schannel.certificate, red),
    },
  }))
  const walked = walk({ ...report, probes }, red)
  return reportSchema.parse({ ...(walked as Report), redacted: true })
}
