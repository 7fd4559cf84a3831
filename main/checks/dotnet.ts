/** .NET Framework TLS switches: without them .NET code in Exchange falls back to TLS 1.0. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { dotnetKey, VIEWS, type DotNetVersion } from '../system/registry-paths'
import { evidence, finding } from './finding'
import type { MailRoute } from './mail-path'

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
 * v4 values must be 1 in both views. Where Exchange runs they are an error on 2013 and later (its
 * transport and services are .NET 4) and wherever TLS 1.0/1.1 are switched off (Health Checker's
 * rule); on Exchange 2010 a warning. Without Exchange (the IIS SMTP service sends through Schannel
 * without .NET) they matter only for other .NET software: a warning that says so.
 * v2 values matter for Exchange 2010 (.NET 3.5 code). Not judged when HKLM\SOFTWARE was not read,
 * nor when the .NET keys were not exported (their values are then not known, never "not set": the
 * software gap says what to collect).
 */
export function dotnetFindings(facts: Facts, legacyDisabled: boolean, mail: MailRoute): Finding[] {
  if (mail.path === 'unknown' || facts.seen?.dotnet === false) return []
  const out: Finding[] = []
  const v4 = notOne(facts, 'v4')
  const x = facts.exchange
  if (v4.length) {
    const fixes: Finding['fixes'] = ['dotnet-v4-strong-crypto', 'restart-server']
    if (mail.path === 'exchange') {
      const severe = x === undefined || x.major >= 15 || legacyDisabled
      out.push(finding('dotnet-tls-not-configured', severe ? 'error' : 'warning', v4, fixes))
    } else {
      const variant = mail.path === 'smtp-relay' ? 'relay' : 'no-exchange'
      out.push(finding('dotnet-tls-not-configured', 'warning', v4, fixes, {}, variant))
    }
  }
  if (x?.major === 14) {
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
