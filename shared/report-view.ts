/**
 * A saved report read back as a diagnosis (review mode), without the schemas: the renderer imports
 * these; shared/report.ts re-exports them beside the report schema.
 */
import { problemsOf, verdictOf } from './check-groups'
import type { Coverage, Diagnosis, Problem, Verdict } from './diagnosis'
import { DIAGNOSIS_SCHEMA_VERSION } from './ids'
import type { Report } from './report'

/**
 * What the registry showed. A version-1 report did not say; its machine summary tells whether the
 * Windows build was known, and a build it did not know is a gap (the verdict rule of version 2).
 */
export function coverageOfReport(r: Report): Coverage {
  return r.coverage ?? coverageOfVersion1(r.machine)
}

/** What a version-1 report or diagnosis showed, as far as its machine summary tells. */
export function coverageOfVersion1(machine: Diagnosis['machine']): Coverage {
  const osBuild = machine.os.build !== null
  return {
    osBuild,
    software: true,
    schannel: true,
    controlSet: 'CurrentControlSet',
    mailPath: machine.exchange ? 'exchange' : 'none-found',
    exchangeRoles: [],
    missing: osBuild ? [] : ['os-build'],
    collect: [],
  }
}

/**
 * A diagnosis of version 1 (saved before a fix by the first release, read back by verify) in
 * today's shape, marked `upgradedFrom: 1`: coverage from its machine summary, its findings grouped
 * into problems, a "healthy" made without the Windows build inconclusive (as verdictOfReport
 * rules), and each side on only where it was known to be on, off only where Enabled was 0 (the
 * first release's `enabled: false` also meant "not known").
 */
export function diagnosisOfVersion1(
  d: Omit<Diagnosis, 'schemaVersion' | 'coverage' | 'problems'>,
): Diagnosis {
  const coverage = coverageOfVersion1(d.machine)
  const side = (s: Diagnosis['schannel']['TLS 1.2']['client']) => ({
    ...s,
    effective: s.enabled
      ? ('on' as const)
      : s.enabledValue === 0
        ? ('off' as const)
        : ('unknown' as const),
  })
  const schannel = Object.fromEntries(
    Object.entries(d.schannel).map(([v, s]) => [
      v,
      { ...s, client: side(s.client), server: side(s.server) },
    ]),
  ) as Diagnosis['schannel']
  return {
    ...d,
    schemaVersion: DIAGNOSIS_SCHEMA_VERSION,
    verdict: d.verdict === 'healthy' && coverage.missing.length ? 'inconclusive' : d.verdict,
    coverage,
    schannel,
    problems: problemsOf(d.findings),
    upgradedFrom: 1,
  }
}

/** The problems, worst first; regrouped from the findings for a version-1 report. */
export function problemsOfReport(r: Report): Problem[] {
  return r.problems ?? problemsOf(r.findings)
}

const GRAVITY: Record<Verdict, number> = { healthy: 0, inconclusive: 1, 'action-needed': 2 }

/**
 * The verdict to show. Never green without proof: a version-1 "healthy" made without knowing the
 * Windows build (the old engine assumed its defaults) is inconclusive by today's rule, and a report
 * whose verdict is milder than its own findings (edited by hand) shows what the findings say.
 */
export function verdictOfReport(r: Report): Verdict {
  const saved =
    r.verdict === 'healthy' && coverageOfReport(r).missing.length ? 'inconclusive' : r.verdict
  const found = verdictOf(r.findings)
  return GRAVITY[found] > GRAVITY[saved] ? found : saved
}

/** The diagnosis a report was made from, for screens that show a diagnosis (review mode). */
export function diagnosisOfReport(r: Report): Diagnosis {
  return {
    schemaVersion: DIAGNOSIS_SCHEMA_VERSION,
    tool: r.product,
    generatedAt: r.diagnosedAt,
    source: r.source,
    verdict: verdictOfReport(r),
    machine: r.machine,
    coverage: coverageOfReport(r),
    schannel: r.registry.schannel,
    problems: problemsOfReport(r),
    findings: r.findings,
    ...(r.probes.length ? { probes: r.probes } : {}),
  }
}
