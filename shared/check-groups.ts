/** The checks the Checks step lists, the problems findings group into, and the verdict. */
import type { Progress } from './channels'
import type {
  CoverageGap,
  Diagnosis,
  DiagnosisFindingId,
  DiagnosisFixId,
  Evidence,
  Finding,
  Problem,
  ProblemId,
  Verdict,
} from './diagnosis'
import { LOG_FINDING_IDS, SEVERITIES, SUPPORT_STATUS_FINDING_IDS, type Severity } from './ids'
import { probeUnreachable, targetLabel } from './probe-basics'
import type { ProbeOutcome } from './probe'

/** A group of findings shown as one check (label is a message key). */
export interface CheckGroup {
  id: string
  label: string
  findings: readonly DiagnosisFindingId[]
}

/** In the order the Checks step shows them. */
export const CHECK_GROUPS: readonly CheckGroup[] = [
  {
    id: 'schannel',
    label: 'check.schannel',
    findings: [
      'registry-export-incomplete',
      'os-version-unknown',
      'control-set-fallback',
      'control-set-differs',
      'tls12-not-enabled',
      'tls12-misconfigured',
      'tls12-half-disabled',
      'schannel-keys-misplaced',
      'schannel-values-undefined',
      'schannel-misconfigured',
      'schannel-half-disabled',
      'schannel-value-not-0-or-1',
      'schannel-state-differs-from-health-checker',
      'legacy-tls-enabled',
      'legacy-tls-off-build-too-old',
      'registry-value-wrong-type',
    ],
  },
  {
    id: 'dotnet',
    label: 'check.dotnet',
    findings: [
      'dotnet-tls-not-configured',
      'dotnet-v2-tls-not-configured',
      'dotnet-version-below-guidance',
      'dotnet-version-unsupported',
    ],
  },
  { id: 'winhttp', label: 'check.winhttp', findings: ['winhttp-tls12-missing'] },
  { id: 'ciphers', label: 'check.ciphers', findings: ['cipher-suites-no-tls12'] },
  {
    id: 'exchange',
    label: 'check.exchange',
    findings: [
      'exchange-build-no-tls12',
      'exchange-build-below-guidance',
      'tls13-not-supported-by-exchange',
      ...SUPPORT_STATUS_FINDING_IDS,
    ],
  },
  { id: 'restart', label: 'check.restart', findings: ['restart-pending'] },
  // What the server actually did: its protocol logs and Schannel events (when found or given).
  { id: 'logs', label: 'check.logs', findings: [...LOG_FINDING_IDS] },
]

/** The state of a group: error or warning when a finding of that severity belongs to it. */
export function groupState(
  group: CheckGroup,
  d: Pick<Diagnosis, 'findings' | 'coverage'> & { logs?: unknown },
): Progress['state'] {
  const mine = d.findings.filter((f) => group.findings.includes(f.id))
  // Logs that were never read prove nothing: not decided, never a green OK.
  if (group.id === 'logs' && !d.logs && !mine.length) return 'unknown'
  if (mine.some((f) => f.severity === 'error')) return 'error'
  if (mine.some((f) => f.severity === 'warning')) return 'warning'
  // Nothing found only because the check could not look: not decided, never a green OK.
  if (d.coverage.missing.some((gap) => GAP_HIDES[gap].includes(group.id))) return 'unknown'
  if (group.id === 'restart' && d.coverage.restartMarkers === false) return 'unknown'
  return 'ok'
}

// The check groups whose facts each coverage gap hides: HKLM\SOFTWARE holds .NET, WinHTTP,
// Exchange, the cipher policy and two restart markers; the build decides the defaults.
const GAP_HIDES: Record<CoverageGap, readonly string[]> = {
  software: ['dotnet', 'winhttp', 'ciphers', 'exchange', 'restart'],
  'os-build': ['schannel', 'winhttp', 'ciphers'],
  schannel: ['schannel'],
  'control-set': ['schannel', 'ciphers', 'restart'],
  'cipher-suites': ['ciphers'],
  'tls12-client': ['schannel'],
  'tls12-server': ['schannel'],
}

