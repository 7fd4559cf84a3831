/** Facts in, diagnosis out: the pure heart of `tlswizard diagnose`. */
import {
  DIAGNOSIS_SCHEMA_VERSION,
  type Diagnosis,
  type MachineSummary,
  type VersionState,
} from '../../shared/diagnosis'
import type { SourceKind } from '../../shared/ids'
import { TLS_VERSIONS, type TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import { dotnetFindings } from './dotnet'
import { exchangeBuild, exchangeProduct, formatBuild } from './exchange-builds'
import { exchangeFindings } from './exchange'
import { sortFindings } from './finding'
import {
  cipherFindings,
  osFindings,
  restartFindings,
  winhttpFindings,
  wrongTypeFindings,
} from './platform'
import { legacyTlsDisabled, schannelFindings, versionState } from './schannel'
import { windowsFamily } from './windows'

/** Who produced a diagnosis and from what. */
export interface DiagnosisContext {
  tool: { name: string; version: string }
  source: { kind: SourceKind; adapter: string; location: string }
  now: Date
}

/** The machine summary shown on the Welcome step and at the top of reports. */
export function machineSummary(facts: Facts): MachineSummary {
  const x = facts.exchange
  return {
    computerName: facts.computerName ?? null,
    fqdn: facts.fqdn ?? null,
    os: {
      productName: facts.os.productName ?? null,
      build: facts.os.currentBuild ?? null,
      ubr: facts.os.ubr ?? null,
      displayVersion: facts.os.displayVersion ?? null,
      family: windowsFamily(facts.os.currentBuild).name,
    },
    exchange: x
      ? {
          product: exchangeProduct(x),
          version: formatBuild(exchangeBuild(x)),
          installPath: x.installPath ?? null,
          edgeRole: x.edgeRole,
        }
      : null,
  }
}

/** Runs every check. Pure: the same facts and context always give the same diagnosis. */
export function diagnose(facts: Facts, ctx: DiagnosisContext): Diagnosis {
  const os = windowsFamily(facts.os.currentBuild)
  const schannel = Object.fromEntries(
    TLS_VERSIONS.map((v) => [v, versionState(facts, v, os)]),
  ) as Record<TlsVersion, VersionState>
  const findings = sortFindings([
    ...schannelFindings(facts, schannel, os),
    ...exchangeFindings(facts, schannel, os),
    ...dotnetFindings(facts, legacyTlsDisabled(facts)),
    ...winhttpFindings(facts, os),
    ...cipherFindings(facts),
    ...wrongTypeFindings(facts),
    ...restartFindings(facts),
    ...osFindings(facts, os),
  ])
  return {
    schemaVersion: DIAGNOSIS_SCHEMA_VERSION,
    tool: ctx.tool,
    generatedAt: ctx.now.toISOString(),
    source: ctx.source,
    verdict: findings.some((f) => f.severity === 'error') ? 'action-needed' : 'healthy',
    machine: machineSummary(facts),
    schannel,
    findings,
  }
}
