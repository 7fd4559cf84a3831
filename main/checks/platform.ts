/** WinHTTP, cipher suites, pending restarts, mistyped values and unknown Windows builds. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import * as P from '../system/registry-paths'
import { evidence, finding } from './finding'
import { needsWinHttpKey, type WindowsFamily } from './windows'

/** Server 2008 R2 / 2012: WinHTTP uses TLS 1.2 only when DefaultSecureProtocols has 0x800. */
export function winhttpFindings(facts: Facts, os: WindowsFamily): Finding[] {
  if (!needsWinHttpKey(facts.os.currentBuild)) return []
  const missing = P.VIEWS.filter(
    (v) => ((facts.winhttp[v].defaultSecureProtocols ?? 0) & P.WINHTTP_BITS['TLS 1.2']) === 0,
  ).map((v) =>
    evidence(
      P.winhttpKey(v),
      'DefaultSecureProtocols',
      facts.winhttp[v].defaultSecureProtocols,
      'includes 0x800 (TLS 1.2)',
    ),
  )
  return missing.length
    ? [
        finding('winhttp-tls12-missing', 'warning', missing, ['winhttp-tls12', 'restart-server'], {
          os: os.name,
        }),
      ]
    : []
}

/** TLS 1.2 suites Office 365 accepts (prefixes: older Windows append the curve, e.g. `_P256`). */
const O365_SUITES = [
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
]

/** A configured cipher-suite order with no suite Office 365 accepts over TLS 1.2 breaks the handshake. */
export function cipherFindings(facts: Facts): Finding[] {
  const { policy, local } = facts.cipherSuites
  const list = policy ?? local
  if (!list) return []
  const ok = list.some((s) => O365_SUITES.some((p) => s.toUpperCase().startsWith(p)))
  if (ok) return []
  const key = policy ? P.CIPHER_POLICY_KEY : P.CIPHER_LOCAL_KEY
  return [
    finding(
      'cipher-suites-no-tls12',
      'warning',
      [
        evidence(
          key,
          'Functions',
          list,
          `at least one of ${O365_SUITES.slice(0, 4).join(', ')}, ...`,
        ),
      ],
      ['review-cipher-suites'],
    ),
  ]
}

/** Windows' own pending-restart markers (Schannel changes set none: see the fixes' state file). */
export function restartFindings(facts: Facts): Finding[] {
  const r = facts.pendingRestart
  const ev: Evidence[] = [
    ...(r.fileRenameOperations
      ? [evidence(P.SESSION_MANAGER_KEY, 'PendingFileRenameOperations', 'set', 'not set')]
      : []),
    ...(r.cbsRebootPending ? [evidence(P.CBS_REBOOT_KEY, '(key)', 'exists', 'absent')] : []),
    ...(r.wuRebootRequired ? [evidence(P.WU_REBOOT_KEY, '(key)', 'exists', 'absent')] : []),
    ...(r.updateExeVolatile ? [evidence(P.UPDATE_EXE_VOLATILE_KEY, 'Flags', 'non-zero', '0')] : []),
    ...(r.wizardChangedAt
      ? [
          {
            key: 'Mailflow TLS Wizard state file',
            value: 'schannelChangedAt',
            actual: r.wizardChangedAt,
            expected: 'a restart after this time',
          },
        ]
      : []),
  ]
  return ev.length ? [finding('restart-pending', 'warning', ev, ['restart-server'])] : []
}

/** Values of the wrong type are ignored by Windows, though regedit shows them. */
export function wrongTypeFindings(facts: Facts): Finding[] {
  if (!facts.wrongTypes.length) return []
  const ev = facts.wrongTypes.map((w) => evidence(w.key, w.value, w.type, 'REG_DWORD'))
  return [finding('registry-value-wrong-type', 'warning', ev, [], { count: ev.length })]
}

/** Without a build number the OS defaults are assumed; say so. */
export function osFindings(facts: Facts, os: WindowsFamily): Finding[] {
  if (facts.os.currentBuild !== undefined) return []
  return [
    finding(
      'os-version-unknown',
      'info',
      [evidence(P.WINDOWS_VERSION_KEY, 'CurrentBuild', undefined, 'a build number')],
      [],
      { assumed: os.name },
    ),
  ]
}
