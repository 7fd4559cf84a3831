/** Support status: Exchange and Windows out of support, CUs no longer supported, updates missing. */
import type { Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { WINDOWS_VERSION_KEY } from '../system/registry-paths'
import { BUILD_TABLE, placeBuild } from './build-table'
import { exchangeBuild, fileBuild, formatBuild, tls12Milestones } from './exchange-builds'
import { buildEvidence, buildLabel, exSetupLabel, orLater, rollupUnknown } from './exchange'
import { evidence, evidenceRow, finding, said } from './finding'
import type { WindowsFamily } from './windows'

/** The day extended support ended, per Windows Server generation (DOMAIN.md section 8). */
export const WINDOWS_END_OF_SUPPORT: Record<string, string> = {
  'Windows Server 2008': '2020-01-14',
  'Windows Server 2008 R2': '2020-01-14',
  'Windows Server 2012': '2023-10-10',
  'Windows Server 2012 R2': '2023-10-10',
}

const day = (d: Date) => d.toISOString().slice(0, 10)

/** The build table is older than six months on `now`: updates released since are missing from it. */
export function tableIsOld(now: Date, asOf = BUILD_TABLE.asOf): boolean {
  const limit = new Date(`${asOf}T00:00:00Z`)
  limit.setUTCMonth(limit.getUTCMonth() + 6)
  return now.getTime() > limit.getTime()
}

// Exchange SE is reached in place from 2019 CU14/CU15; 2016 by moving to SE servers; 2010 and
// 2013 cannot coexist with SE, so they move through 2016 or 2019 first.
function pathVariant(product: string): string {
  if (product === 'Exchange 2019') return 'in-place'
  if (product === 'Exchange 2016') return 'migrate'
  return 'migrate-twice'
}

/** Exchange's support status and update level against the build table; warnings and notes only. */
export function exchangeUpdateFindings(facts: Facts, now: Date): Finding[] {
  const x = facts.exchange
  if (!x) return []
  const b = exchangeBuild(x)
  const place = placeBuild(b)
  const label = buildLabel(b)
  const out: Finding[] = []
  const fixes: Finding['fixes'] = ['update-exchange']
  const end = place.product?.endOfSupport
  if (place.product && end && day(now) > end)
    out.push(
      finding(
        'exchange-out-of-support',
        'warning',
        [
          buildEvidence(
            x,
            said('evidence.want.supportedProduct', { product: place.product.name, date: end }),
          ),
        ],
        fixes,
        { product: place.product.name, build: label, date: end },
        pathVariant(place.product.name),
      ),
    )
  const latest = place.latestCu
  if (place.cu && !place.cu.supported && latest && latest !== place.cu)
    out.push(
      finding('exchange-cu-not-supported', 'warning', [buildEvidence(x, orLater(latest))], fixes, {
        cu: place.cu.name,
        build: label,
        latestCu: latest.name,
        latestDate: latest.released,
      }),
    )
  if (!fileBuild(x)) {
    // Only a 2010 SP3 key below the first TLS 1.2 rollup leaves that question open.
    const capable = tls12Milestones(x).capable
    const worry = rollupUnknown(x) && capable !== undefined && b[2] < capable.build[2]
    out.push(
      finding(
        'exchange-update-level-unknown',
        worry ? 'warning' : 'info',
        [
          buildEvidence(x, said('evidence.want.exSetupVersion')),
          ...(x.fileVersionError
            ? [
                evidenceRow({
                  key: exSetupLabel(x),
                  value: 'FileVersion',
                  actual: x.fileVersionError,
                  expected: said('evidence.want.readable'),
                }),
              ]
            : []),
        ],
        ['collect-registry'],
        {
          build: label,
          product: place.product?.name ?? label,
          ...(capable ? { minimum: capable.name } : {}),
        },
        worry ? 'rollup' : b[0] === 14 ? 'rollup-at-least' : undefined,
      ),
    )
  } else if (place.later.length) {
    const newest = place.later.at(-1)!
    out.push(
      finding(
        'exchange-updates-behind',
        'warning',
        [buildEvidence(x, `${formatBuild(newest.build)} (${newest.name})`)],
        fixes,
        { build: label, count: place.later.length, latest: newest.name, date: newest.released },
        b[0] === 14 ? 'rollups' : undefined,
      ),
    )
  }
  if (tableIsOld(now))
    out.push(
      finding(
        'exchange-build-table-old',
        'info',
        [
          evidenceRow({
            // The table this version carries, in words: not a registry key, nor a path to read.
            key: said('evidence.item.buildTable'),
            value: said('evidence.item.tableDate'),
            actual: BUILD_TABLE.asOf,
            expected: said('evidence.want.recentTable'),
          }),
        ],
        [],
        { asOf: BUILD_TABLE.asOf },
      ),
    )
  return out
}

/** Windows Server 2008 R2, 2012 and 2012 R2 are out of support: a warning, not a mail-flow error. */
export function windowsLifecycleFindings(facts: Facts, os: WindowsFamily, now: Date): Finding[] {
  const end = WINDOWS_END_OF_SUPPORT[os.name]
  if (!os.known || !end || day(now) <= end) return []
  return [
    finding(
      'windows-out-of-support',
      'warning',
      [
        evidence(
          WINDOWS_VERSION_KEY,
          'CurrentBuild',
          facts.os.currentBuild,
          said('evidence.want.orLater', { build: 'Windows Server 2016' }),
        ),
      ],
      [],
      { os: os.name, date: end },
    ),
  ]
}
