/** Cipher suites as Schannel picks them: group policy, else the local order, else the build's default. */
import type { Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import { CIPHER_POLICY_KEY, cipherLocalKey } from '../system/registry-paths'
import { evidence, finding, said } from './finding'

/**
 * What Office 365 accepts over TLS 1.2 (Microsoft 365 "Technical reference details about
 * encryption": ECDHE_RSA with AES GCM and CBC SHA384/SHA256/SHA, and RSA AES; RSA certificates).
 * No ECDSA and no DHE suite: a list of only those shares nothing with Office 365.
 */
export const OFFICE365_TLS12_SUITES = [
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
] as const

// Windows before 2016 names ECDHE suites with the curve: TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384.
const bare = (suite: string) =>
  suite
    .trim()
    .toUpperCase()
    .replace(/_P(256|384|521)$/, '')

/** The suites of `list` Office 365 accepts for TLS 1.2. */
export function suitesInCommon(list: readonly string[]): string[] {
  return list.filter((s) => (OFFICE365_TLS12_SUITES as readonly string[]).includes(bare(s)))
}

/** The list Schannel uses, when the registry sets one (undefined: the build's default list). */
export function cipherOrder(facts: Facts) {
  const { policy, local } = facts.cipherSuites
  if (policy) return { list: policy, key: CIPHER_POLICY_KEY, source: 'policy' as const }
  // A local list decides only when no policy can override it: HKLM\SOFTWARE must have been read.
  if (local && (facts.seen?.software ?? true)) {
    const key = cipherLocalKey(facts.controlSet?.used ?? undefined)
    return { list: local, key, source: 'local' as const }
  }
  return undefined
}

/** None in common is an error naming both lists; a partial overlap is fine. */
export function cipherFindings(facts: Facts): Finding[] {
  const order = cipherOrder(facts)
  if (!order || suitesInCommon(order.list).length) return []
  const office365 = OFFICE365_TLS12_SUITES.join(', ')
  return [
    finding(
      'cipher-suites-no-tls12',
      'error',
      [
        evidence(
          order.key,
          'Functions',
          order.list,
          said('evidence.want.atLeastOneOf', { suites: office365 }),
        ),
      ],
      ['review-cipher-suites', 'restart-server'],
      { office365, count: order.list.length },
      order.source,
    ),
  ]
}
