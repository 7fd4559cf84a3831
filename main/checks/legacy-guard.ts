/**
 * Switching TLS 1.0/1.1 off is safe for Exchange only from 2010 SP3 RU22, 2013 CU20 and 2016 CU9,
 * with the .NET 4 switches set (Microsoft's Exchange TLS guidance; DOMAIN.md section 2).
 */
import type { Finding } from '../../shared/diagnosis'
import { SCHANNEL_SIDES } from '../../shared/tls'
import type { ExchangeFacts, Facts } from '../system/facts'
import { schannelKey, VIEWS } from '../system/registry-paths'
import { compareBuilds, exchangeBuild, type Build } from './exchange-builds'
import { buildEvidence, buildLabel, orLater, rollupUnknown } from './exchange'
import { evidence, finding, said } from './finding'

const MINIMUM: Record<string, { build: Build; name: string }> = {
  '14': { build: [14, 3, 411, 0], name: 'Exchange 2010 SP3 RU22' },
  '15.0': { build: [15, 0, 1367, 3], name: 'Exchange 2013 CU20' },
  '15.1': { build: [15, 1, 1466, 3], name: 'Exchange 2016 CU9' },
}

/** The first build that works with TLS 1.0/1.1 off (none: every build of the line does). */
export function legacyOffMinimum(x: ExchangeFacts) {
  return MINIMUM[x.major === 14 ? '14' : `${x.major}.${x.minor}`]
}

/** Whether the build allows TLS 1.0/1.1 off: yes, no, or unknown (a 2010 rollup the key hides). */
export function buildAllowsLegacyOff(x: ExchangeFacts): 'yes' | 'no' | 'unknown' {
  const min = legacyOffMinimum(x)
  if (!min || compareBuilds(exchangeBuild(x), min.build) >= 0) return 'yes'
  return rollupUnknown(x) ? 'unknown' : 'no'
}

function dotnetSet(facts: Facts): boolean {
  return VIEWS.every(
    (v) =>
      facts.dotnet.v4[v].systemDefaultTlsVersions === 1 &&
      facts.dotnet.v4[v].schUseStrongCrypto === 1,
  )
}

/** TLS 1.0/1.1 switched off on a build that needs them: an error (unknown 2010 rollup: a warning). */
export function legacyOffFindings(facts: Facts, legacyDisabled: boolean): Finding[] {
  const x = facts.exchange
  if (!x || !legacyDisabled) return []
  const allows = buildAllowsLegacyOff(x)
  const min = legacyOffMinimum(x)
  if (allows === 'yes' || !min) return []
  const cs = facts.controlSet?.used ?? undefined
  const off = (['TLS 1.0', 'TLS 1.1'] as const).flatMap((v) =>
    SCHANNEL_SIDES.filter((s) => facts.schannel[v][s].enabled === 0).map((s) =>
      evidence(
        schannelKey(v, s, cs),
        'Enabled',
        0,
        said('evidence.want.oneUntil', { build: min.name }),
      ),
    ),
  )
  return [
    finding(
      'legacy-tls-off-build-too-old',
      allows === 'no' ? 'error' : 'warning',
      [buildEvidence(x, orLater(min)), ...off],
      ['update-exchange', 'restart-server'],
      { build: buildLabel(exchangeBuild(x)), minimum: min.name },
      allows === 'unknown' ? 'unknown' : undefined,
    ),
  ]
}

/** The legacy-tls-enabled note's wording: what makes switching TLS 1.0/1.1 off safe here. */
export function legacyOnAdvice(facts: Facts): { params: Finding['params']; variant?: string } {
  const x = facts.exchange
  if (!x) return { params: {} }
  const min = legacyOffMinimum(x)
  const params = { build: buildLabel(exchangeBuild(x)), minimum: min?.name ?? '' }
  const allows = buildAllowsLegacyOff(x)
  if (allows === 'no') return { params, variant: 'update-first' }
  if (allows === 'unknown') return { params, variant: 'check-rollup' }
  return { params, variant: dotnetSet(facts) ? 'safe' : 'dotnet-first' }
}