/** The findings about one probed target (their evidence names it by its label). */
export function findingsOfTarget(findings: readonly Finding[], o: ProbeOutcome): Finding[] {
  const label = targetLabel(o.target)
  return findings.filter((f) => f.evidence.some((e) => e.key === label))
}

/**
 * The state of a probe: its worst finding, so that the badge and the findings under it never
 * disagree. With no finding it is OK only when TLS 1.2 or 1.3 was seen accepted; otherwise
 * nothing was proven ('unknown', never green).
 */
export function probeState(o: ProbeOutcome, findings: readonly Finding[]): Progress['state'] {
  const mine = findingsOfTarget(findings, o)
  if (mine.some((f) => f.severity === 'error')) return 'error'
  if (mine.some((f) => f.severity === 'warning')) return 'warning'
  if (probeUnreachable(o.result)) return 'error'
  return o.result.versions['TLSv1.2'].accepted || o.result.versions['TLSv1.3'].accepted
    ? 'ok'
    : 'unknown'
}

/**
 * The verdict from the findings: any error means action is needed; otherwise a registry that did
 * not show enough (the registry-export-incomplete finding) is inconclusive, never healthy.
 */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'action-needed'
  if (findings.some((f) => f.id === 'registry-export-incomplete')) return 'inconclusive'
  return 'healthy'
}

// Problems that gather findings opened by another one: the TLS 1.2 problem takes the findings that
// describe the same keys, so one wrong value is one problem.
const TLS12_BY_SIDES: Record<string, ProblemId> = {
  server: 'tls12-off-incoming',
  client: 'tls12-off-outgoing',
}

const BY_ID: Partial<Record<DiagnosisFindingId, ProblemId>> = {
  'registry-export-incomplete': 'evidence-incomplete',
  'os-version-unknown': 'evidence-incomplete',
  'control-set-differs': 'control-sets-differ',
  'control-set-fallback': 'control-set-read',
  'schannel-keys-misplaced': 'ignored-entries',
  'registry-value-wrong-type': 'ignored-entries',
  'schannel-values-undefined': 'schannel-consistency',
  'schannel-misconfigured': 'schannel-consistency',
  'schannel-half-disabled': 'schannel-consistency',
  'schannel-value-not-0-or-1': 'values-not-0-or-1',
  'schannel-state-differs-from-health-checker': 'health-checker-words',
  'legacy-tls-enabled': 'legacy-tls',
  'legacy-tls-off-build-too-old': 'legacy-tls-off',
  'dotnet-tls-not-configured': 'dotnet',
  'dotnet-v2-tls-not-configured': 'dotnet',
  'dotnet-version-below-guidance': 'dotnet',
  'dotnet-version-unsupported': 'dotnet',
  'winhttp-tls12-missing': 'winhttp',
  'cipher-suites-no-tls12': 'cipher-suites',
  'exchange-build-no-tls12': 'exchange-too-old',
  'exchange-build-below-guidance': 'exchange-too-old',
  'tls13-not-supported-by-exchange': 'exchange-tls13',
  'exchange-out-of-support': 'exchange-updates',
  'exchange-cu-not-supported': 'exchange-updates',
  'exchange-updates-behind': 'exchange-updates',
  'exchange-update-level-unknown': 'exchange-updates',
  'exchange-build-table-old': 'exchange-updates',
  'windows-out-of-support': 'windows-support',
  'restart-pending': 'restart-pending',
  'probe-unreachable': 'unreachable',
  'starttls-not-offered': 'starttls-missing',
  'probe-smtp-rejected': 'smtp-rejected',
  'probe-tls12-refused': 'wire-tls12-refused',
  'tls12-refused-despite-registry': 'wire-tls12-refused',
  'certificate-expired': 'certificate',
  'certificate-name-mismatch': 'certificate',
  'certificate-untrusted': 'certificate',
  'logs-o365-tls-failing': 'mail-flow-failing',
  'logs-starttls-required': 'starttls-missing',
  'logs-legacy-tls-peers': 'legacy-tls-peers',
  'logs-not-found': 'logs-evidence',
  'logs-files-unreadable': 'logs-evidence',
  'schannel-tls-events': 'schannel-events',
  // Shown under their probe (evidence keyed by the target), not in a check group of their own:
  // like the other wire findings they belong to one target, and exist only where Schannel ran.
  'schannel-refuses-tls12': 'schannel-not-as-registry',
  'schannel-tls12-despite-registry': 'schannel-not-as-registry',
  'schannel-node-disagree': 'probes-disagree',
}

