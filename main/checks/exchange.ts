/** Exchange builds that cannot do TLS 1.2 (or 1.3) whatever the registry says. */
import type { Finding, VersionState } from '../../shared/diagnosis'
import type { TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import { exchangeSetupKey } from '../system/registry-paths'
import {
  compareBuilds,
  exchangeBuild,
  exchangeProduct,
  formatBuild,
  TLS13_EXCHANGE,
  tls12Milestones,
} from './exchange-builds'
import { evidence, finding } from './finding'
import type { WindowsFamily } from './windows'

/** Build findings (no TLS 1.2 at all, below guidance) and the TLS 1.3 support rule. */
export function exchangeFindings(
  facts: Facts,
  states: Record<TlsVersion, VersionState>,
  os: WindowsFamily,
): Finding[] {
  const x = facts.exchange
  if (!x) return []
  const out: Finding[] = []
  const build = exchangeBuild(x)
  const key = exchangeSetupKey(x.major === 14 ? 'v14' : 'v15')
  const product = exchangeProduct(x)
  const { capable, guidance } = tls12Milestones(x)
  const actual = formatBuild(build)
  if (capable && compareBuilds(build, capable.build) < 0) {
    out.push(
      finding(
        'exchange-build-no-tls12',
        'error',
        [
          evidence(
            key,
            'MsiProduct/MsiBuild',
            actual,
            `${formatBuild(capable.build)} (${capable.name}) or later`,
          ),
        ],
        ['update-exchange'],
        {
          product,
          build: actual,
          minimum: capable.name,
        },
      ),
    )
  } else if (guidance && compareBuilds(build, guidance.build) < 0) {
    out.push(
      finding(
        'exchange-build-below-guidance',
        'warning',
        [
          evidence(
            key,
            'MsiProduct/MsiBuild',
            actual,
            `${formatBuild(guidance.build)} (${guidance.name}) or later`,
          ),
        ],
        ['update-exchange'],
        {
          product,
          build: actual,
          minimum: guidance.name,
        },
      ),
    )
  }
  const tls13 = states['TLS 1.3']
  const tls13On = tls13.supportedByOs && (tls13.client.enabled || tls13.server.enabled)
  const supports13 = x.major === 15 && x.minor === 2 && compareBuilds(build, TLS13_EXCHANGE) >= 0
  if (tls13On && !supports13) {
    out.push(
      finding(
        'tls13-not-supported-by-exchange',
        'warning',
        [
          evidence(
            key,
            'MsiProduct/MsiBuild',
            actual,
            `${formatBuild(TLS13_EXCHANGE)} (Exchange 2019 CU15) or Exchange SE`,
          ),
        ],
        [],
        {
          product,
          os: os.name,
        },
      ),
    )
  }
  return out
}
