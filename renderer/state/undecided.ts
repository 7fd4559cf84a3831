/** Which checks a coverage gap leaves undecided: their "OK" would be green without proof. */
import type { Progress } from '../../shared/channels'
import type { Coverage, CoverageGap } from '../../shared/diagnosis'

// The check groups (shared/check-groups.ts) whose facts each gap hides: HKLM\SOFTWARE holds .NET,
// WinHTTP, Exchange, the cipher policy and two restart markers; the build decides the defaults.
const HIDES: Record<CoverageGap, readonly string[]> = {
  software: ['dotnet', 'winhttp', 'ciphers', 'exchange', 'restart'],
  'os-build': ['schannel', 'winhttp', 'ciphers'],
  schannel: ['schannel'],
  'control-set': ['schannel', 'ciphers', 'restart'],
  'cipher-suites': ['ciphers'],
  'tls12-client': ['schannel'],
  'tls12-server': ['schannel'],
}

/** A check's state as shown: `unknown` where the check found nothing only because it could not look. */
export type ShownState = Progress['state'] | 'unknown'

/** The ids of the checks the gaps leave undecided. */
export function undecidedChecks(coverage: Coverage | undefined): Set<string> {
  return new Set((coverage?.missing ?? []).flatMap((g) => HIDES[g]))
}

/** What to show for a progress entry once the coverage is known. */
export function shownState(p: Progress, undecided: ReadonlySet<string>): ShownState {
  return p.kind === 'check' && p.state === 'ok' && undecided.has(p.id) ? 'unknown' : p.state
}