function problemOf(f: Finding, tls12: ProblemId | undefined): ProblemId {
  switch (f.id) {
    case 'tls12-not-enabled':
      return TLS12_BY_SIDES[String(f.params.sides)] ?? 'tls12-off-both'
    case 'tls12-misconfigured':
    case 'tls12-half-disabled':
      return tls12 ?? 'tls12-inconsistent'
    case 'o365-needs-tls12-client':
      return tls12 === 'tls12-off-outgoing' || tls12 === 'tls12-off-both'
        ? tls12
        : 'wire-tls12-client'
    default:
      return BY_ID[f.id] ?? 'notes'
  }
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return evidence.filter((e) => {
    const id = `${e.key.toLowerCase()}\n${e.value.toLowerCase()}`
    return seen.has(id) ? false : (seen.add(id), true)
  })
}

/**
 * Groups findings into problems, one per root cause, worst first (then in the order the findings
 * came). Pure over the findings, so a report or a diagnosis with probe findings can regroup.
 */
export function problemsOf(findings: readonly Finding[]): Problem[] {
  const opener = findings.find((f) => f.id === 'tls12-not-enabled')
  const tls12 = opener ? problemOf(opener, undefined) : undefined
  const groups = new Map<ProblemId, Finding[]>()
  for (const f of findings) {
    const id = problemOf(f, tls12)
    groups.set(id, [...(groups.get(id) ?? []), f])
  }
  const problems = [...groups].map(([id, fs]): Problem => {
    const severity = fs.reduce<Severity>(
      (worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst),
      'info',
    )
    const fixes = [...new Set(fs.flatMap((f) => f.fixes))] as DiagnosisFixId[]
    return {
      id,
      severity,
      messageKey: `problem.${id}`,
      params: Object.assign({}, ...[...fs].reverse().map((f) => f.params)),
      findings: [...new Set(fs.map((f) => f.id))],
      // A restart comes after every other step.
      fixes: [
        ...fixes.filter((x) => x !== 'restart-server'),
        ...fixes.filter((x) => x === 'restart-server'),
      ],
      evidence: uniqueEvidence(fs.flatMap((f) => f.evidence)),
    }
  })
  // Array.prototype.sort is stable: equals keep the order of their first finding.
  return problems.sort((a, b) => RANK[a.severity] - RANK[b.severity])
}

/**
 * "3 problems: 1 error, 2 warnings", in the same words on the command line, in the wizard and in
 * the report; `t` is the caller's translator, `none` the key for no problem at all.
 */
export function problemCountText(
  problems: readonly Problem[],
  t: (key: string, params?: Record<string, string | number>) => string,
  none = 'cli.noProblems',
): string {
  if (!problems.length) return t(none)
  const kinds = SEVERITIES.map((s) => [s, problems.filter((p) => p.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => t(count === 1 ? `cli.count.${s}` : `cli.count.${s}s`, { count }))
    .join(', ')
  return t(problems.length === 1 ? 'cli.problem' : 'cli.problems', {
    count: problems.length,
    kinds,
  })
}
