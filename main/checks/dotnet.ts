/** .NET Framework TLS switches: without them .NET code in Exchange falls back to TLS 1.0. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { dotnetKey, VIEWS, type DotNetVersion } from '../system/registry-paths'
import { evidence, finding } from './finding'

function notOne(facts: Facts, version: DotNetVersion): Evidence[] {
  return VIEWS.flatMap((view) => {
    const f = facts.dotnet[version][view]
    const key = dotnetKey(version, view)
    return [
      ...(f.systemDefaultTlsVersions !== 1
        ? [evidence(key, 'SystemDefaultTlsVersions', f.systemDefaultTlsVersions, '1')]
        : []),
      ...(f.schUseStrongCrypto !== 1
        ? [evidence(key, 'SchUseStrongCrypto', f.schUseStrongCrypto, '1')]
        : []),
    ]
  })
}

/**
 * v4 values must be 1 in both views: an error on Exchange 2013 and later (their transport and
 * services are .NET 4), and wherever TLS 1.0/1.1 are switched off; a warning elsewhere.
 * v2 values matter for Exchange 2010 (.NET 3.5 code).
 */
export function dotnetFindings(facts: Facts, legacyDisabled: boolean): Finding[] {
  const out: Finding[] = []
  const v4 = notOne(facts, 'v4')
  if (v4.length) {
    const x = facts.exchange
    const severe = (x !== undefined && x.major >= 15) || legacyDisabled
    out.push(
      finding('dotnet-tls-not-configured', severe ? 'error' : 'warning', v4, [
        'dotnet-v4-strong-crypto',
        'restart-server',
      ]),
    )
  }
  if (facts.exchange?.major === 14) {
    const v2 = notOne(facts, 'v2')
    if (v2.length)
      out.push(
        finding('dotnet-v2-tls-not-configured', 'warning', v2, [
          'dotnet-v2-strong-crypto',
          'restart-server',
        ]),
      )
  }
  return out
}
