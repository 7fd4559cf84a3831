import { describe, expect, it } from 'vitest'
import { cuDotnet, dotnetName, dotnetVersionFindings } from '../../../main/checks/dotnet-version'
import type { Facts } from '../../../main/system/facts'
import { translate } from '../../../shared/i18n/translate'
import { healthyFacts } from '../../helpers/facts'

// The CU builds of the table, so the names read as they do for real servers.
const CU_REVISION: Record<number, number> = { 845: 34, 1415: 2, 1544: 4, 513: 0 }
const ex = (minor: number, build: number, revision = CU_REVISION[build] ?? 1) => ({
  major: 15,
  minor,
  build,
  revision,
  edgeRole: false,
})
const at = (minor: number, build: number, release: number | undefined, os = 17763) => {
  const facts: Facts = { ...healthyFacts(os), exchange: ex(minor, build), dotnetRelease: release }
  return dotnetVersionFindings(facts)
}

describe('.NET Framework version', () => {
  it('names Release values as Microsoft documents them (any value of a version counts)', () => {
    expect(dotnetName(528040)?.name).toBe('4.8')
    expect(dotnetName(528049)?.name).toBe('4.8')
    expect(dotnetName(533325)?.name).toBe('4.8.1')
    expect(dotnetName(461310)?.name).toBe('4.7.1')
    expect(dotnetName(394806)?.name).toBe('4.6.2')
    expect(dotnetName(1000)).toBeUndefined()
  })

  it("the version each CU is built for (Health Checker's recommended version)", () => {
    expect(cuDotnet([15, 0, 1497, 48], 9600)).toBe('4.8')
    expect(cuDotnet([15, 0, 1365, 1], 9600)).toBe('4.7.1')
    expect(cuDotnet([15, 1, 845, 34], 9600)).toBe('4.6.2')
    expect(cuDotnet([15, 1, 1415, 2], 9600)).toBe('4.7.1')
    expect(cuDotnet([15, 1, 1713, 5], 9600)).toBe('4.7.2')
    expect(cuDotnet([15, 1, 2507, 63], 9600)).toBe('4.8')
    expect(cuDotnet([15, 2, 330, 5], 17763)).toBe('4.7.2')
    expect(cuDotnet([15, 2, 1544, 4], 17763)).toBe('4.8')
    expect(cuDotnet([15, 2, 1544, 4], 20348)).toBe('4.8.1')
    expect(cuDotnet([15, 2, 2562, 17], 26100)).toBe('4.8.1')
    expect(cuDotnet([14, 3, 513, 0], 7601)).toBeUndefined()
  })

  it('below 4.7.1 on Exchange 2016 CU8 or later: below the TLS 1.2 guidance', () => {
    const [f] = at(1, 1415, 394806, 14393)
    expect(f?.id).toBe('dotnet-version-below-guidance')
    expect(f?.severity).toBe('warning')
    expect(f?.evidence[0]).toMatchObject({
      key: 'HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full',
      value: 'Release',
      actual: '394806 (.NET 4.6.2)',
    })
    expect(translate(`${f?.messageKey}.title`, f?.params)).toBe(
      '.NET Framework 4.6.2 is older than the TLS 1.2 guidance',
    )
  })

  it('the version the CU is built for: nothing; older or newer: a warning that says which', () => {
    expect(at(2, 1544, 528049)).toEqual([])
    expect(at(1, 845, 394806, 9600)).toEqual([])
    const older = at(2, 1544, 528049, 20348)[0]
    expect(older?.messageKey).toBe('finding.dotnet-version-unsupported.older')
    expect(older?.params).toMatchObject({ dotnet: '4.8', wanted: '4.8.1' })
    const newer = at(1, 845, 528049, 9600)[0]
    expect(newer?.messageKey).toBe('finding.dotnet-version-unsupported.newer')
    expect(translate(`${newer?.messageKey}.title`, newer?.params)).toBe(
      '.NET Framework 4.8 is newer than Exchange 2016 CU5 (15.1.845.34) supports',
    )
  })

  it('not judged without Exchange 2013 or later, or without the Release value', () => {
    expect(at(2, 1544, undefined)).toEqual([])
    expect(
      dotnetVersionFindings({
        ...healthyFacts(7601),
        exchange: { ...ex(3, 513), major: 14 },
        dotnetRelease: 378389,
      }),
    ).toEqual([])
    expect(dotnetVersionFindings({ ...healthyFacts(17763), dotnetRelease: 378389 })).toEqual([])
  })
})
