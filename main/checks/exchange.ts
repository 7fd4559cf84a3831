/** Exchange builds that cannot do TLS 1.2 (or 1.3) whatever the registry says. */
import type { Evidence, Finding, VersionState } from '../../shared/diagnosis'
import type { Message } from '../../shared/finding-schema'
import { SCHANNEL_SIDES, type TlsVersion } from '../../shared/tls'
import type { ExchangeFacts, Facts } from '../system/facts'
import { exchangeSetupKey, schannelKey } from '../system/registry-paths'
import { buildName } from './build-table'
import {
  compareBuilds,
  exchangeBuild,
  exchangeProduct,
  fileBuild,
  formatBuild,
  TLS13_EXCHANGE,
  tls12Milestones,
  type Build,
} from './exchange-builds'
import { evidence, evidenceRow, finding, said } from './finding'
import type { WindowsFamily } from './windows'

/** `Exchange 2016 CU5 (15.1.845.34)`: the build's name from the table, then its number. */
export function buildLabel(b: Build): string {
  const name = buildName(b)
  return name ? `${name} (${formatBuild(b)})` : formatBuild(b)
}

/** Where ExSetup.exe is, as evidence names it. */
export function exSetupLabel(x: ExchangeFacts): string {
  return x.installPath
    ? `${x.installPath.replace(/\\?$/, '\\')}bin\\ExSetup.exe`
    : 'bin\\ExSetup.exe'
}

/** "15.1.1415.2 (Exchange 2016 CU8) or later", as evidence expects a build. */
export function orLater(release: { build: Build; name: string }): Message {
  return said('evidence.want.orLater', { build: `${formatBuild(release.build)} (${release.name})` })
}

/** Evidence for the build: ExSetup.exe's file version when it was read, else the setup key. */
export function buildEvidence(x: ExchangeFacts, expected: string | Message): Evidence {
  const b = exchangeBuild(x)
  // A file, not a registry key: written as is.
  if (fileBuild(x))
    return evidenceRow({
      key: exSetupLabel(x),
      value: 'FileVersion',
      actual: formatBuild(b),
      expected,
    })
  const key = exchangeSetupKey(x.major === 14 ? 'v14' : 'v15')
  return evidence(key, 'MsiProduct/MsiBuild', formatBuild(b), expected)
}

/**
 * Exchange 2010 rollups leave the setup key at the service pack: without ExSetup.exe's version,
 * an SP3 build below the first TLS 1.2 rollup may be any rollup, so it is not called too old.
 */
export function rollupUnknown(x: ExchangeFacts): boolean {
  return x.major === 14 && x.minor === 3 && !fileBuild(x)
}

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
  const product = exchangeProduct(x)
  const { capable, guidance } = tls12Milestones(x)
  const actual = buildLabel(build)
  // A 2010 SP3 build read from the setup key may be any rollup: the update-level finding speaks.
  const known = !rollupUnknown(x)
  if (known && capable && compareBuilds(build, capable.build) < 0) {
    out.push(
      finding(
        'exchange-build-no-tls12',
        'error',
        [buildEvidence(x, orLater(capable))],
        ['update-exchange'],
        {
          product,
          build: actual,
          minimum: capable.name,
        },
      ),
    )
  } else if (known && guidance && compareBuilds(build, guidance.build) < 0) {
    out.push(
      finding(
        'exchange-build-below-guidance',
        'warning',
        [buildEvidence(x, orLater(guidance))],
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
          buildEvidence(
            x,
            said('evidence.want.orExchangeSe', {
              build: `${formatBuild(TLS13_EXCHANGE)} (Exchange 2019 CU15)`,
            }),
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
