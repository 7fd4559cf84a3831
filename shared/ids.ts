/**
 * Support status and update level (the build table, shared/exchange-builds.json): they follow the
 * date and the table, not the registry, and never make a TLS-1.2-capable server action-needed.
 */
export const SUPPORT_STATUS_FINDING_IDS = [
  'exchange-out-of-support',
  'exchange-cu-not-supported',
  'exchange-updates-behind',
  'exchange-update-level-unknown',
  'exchange-build-table-old',
  'windows-out-of-support',
] as const

/** What the protocol logs and Schannel events show (tlswizard logs, diagnose with logs). */
export const LOG_FINDING_IDS = [
  'logs-o365-tls-failing',
  'logs-starttls-required',
  'logs-legacy-tls-peers',
  'logs-o365-tls-working',
  'logs-not-found',
  'logs-files-unreadable',
  'schannel-tls-events',
] as const

/** Windows' own Schannel on the wire (the native probe) against the registry and Node's probe. */
export const SCHANNEL_WIRE_FINDING_IDS = [
  'schannel-refuses-tls12',
  'schannel-tls12-despite-registry',
  'schannel-node-disagree',
] as const

/** Stable ids of every finding the checks can produce; scripts and reports rely on them. */
export const FINDING_IDS = [
  'tls12-not-enabled',
  'tls12-misconfigured',
  'tls12-half-disabled',
  'schannel-values-undefined',
  'dotnet-tls-not-configured',
  'dotnet-v2-tls-not-configured',
  'winhttp-tls12-missing',
  'cipher-suites-no-tls12',
  'exchange-build-no-tls12',
  'exchange-build-below-guidance',
  'restart-pending',
  'tls13-not-supported-by-exchange',
  'legacy-tls-enabled',
  'os-version-unknown',
  'registry-value-wrong-type',
  // From live probes (tlswizard probe / diagnose --probe):
  'probe-unreachable',
  'starttls-not-offered',
  'probe-tls12-refused',
  'tls12-refused-despite-registry',
  'o365-needs-tls12-client',
  'certificate-expired',
  'certificate-name-mismatch',
  'certificate-untrusted',
  // Added with diagnosis schemaVersion 2:
  'registry-export-incomplete',
  'control-set-fallback',
  'control-set-differs',
  'schannel-keys-misplaced',
  'schannel-misconfigured',
  'schannel-half-disabled',
  'schannel-value-not-0-or-1',
  'schannel-state-differs-from-health-checker',
  ...SUPPORT_STATUS_FINDING_IDS,
  'dotnet-version-below-guidance',
  'dotnet-version-unsupported',
  'legacy-tls-off-build-too-old',
  // From protocol logs and Schannel events (logs schemaVersion 1):
  ...LOG_FINDING_IDS,
  // From the native Schannel probe, compared with the registry and Node's probe:
  ...SCHANNEL_WIRE_FINDING_IDS,
  // A probed peer that ended the SMTP session before any TLS handshake:
  'probe-smtp-rejected',
] as const

/** A finding id. */
export type FindingId = (typeof FINDING_IDS)[number]

/** Stable ids of the remedies a finding can point to (registry fixes and manual actions). */
export const FIX_IDS = [
  'schannel-tls12-enable',
  'dotnet-v4-strong-crypto',
  'dotnet-v2-strong-crypto',
  'winhttp-tls12',
  'restart-server',
  'update-exchange',
  'review-cipher-suites',
  // Added with diagnosis schemaVersion 2 (manual remedies):
  'collect-registry',
  'delete-ignored-entries',
  'disable-tls13',
  // Updates the registry cannot make (the build-table and .NET checks):
  'install-dotnet',
  'install-kb3140245',
] as const

/** A fix id. */
export type FixId = (typeof FIX_IDS)[number]

/** How bad a finding is: errors break mail flow with Office 365, warnings may, info does not. */
export const SEVERITIES = ['error', 'warning', 'info'] as const

/** A finding severity. */
export type Severity = (typeof SEVERITIES)[number]

/** Where the registry facts came from. */
export const SOURCE_KINDS = ['live', 'file', 'demo'] as const

/** A registry source kind. */
export type SourceKind = (typeof SOURCE_KINDS)[number]

/**
 * Version of the diagnosis JSON contract; bump on any breaking change.
 * 1: first release. 2: a third verdict (`inconclusive`, exit code 4) that a version-1 reader would
 * take for "not healthy, so action needed"; `coverage` (what the registry showed) and `problems`
 * (findings grouped by root cause) added; per-side `effective` state.
 */
export const DIAGNOSIS_SCHEMA_VERSION = 2
