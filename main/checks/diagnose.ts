/** Facts in, diagnosis out: the pure heart of `tlswizard diagnose`. */
import { problemsOf, verdictOf } from '../../shared/check-groups'
import {
  DIAGNOSIS_SCHEMA_VERSION,
  type Diagnosis,
  type MachineSummary,
  type VersionState,
} from '../../shared/diagnosis'
import type { SourceKind } from '../../shared/ids'
import { TLS_VERSIONS, type TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import { cipherFindings } from './ciphers'
import { controlSetFindings } from './control-set'
import { coverageFindings, coverageOf } from './coverage'
import { dotnetFindings } from './dotnet'
import { dotnetVersionFindings } from './dotnet-version'
import { buildName } from './build-table'
import { exchangeBuild, exchangeProduct, fileBuild, formatBuild } from './exchange-builds'
import { exchangeFindings } from './exchange'
import { legacyOffFindings } from './legacy-guard'
import { exchangeUpdateFindings, windowsLifecycleFindings } from './lifecycle'
import { sortFindings } from './finding'
import { mailRoute } from './mail-path'
import { misplacedFindings } from './misplaced'
import { restartFindings, winhttpFindings, wrongTypeFindings } from './platform'
import { legacyTlsDisabled, schannelFindings, versionState } from './schannel'
import { windowsFamily } from './windows'

/** Who produced a diagnosis and from what. */
export interface DiagnosisContext {
  tool: { name: string; version: string }
  source: { kind: SourceKind; adapter: string; location: string }
  now: Date
  /** The `.reg` files read, for the diagnose line of the collect commands. */
  registryFiles?: readonly string[]
}

/** The machine summary shown on the Welcome step and at the top of reports. */
export function machineSummary(facts: Facts): MachineSummary {
  const x = facts.exchange
  const name = x ? buildName(exchangeBuild(x)) : undefined
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
          ...(name ? { name } : {}),
          versionSource: fileBuild(x) ? 'exsetup' : 'setup-key',
        }
      : null,
  }
}

/**
 * Runs every check. Pure: the same facts and context always give the same diagnosis. Healthy
 * only when nothing is wrong and nothing was left undecided (coverage.missing is empty).
 */
export function diagnose(facts: Facts, ctx: DiagnosisContext): Diagnosis {
  const os = windowsFamily(facts.os.currentBuild)
  const schannel = Object.fromEntries(
    TLS_VERSIONS.map((v) => [v, versionState(facts, v, os)]),
  ) as Record<TlsVersion, VersionState>
  const mail = mailRoute(facts)
  const coverage = coverageOf(facts, os, schannel, mail, ctx.registryFiles)
  const findings = sortFindings([
    ...coverageFindings(facts, coverage),
    ...controlSetFindings(facts),
    ...misplacedFindings(facts),
    ...schannelFindings(facts, schannel, os),
    ...exchangeFindings(facts, schannel, os),
    ...exchangeUpdateFindings(facts, ctx.now),
    ...windowsLifecycleFindings(facts, os, ctx.now),
    ...dotnetFindings(facts, legacyTlsDisabled(facts), mail),
    ...dotnetVersionFindings(facts),
    ...legacyOffFindings(facts, legacyTlsDisabled(facts)),
    ...winhttpFindings(facts, os),
    ...cipherFindings(facts),
    ...wrongTypeFindings(facts),
    ...restartFindings(facts),
  ])
  return {
    schemaVersion: DIAGNOSIS_SCHEMA_VERSION,
    tool: ctx.tool,
    generatedAt: ctx.now.toISOString(),
    source: ctx.source,
    verdict: verdictOf(findings),
    machine: machineSummary(facts),
    coverage,
    schannel,
    problems: problemsOf(findings),
    findings,
  }
}
