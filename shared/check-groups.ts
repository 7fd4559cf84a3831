/** The checks the Checks step lists, each with the findings that belong to it. */
import type { Progress } from './channels'
import type { Diagnosis } from './diagnosis'
import type { FindingId } from './ids'
import { probeUnreachable, type ProbeOutcome } from './probe'

/** A group of findings shown as one check (label is a message key). */
export interface CheckGroup {
  id: string
  label: string
  findings: readonly FindingId[]
}

/** In the order the Checks step shows them. */
export const CHECK_GROUPS: readonly CheckGroup[] = [
  {
    id: 'schannel',
    label: 'check.schannel',
    findings: [
      'tls12-not-enabled',
      'tls12-misconfigured',
      'tls12-half-disabled',
      'schannel-values-undefined',
      'legacy-tls-enabled',
      'registry-value-wrong-type',
      'os-version-unknown',
    ],
  },
  {
    id: 'dotnet',
    label: 'check.dotnet',
    findings: ['dotnet-tls-not-configured', 'dotnet-v2-tls-not-configured'],
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
    ],
  },
  { id: 'restart', label: 'check.restart', findings: ['restart-pending'] },
]

/** The state of a group: error or warning when a finding of that severity belongs to it. */
export function groupState(group: CheckGroup, findings: Diagnosis['findings']): Progress['state'] {
  const mine = findings.filter((f) => group.findings.includes(f.id))
  if (mine.some((f) => f.severity === 'error')) return 'error'
  if (mine.some((f) => f.severity === 'warning')) return 'warning'
  return 'ok'
}

/** The state of a probe: error when unreachable, warning when neither TLS 1.2 nor 1.3 was accepted. */
export function probeState(o: ProbeOutcome): Progress['state'] {
  if (probeUnreachable(o.result)) return 'error'
  return o.result.versions['TLSv1.2'].accepted || o.result.versions['TLSv1.3'].accepted
    ? 'ok'
    : 'warning'
}
