/**
 * What the registry cannot fix (updates, a restart, work by hand), in the order an admin does it,
 * around the registry changes, each with an official help link where one exists. The links are
 * the only ones the app opens outside itself (main/app/help-links.ts allow-lists exactly these).
 */
import type { Finding } from './diagnosis'
import { REGISTRY_FIX_IDS } from './fix-names'
import type { FixId } from './ids'

/** A remedy that is not a registry write. */
export type ManualFixId = Exclude<FixId, (typeof REGISTRY_FIX_IDS)[number]>

/** Manual remedies: before the registry changes (updates, evidence) or after (restart, by hand). */
export const MANUAL_STEPS: ReadonlyArray<{
  id: ManualFixId
  when: 'before' | 'after'
  link: string | null
}> = [
  { id: 'collect-registry', when: 'before', link: null },
  {
    id: 'install-dotnet',
    when: 'before',
    link: 'https://learn.microsoft.com/exchange/plan-and-deploy/supportability-matrix',
  },
  {
    id: 'update-exchange',
    when: 'before',
    link: 'https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates',
  },
  { id: 'install-kb3140245', when: 'before', link: 'https://support.microsoft.com/help/3140245' },
  { id: 'restart-server', when: 'after', link: null },
  {
    id: 'delete-ignored-entries',
    when: 'after',
    link: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  },
  {
    id: 'review-cipher-suites',
    when: 'after',
    link: 'https://learn.microsoft.com/windows-server/security/tls/manage-tls',
  },
  {
    id: 'disable-tls13',
    when: 'after',
    link: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  },
]

/** Every help link a manual step may show (the allow-list of exact URLs). */
export const MANUAL_STEP_LINKS: readonly string[] = [
  ...new Set(MANUAL_STEPS.flatMap((s) => (s.link ? [s.link] : []))),
]

/** The manual steps the findings call for, in order (each once). */
export function manualStepsFor(findings: readonly Finding[]): (typeof MANUAL_STEPS)[number][] {
  const wanted = new Set<string>(findings.flatMap((f) => f.fixes))
  return MANUAL_STEPS.filter((s) => wanted.has(s.id))
}
