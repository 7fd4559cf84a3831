/** What redaction learns from a report before it rewrites it: every name and where it stood. */
import type { Report } from '../../shared/report'
import { connectorParts } from './redact-connector'
import { profileUsers } from './redact-context'
import { dnUserIds } from './redact-dn'
import type { Redactor } from './redactor'
import { usable } from './redact-words'

/** Registry values that hold this machine's name (their rows are replaced whole). */
export const MACHINE_VALUES: ReadonlySet<string> = new Set([
  'computername',
  'activecomputername',
  'hostname',
  'nv hostname',
])
/** Registry values that hold this machine's DNS domain. */
export const DOMAIN_VALUES: ReadonlySet<string> = new Set(['domain', 'nv domain'])

type Row = { value: string; actual: string }

/** True for an evidence or registry row (`value` read, `actual` found) whose actual is text. */
export function isTextRow(v: object): v is Row {
  const o = v as Record<string, unknown>
  return typeof o.value === 'string' && typeof o.actual === 'string'
}

function visit(value: unknown, onString: (s: string) => void, onObject: (o: object) => void) {
  if (typeof value === 'string') return onString(value)
  if (value === null || typeof value !== 'object') return
  if (!Array.isArray(value)) onObject(value)
  for (const v of Object.values(value)) visit(v, onString, onObject)
}

// A receive connector's server is one of the organisation's Exchange servers: a machine name.
function addConnector(id: string, red: Redactor): void {
  red.addConnector(id)
  red.addMachineName(connectorParts(id).server)
}

// Peers and connectors of the protocol-log scan; the connector of each log line quoted.
function seedLogs(r: Report, red: Redactor): void {
  for (const c of r.protocolLogs?.connectors ?? []) {
    addConnector(c.connector, red)
    for (const p of c.legacyPeers) red.addHostName(p.peer)
    for (const ref of [c.all, c.office365].flatMap((x) => [
      x.firstFailure,
      x.lastFailure,
      x.lastSuccess,
    ]))
      red.addHostName(ref?.peer)
  }
  for (const f of r.logFindings ?? []) {
    // date-time,connector-id,...: the second field of a protocol-log line.
    const id = /^\d{4}-\d\d-\d\dT[^,]*,("(?:[^"]|"")*"|[^,]*),/.exec(f.text)?.[1]
    if (id) addConnector(id.replace(/^"|"$/g, '').replace(/""/g, '"'), red)
    guessInGreeting(f.text, red)
  }
}

// A single-label host name in a greeting's text ("site LYON-DC2"): letters and digits mixed, and
// not made of protocol words only (ECDHE-RSA-AES256-GCM-SHA384 is a cipher suite).
const HOST_TOKEN =
  /(?<![\w.@:/\\-])(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9](?![\w.@:/\\-])/g
const GREETING = /(?:^S: |[<>],"?)220[ -](.*)$/gm

function guessInGreeting(text: string, red: Redactor): void {
  for (const [, rest] of text.matchAll(GREETING))
    for (const [token] of (rest ?? '').matchAll(HOST_TOKEN)) {
      const parts = token.toLowerCase().split('-')
      if (parts.some((p) => /\D/.test(p) && usable(p))) red.addHostLabel(token)
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
    guessInGreeting(line, red)
  }
}

function seedProbes(r: Report, red: Redactor): void {
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

/**
 * Teaches `red` the report's names: this machine's own (hidden whatever they look like), the
 * users of its profile paths and certificates, connectors, peers and the probed servers' names.
 * `names`: more names of this machine known to the caller.
 */
export function seedRedactor(r: Report, red: Redactor, names: readonly string[]): void {
  for (const n of [r.machine.computerName, r.machine.fqdn, ...names]) red.addMachineName(n)
  visit(
    r,
    (s) => [...profileUsers(s), ...dnUserIds(s)].forEach((u) => red.addUser(u)),
    (o) => {
      if (isTextRow(o) && MACHINE_VALUES.has(o.value.toLowerCase())) red.addMachineName(o.actual)
    },
  )
  seedLogs(r, red)
  seedProbes(r, red)
}
