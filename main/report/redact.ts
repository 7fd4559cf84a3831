/** `--redact`: a report safe to share outside the company (names, addresses, e-mail replaced). */
import type { ProbeCertificate } from '../../shared/probe'
import { reportSchema, type Report } from '../../shared/report'
import { Redactor } from './redactor'

/**
 * Fields kept as they are: our own words and numbers (ids, enums, versions, times) hold no names,
 * and an Exchange build such as 15.1.225.42 must not be mistaken for an IPv4 address.
 */
export const KEPT_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'schemaVersion',
  'id',
  'messageKey',
  'severity',
  'fixes',
  'fixId',
  'state',
  'verdict',
  // Coverage and problems (schemaVersion 2): enums and finding ids.
  'mailPath',
  'missing',
  'controlSet',
  'findings',
  'effective',
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
  // The protocol-log scan: outcomes, directions, event ids and alerts are our own words.
  'outcome',
  'direction',
  'eventId',
  'alert',
  'alertName',
  'pivot',
  'pivotSource',
  'origin',
  'time',
  'first',
  'last',
  'lastSeen',
  'since',
])

// Peers, connector names and the folders the logs came from name the organisation's servers.
function seedLogs(r: Report, red: Redactor): void {
  const logs = r.protocolLogs
  if (!logs) return
  for (const c of logs.connectors) {
    for (const name of c.connector.split(/[\\ ]+/)) red.addHostName(name)
    for (const p of c.legacyPeers) red.addHostName(p.peer)
    for (const ref of [c.all, c.office365].flatMap((x) => [
      x.firstFailure,
      x.lastFailure,
      x.lastSuccess,
    ]))
      red.addHostName(ref?.peer)
  }
}

function seed(r: Report, red: Redactor, names: readonly string[]): void {
  for (const n of names) red.addHostName(n)
  seedLogs(r, red)
  red.addHostName(r.machine.computerName)
  red.addHostName(r.machine.fqdn)
  for (const p of r.probes) {
    red.addHostName(p.target.host)
    for (const result of [p.result, p.schannel]) {
      if (!result) continue
      red.addHostName(result.host)
      const cert = result.certificate
      red.addHostName(/CN=([^,]*)/.exec(cert?.subject ?? '')?.[1])
      for (const san of cert?.subjectAltNames ?? [])
        red.addHostName(/^DNS[ \w]*[:=](.*)$/i.exec(san)?.[1])
      greetings(result.transcript, red)
    }
  }
}

// The names both ends give in the SMTP dialogue: the banner host, our EHLO name and the first
// line of the EHLO answer. The lines after it are keywords (STARTTLS, SIZE), never names.
function greetings(lines: readonly string[], red: Redactor): void {
  let first = true
  for (const line of lines) {
    const ehlo = /^C: (?:EHLO|HELO) +(\S+)/i.exec(line)
    if (ehlo) red.addHostName(ehlo[1])
    else if (first) red.addHostName(/^S: (?:220|250)[ -](\S+)/.exec(line)?.[1])
    if (ehlo || line.startsWith('S: ')) first = Boolean(ehlo)
  }
}

function isCertificate(v: object): v is ProbeCertificate {
  return 'subjectAltNames' in v && 'selfSigned' in v && 'issuer' in v
}

// A self-signed issuer is the subject again. A trusted public CA names nobody and tells the
// reader who issued the certificate; any other issuer (an internal CA: DC= parts, a known
// domain's word, a host name) is the organisation's own and is redacted, its CN included.
function issuer(c: ProbeCertificate, red: Redactor): string | null {
  if (c.issuer === null || c.selfSigned) return c.issuer && red.text(c.issuer)
  const publicCa = c.trusted && !/(?:^|[\s,])DC=/i.test(c.issuer) && !red.mentionsName(c.issuer)
  return publicCa ? c.issuer : red.authority(c.issuer)
}

function walk(value: unknown, red: Redactor, key = ''): unknown {
  if (typeof value === 'string') return KEPT_FIELDS.has(key) ? value : red.text(value)
  if (Array.isArray(value)) return value.map((v) => walk(v, red, key))
  if (value === null || typeof value !== 'object') return value
  const cert = isCertificate(value)
  const out = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, cert && k === 'issuer' ? v : walk(v, red, k)]),
  )
  // A certificate fingerprint can be looked up in public CT logs, which name the domain.
  return cert ? { ...out, issuer: issuer(value, red), fingerprint256: null } : out
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
  return reportSchema.parse({ ...(walk(report, red) as Report), redacted: true })
}
