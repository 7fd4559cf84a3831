/** WinHTTP, pending restarts and mistyped values. */
import type { Evidence, Finding } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'
import * as P from '../system/registry-paths'
import { evidence, evidenceRow, finding, said } from './finding'
import { needsWinHttpKey, type WindowsFamily } from './windows'

/** Server 2008 R2 / 2012: WinHTTP uses TLS 1.2 only when DefaultSecureProtocols has 0x800. */
export function winhttpFindings(facts: Facts, os: WindowsFamily): Finding[] {
  // Not judged when HKLM\SOFTWARE was not read: the values would only look missing.
  if (!needsWinHttpKey(facts.os.currentBuild) || (facts.seen && !facts.seen.software)) return []
  const missing = P.VIEWS.filter(
    (v) => ((facts.winhttp[v].defaultSecureProtocols ?? 0) & P.WINHTTP_BITS['TLS 1.2']) === 0,
  ).map((v) =>
    evidence(
      P.winhttpKey(v),
      'DefaultSecureProtocols',
      facts.winhttp[v].defaultSecureProtocols,
      said('evidence.want.winhttpTls12'),
    ),
  )
  return missing.length
    ? [
        finding(
          'winhttp-tls12-missing',
          'warning',
          missing,
          // DefaultSecureProtocols is read only once update KB3140245 is installed (DOMAIN.md 2).
          ['install-kb3140245', 'winhttp-tls12', 'restart-server'],
          { os: os.name },
        ),
      ]
    : []
}

/** Windows' own pending-restart markers (Schannel changes set none: see the fixes' state file). */
export function restartFindings(facts: Facts): Finding[] {
  const r = facts.pendingRestart
  const sessionManager = P.sessionManagerKey(facts.controlSet?.used ?? undefined)
  const [exists, absent] = [said('evidence.found.exists'), said('evidence.want.absent')]
  const ev: Evidence[] = [
    ...(r.fileRenameOperations
      ? [
          evidence(
            sessionManager,
            'PendingFileRenameOperations',
            said('evidence.found.set'),
            said('evidence.notSet'),
          ),
        ]
      : []),
    ...(r.cbsRebootPending ? [evidence(P.CBS_REBOOT_KEY, '(key)', exists, absent)] : []),
    ...(r.wuRebootRequired ? [evidence(P.WU_REBOOT_KEY, '(key)', exists, absent)] : []),
    ...(r.updateExeVolatile
      ? [evidence(P.UPDATE_EXE_VOLATILE_KEY, 'Flags', said('evidence.found.nonZero'), '0')]
      : []),
    ...(r.wizardChangedAt
      ? [
          evidenceRow({
            key: said('evidence.item.stateFile'),
            value: 'schannelChangedAt',
            actual: r.wizardChangedAt,
            expected: said('evidence.want.restartAfter'),
          }),
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
