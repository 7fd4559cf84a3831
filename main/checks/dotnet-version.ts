/** The .NET Framework 4.x version against what the Exchange CU is built for (Health Checker's rule). */
import type { Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { NDP_V4_FULL_KEY } from '../system/registry-paths'
import { exchangeBuild, type Build } from './exchange-builds'
import { buildLabel } from './exchange'
import { evidence, finding, said } from './finding'

/** The lowest `Release` value of each .NET Framework 4.x (Microsoft's "determine .NET versions" table). */
export const DOTNET_RELEASES: ReadonlyArray<readonly [number, string]> = [
  [378389, '4.5'],
  [378675, '4.5.1'],
  [379893, '4.5.2'],
  [393295, '4.6'],
  [394254, '4.6.1'],
  [394802, '4.6.2'],
  [460798, '4.7'],
  [461308, '4.7.1'],
  [461808, '4.7.2'],
  [528040, '4.8'],
  [533320, '4.8.1'],
]

const release = (name: string) =>
  (DOTNET_RELEASES.find(([, n]) => n === name) as [number, string])[0]

/** The 4.x a `Release` value belongs to (`4.8` for 528049), or undefined below 4.5. */
export function dotnetName(value: number): { release: number; name: string } | undefined {
  const row = DOTNET_RELEASES.filter(([r]) => r <= value).at(-1)
  return row ? { release: row[0], name: row[1] } : undefined
}

// Last CU build (third number) of each step of Health Checker's recommended-version ladder.
const LADDER: Record<string, ReadonlyArray<readonly [number, string]>> = {
  '15.0': [
    [846, '4.5'],
    [1178, '4.5.2'],
    [1236, '4.6.1'],
    [1347, '4.6.2'],
    [1367, '4.7.1'],
  ],
  '15.1': [
    [396, '4.5.2'],
    [544, '4.6.1'],
    [1261, '4.6.2'],
    [1531, '4.7.1'],
    [1713, '4.7.2'],
  ],
  '15.2': [[330, '4.7.2']],
}

/** The .NET version a CU is built for (Health Checker's "recommended", also the highest supported). */
export function cuDotnet(b: Build, osBuild: number | undefined): string | undefined {
  if (b[0] !== 15) return undefined
  const step = (LADDER[`${b[0]}.${b[1]}`] ?? []).find(([last]) => b[2] <= last)
  if (step) return step[1]
  // Exchange 2019 CU14+ and SE support 4.8.1, except on Windows Server 2019 (no 4.8.1 there).
  if (b[1] === 2 && b[2] >= 1544 && osBuild !== 17763) return '4.8.1'
  return '4.8'
}

// TLS 1.2 guidance: 4.7.1 from Exchange 2013 CU19 and 2016 CU8 (DOMAIN.md section 4).
function guidanceApplies(b: Build): boolean {
  return b[0] === 15 && ((b[1] === 0 && b[2] >= 1365) || (b[1] === 1 && b[2] >= 1415) || b[1] === 2)
}

/** Warnings: .NET older than the TLS 1.2 guidance, or not the version this CU is built for. */
export function dotnetVersionFindings(facts: Facts): Finding[] {
  const x = facts.exchange
  if (!x || x.major !== 15 || facts.dotnetRelease === undefined) return []
  const b = exchangeBuild(x)
  const have = dotnetName(facts.dotnetRelease)
  const want = cuDotnet(b, facts.os.currentBuild)
  const shown = have ? `${facts.dotnetRelease} (.NET ${have.name})` : facts.dotnetRelease
  const params = {
    dotnet: have?.name ?? 'older than 4.5',
    build: buildLabel(b),
    wanted: want ?? '',
  }
  if (guidanceApplies(b) && facts.dotnetRelease < release('4.7.1'))
    return [
      finding(
        'dotnet-version-below-guidance',
        'warning',
        [
          evidence(
            NDP_V4_FULL_KEY,
            'Release',
            shown,
            said('evidence.want.orLater', { build: `${release('4.7.1')} (.NET 4.7.1)` }),
          ),
        ],
        ['install-dotnet'],
        params,
      ),
    ]
  if (!want || have?.name === want) return []
  const newer = have !== undefined && have.release > release(want)
  return [
    finding(
      'dotnet-version-unsupported',
      'warning',
      [
        evidence(
          NDP_V4_FULL_KEY,
          'Release',
          shown,
          said('evidence.want.dotnetOrLater', { version: want, release: release(want) }),
        ),
      ],
      ['install-dotnet'],
      params,
      newer ? 'newer' : 'older',
    ),
  ]
}
