/** `--redact`: a report safe to share outside the company (names, addresses, e-mail replaced). */
import type { ProbeCertificate } from '../../shared/probe'
import { reportSchema, type Report } from '../../shared/report'
import { DOMAIN_VALUES, isTextRow, MACHINE_VALUES, seedRedactor } from './redact-seed'
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
  // Our own words and enums: a machine called SERVER or EN must not turn them into placeholders.
  'language',
  'side',
  'sides',
  'when',
  'versionSource',
  'leftOut',
  'source',
  'toFrom',
])

// A comparison's Schannel states (before/after); a fix's before/after values are the registry's.
const STATES: ReadonlySet<string> = new Set(['on', 'off', 'unknown'])

// Fields that hold a name of this machine whole: replaced whole, whatever the name looks like.
function machineField(key: string, value: string, red: Redactor): string | undefined {
  if (key === 'computerName' || key === 'fqdn') return red.machine(value)
  if ((key === 'before' || key === 'after') && STATES.has(value)) return value
  return undefined
}

// An evidence or registry row of ComputerName, Hostname or Domain: its value is this machine's.
function machineRow(row: object, out: Record<string, unknown>, red: Redactor): void {
  if (!isTextRow(row)) return
  const value = row.value.toLowerCase()
  if (MACHINE_VALUES.has(value)) out.actual = red.machine(row.actual)
  else if (DOMAIN_VALUES.has(value)) out.actual = red.domain(row.actual)
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
  if (typeof value === 'string')
    return KEPT_FIELDS.has(key) ? value : (machineField(key, value, red) ?? red.text(value))
  if (Array.isArray(value)) return value.map((v) => walk(v, red, key))
  if (value === null || typeof value !== 'object') return value
  const cert = isCertificate(value)
  const out = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, cert && k === 'issuer' ? v : walk(v, red, k)]),
  )
  machineRow(value, out, red)
  // A certificate fingerprint can be looked up in public CT logs, which name the domain.
  return cert ? { ...out, issuer: issuer(value, red), fingerprint256: null } : out
}

/**
 * The report with every host name, domain, IP address and e-mail address replaced consistently
 * (the same original always gets the same placeholder), everywhere: machine facts, evidence,
 * probe transcripts, certificates, log lines, file names, profile paths. This machine's own names
 * are hidden whatever they look like; `names` adds names known to the caller (this computer's
 * host name).
 */
export function redactReport(report: Report, names: readonly string[] = []): Report {
  const red = new Redactor()
  seedRedactor(report, red, names)
  return reportSchema.parse({ ...(walk(report, red) as Report), redacted: true })
}
