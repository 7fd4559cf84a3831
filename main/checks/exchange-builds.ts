/** Exchange builds and the TLS 1.2 milestones of DOMAIN.md section 4. */
import type { ExchangeFacts } from '../system/facts'

/** A build as four numbers. */
export type Build = readonly [number, number, number, number]

/** Compares two builds: negative when a is older. */
export function compareBuilds(a: Build, b: Build): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  return 0
}

/** `15.1.1415.2` */
export function formatBuild(b: Build): string {
  return b.join('.')
}

/** The build the setup key's `Msi*` values give: the CU (2010: the service pack), not the updates. */
export function setupKeyBuild(x: ExchangeFacts): Build {
  return [x.major, x.minor, x.build, x.revision]
}

/** ExSetup.exe's file version when it was read and belongs to the same product, else undefined. */
export function fileBuild(x: ExchangeFacts): Build | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(x.fileVersion ?? '')
  if (!m) return undefined
  const b: Build = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]
  return b[0] === x.major && b[1] === x.minor ? b : undefined
}

/**
 * The build of an Exchange install: ExSetup.exe's file version (security updates and 2010 rollups
 * change it), else the setup key's (DOMAIN.md section 8).
 */
export function exchangeBuild(x: ExchangeFacts): Build {
  return fileBuild(x) ?? setupKeyBuild(x)
}

/** Product name from major.minor (15.2 covers 2019 and Subscription Edition). */
export function exchangeProduct(x: ExchangeFacts): string {
  const b = exchangeBuild(x)
  if (x.major === 14) return 'Exchange Server 2010'
  if (x.major === 15 && x.minor === 0) return 'Exchange Server 2013'
  if (x.major === 15 && x.minor === 1) return 'Exchange Server 2016'
  if (x.major === 15 && x.minor === 2)
    return compareBuilds(b, SE_RTM) >= 0 ? 'Exchange Server SE' : 'Exchange Server 2019'
  return `Exchange ${x.major}.${x.minor}`
}

/** Exchange Server Subscription Edition RTM. */
export const SE_RTM: Build = [15, 2, 2562, 17]

/** Per product line (2010 as a whole, then major.minor): the first build that can do TLS 1.2 on SMTP at all, and the guidance minimum. */
const TLS12_MILESTONES: Record<
  string,
  { capable?: { build: Build; name: string }; guidance?: { build: Build; name: string } }
> = {
  '14': {
    capable: { build: [14, 3, 235, 1], name: 'Exchange 2010 SP3 RU9' },
    guidance: { build: [14, 3, 382, 0], name: 'Exchange 2010 SP3 RU19' },
  },
  '15.0': {
    capable: { build: [15, 0, 1076, 9], name: 'Exchange 2013 CU8' },
    guidance: { build: [15, 0, 1365, 1], name: 'Exchange 2013 CU19' },
  },
  '15.1': { guidance: { build: [15, 1, 1415, 2], name: 'Exchange 2016 CU8' } },
}

/** Exchange 2019 CU15 (first build supporting TLS 1.3). */
export const TLS13_EXCHANGE: Build = [15, 2, 1748, 10]

/** The TLS 1.2 milestones of the product line an install belongs to. */
export function tls12Milestones(x: ExchangeFacts) {
  return TLS12_MILESTONES[x.major === 14 ? '14' : `${x.major}.${x.minor}`] ?? {}
}
