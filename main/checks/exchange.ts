/** Exchange builds that cannot do TLS 1.2 (or 1.3) whatever the registry says. */
import type { Finding, VersionState } from '../../shared/diagnosis'
import { SCHANNEL_SIDES, type TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import { exchangeSetupKey, schannelKey } from '../system/registry-paths'
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
  // Health Checker marks TLS 1.3 red on an Exchange build that does not support it; so do we,
  // judged by what Schannel does (on by default from Server 2022), not by the keys alone.
  const tls13 = states['TLS 1.3']
  const tls13On = tls13.client.effective === 'on' || tls13.server.effective === 'on'
  const supports13 = x.major === 15 && x.minor === 2 && compareBuilds(build, TLS13_EXCHANGE) >= 0
  if (tls13On && !supports13) {
    out.push(
      finding(
        'tls13-not-supported-by-exchange',
        'error',
        [
          evidence(
            key,
            'MsiProduct/MsiBuild',
            actual,
            `${formatBuild(TLS13_EXCHANGE)} (Exchange 2019 CU15) or Exchange SE`,
          ),
          ...SCHANNEL_SIDES.filter((s) => tls13[s].effective === 'on').flatMap((s) => {
            const k = schannelKey('TLS 1.3', s, facts.controlSet?.used ?? undefined)
            return [
              evidence(k, 'Enabled', tls13[s].enabledValue ?? undefined, '0'),
              evidence(k, 'DisabledByDefault', tls13[s].disabledByDefaultValue ?? undefined, '1'),
            ]
          }),
        ],
        ['update-exchange', 'disable-tls13', 'restart-server'],
        {
          product,
          os: os.name,
        },
      ),
    )
  }
  return out
}
