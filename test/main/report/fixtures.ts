/** Reports for tests: a demo diagnosis with hostile text in every field that comes from outside. */
import { problemsOf } from '../../../shared/check-groups'
import type { Diagnosis } from '../../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../../shared/fixes'
import type { ProbeOutcome, VersionResult } from '../../../shared/probe'
import type { LogFinding, Report } from '../../../shared/report'
import { buildReport } from '../../../main/report/build-report'
import { diagnoseStore, openDemo } from '../../helpers/demo'

/** Payloads that would run, load or break out if any value were not escaped. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  style: '</style><script>alert(2)</script>',
  js: 'javascript:alert(3)',
  url: "' onmouseover='alert(4)' href='https://evil.example.net/x.png",
} as const

/** All payloads in one string. */
export const ALL_HOSTILE = Object.values(HOSTILE).join(' ')

const v = (result: VersionResult['result'], error: string | null = null): VersionResult => ({
  result,
  accepted: result === 'accepted',
  protocol: result === 'accepted' ? 'TLSv1.2' : null,
  cipher: result === 'accepted' ? 'ECDHE-RSA-AES256-GCM-SHA384' : null,
  error,
})

/** A probe outcome whose banner, certificate and errors carry `text`. */
export function probeOutcome(text: string, host = '127.0.0.1'): ProbeOutcome {
  return {
    target: { host, port: 25, mode: 'starttls', role: 'local' },
    result: {
      host,
      port: 25,
      mode: 'starttls',
      starttlsOffered: true,
      starttlsRequired: false,
      stack: 'OpenSSL 3.0.19',
      versions: {
        TLSv1: v('refused', `the server sent a TLS alert: ${text}`),
        'TLSv1.1': v('untestable', 'not in this stack'),
        'TLSv1.2': v('accepted'),
        'TLSv1.3': v('timeout', text),
      },
      certificate: {
        version: 'TLSv1.2',
        subject: `CN=${text}`,
        subjectAltNames: [`DNS:${text}`],
        issuer: `CN=${text}`,
        validFrom: '2026-01-01T00:00:00.000Z',
        validTo: '2027-01-01T00:00:00.000Z',
        fingerprint256: 'AB:CD',
        selfSigned: true,
        expired: false,
        trusted: false,
        trustError: text,
        nameMatches: false,
        nameError: text,
      },
      transcript: [`S: 220 ${text}`, 'C: EHLO probe', `S: 250-${text}`, 'S: 250 STARTTLS'],
      durationMs: 12,
    },
    schannel: null,
    schannelError: text,
  }
}

/** A log finding holding `text`. */
export function logFinding(text: string, file = 'SEND20261122-1.log'): LogFinding {
  return { id: 'tls-negotiation-socketerror', file, line: 7, at: null, text, messageKey: null }
}

/**
 * The demo diagnosis with `text` in the machine name, a registry string, the evidence, the
 * problems and the collect commands.
 */
export async function hostileDiagnosis(text: string, demo = '2012r2-ex2016'): Promise<Diagnosis> {
  const d = await diagnoseStore(await openDemo(demo))
  const [first, ...rest] = d.findings
  const f = first as Diagnosis['findings'][number]
  const findings: Diagnosis['findings'] = [
    {
      ...f,
      params: { ...f.params, os: text },
      evidence: [
        ...f.evidence,
        { key: `HKLM\\SOFTWARE\\${text}`, value: text, actual: text, expected: text },
      ],
    },
    ...rest,
  ]
  return {
    ...d,
    machine: { ...d.machine, computerName: text, fqdn: text },
    source: { ...d.source, location: text },
    // The collect commands repeat the file names given to --registry: outside text too.
    coverage: {
      ...d.coverage,
      exchangeRoles: [text],
      missing: ['cipher-suites'],
      collect: [
        `reg export "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration" tls-ciphers.reg /y`,
        `tlswizard diagnose --registry "${text}.reg" --registry tls-ciphers.reg`,
      ],
    },
    // Regrouped, so the problems carry the hostile evidence and parameters too.
    problems: problemsOf(findings),
    findings,
    probes: [probeOutcome(text)],
  }
}

/** A fix plan and an apply result that carry `text` where files and values come from outside. */
export function fixes(text: string): { plan: FixPlan; applied: ApplyResult } {
  const key =
    'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'
  return {
    plan: {
      id: 'f'.repeat(64),
      changes: [{ fixId: 'schannel-tls12-enable', key, value: 'Enabled', before: text, after: 1 }],
      createKeys: [],
      restartNeeded: true,
    },
    applied: {
      status: 'applied',
      backupFile: `C:\\backups\\${text}.reg`,
      results: [{ key, value: 'Enabled', ok: true, read: 1 }],
      error: null,
      restoreError: null,
    },
  }
}

/** A report with hostile text everywhere outside data can reach, verify mode included. */
export async function hostileReport(text = ALL_HOSTILE): Promise<Report> {
  const d = await hostileDiagnosis(text)
  return buildReport(d, {
    ...fixes(text),
    symptom: { id: 'ndr-socketerror', text },
    logFindings: [logFinding(text)],
    // Of the same (hostile) machine: a before of another machine is refused.
    before: { ...(await diagnoseStore(await openDemo('2008r2-ex2010'))), machine: d.machine },
    now: new Date('2026-11-22T10:00:00Z'),
  })
}
