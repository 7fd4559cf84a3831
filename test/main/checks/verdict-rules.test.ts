import { describe, expect } from 'vitest'
import { translate } from '../../../shared/i18n/translate'
import { find, ids, ruleProblems, rows, runCases, TLS12, type Case } from './verdict-harness'

const CASES: Case[] = [
  {
    fixture: 'values-on-version-key-2008r2',
    says: 'TLS 1.2 off, and the values on the TLS 1.2 key itself are named as ignored',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      expect(ids(d)).toContain('warning:schannel-keys-misplaced')
      expect(rows(d, 'schannel-keys-misplaced')).toEqual([
        `${TLS12}|DisabledByDefault=0|${TLS12}\\Client and \\Server, value DisabledByDefault (DWORD)`,
        `${TLS12}|Enabled=1|${TLS12}\\Client and \\Server, value Enabled (DWORD)`,
      ])
      expect(
        ruleProblems(d)
          .map((p) => p.id)
          .slice(0, 2),
      ).toEqual(['tls12-off-both', 'ignored-entries'])
      expect(ruleProblems(d)[1]?.fixes).toEqual(['delete-ignored-entries'])
    },
  },
  {
    fixture: 'tls12-without-space-2008r2',
    says: 'TLS1.2 is not TLS 1.2: its Client and Server are ignored, TLS 1.2 stays off',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      const tls12x =
        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS1.2'
      expect(rows(d, 'schannel-keys-misplaced')).toEqual([
        `${tls12x}|(key)="no values"|${TLS12}\\Client and \\Server`,
        `${tls12x}\\Client|DisabledByDefault=0|${TLS12}\\Client, value DisabledByDefault (DWORD)`,
        `${tls12x}\\Client|Enabled=1|${TLS12}\\Client, value Enabled (DWORD)`,
        `${tls12x}\\Server|DisabledByDefault=0|${TLS12}\\Server, value DisabledByDefault (DWORD)`,
        `${tls12x}\\Server|Enabled=1|${TLS12}\\Server, value Enabled (DWORD)`,
      ])
      expect(d.coverage.mailPath).toBe('none-found')
    },
  },
  {
    fixture: 'translated-id',
    says: 'TLS 1,2, "TLS 1.2 \\ klien" and diaktifkan are each named with where they belong',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      const base =
        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'
      expect(rows(d, 'schannel-keys-misplaced')).toEqual([
        `${base}\\TLS 1,2|(key)="no values"|${TLS12}\\Client and \\Server`,
        `${base}\\TLS 1.2 |(key)="no values"|${TLS12}\\Client and \\Server`,
        `${base}\\TLS 1.2 \\ klien|Disabledbydefault=0|${TLS12}\\Client, value DisabledByDefault (DWORD)`,
        `${base}\\TLS 1.2 \\ klien|diaktifkan=1|${TLS12}\\Client, value Enabled (DWORD)`,
        `${base}\\TLS 1.2 \\ server|disabledbydefault=0|${TLS12}\\Server, value DisabledByDefault (DWORD)`,
        `${base}\\TLS 1.2 \\ server|diaktifkan=1|${TLS12}\\Server, value Enabled (DWORD)`,
      ])
    },
  },
  {
    fixture: 'translated-lt',
    says: 'klientas, serveris, " DisabledByDefault " and " įjungtas " are named',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      const ev = rows(d, 'schannel-keys-misplaced')
      expect(ev).toContain(
        `${TLS12}\\klientas|DisabledByDefault=0|${TLS12}\\Client, value DisabledByDefault (DWORD)`,
      )
      expect(ev).toContain(
        `${TLS12}\\serveris| DisabledByDefault =0|${TLS12}\\Server, value DisabledByDefault (DWORD)`,
      )
      expect(ev).toContain(
        `${TLS12}\\serveris| įjungtas =1|${TLS12}\\Server, value Enabled (DWORD)`,
      )
      expect(ev).toHaveLength(3)
    },
  },
  {
    fixture: 'translated-vi',
    says: '"TLS 1,2 \\ máy khách" with bật, and máy chủ, are named',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      const vi =
        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1,2'
      expect(rows(d, 'schannel-keys-misplaced')).toEqual([
        `${vi}|(key)="no values"|${TLS12}\\Client and \\Server`,
        `${vi}\\máy khách|DisabledByDefault=0|${TLS12}\\Client, value DisabledByDefault (DWORD)`,
        `${vi}\\máy khách|bật=1|${TLS12}\\Client, value Enabled (DWORD)`,
        `${vi}\\máy chủ|DisabledByDefault=0|${TLS12}\\Server, value DisabledByDefault (DWORD)`,
        `${vi}\\máy chủ|Enabled=1|${TLS12}\\Server, value Enabled (DWORD)`,
      ])
    },
  },
  {
    fixture: 'server-enabled-0-2012r2',
    says: 'one wrong value, one problem: TLS 1.2 off for incoming connections',
    exit: 1,
    verdict: 'action-needed',
    check(d, text) {
      expect(ids(d)).toEqual(['error:tls12-not-enabled', 'error:tls12-misconfigured'])
      expect(d.schannel['TLS 1.2'].state).toBe('misconfigured')
      expect(ruleProblems(d)).toHaveLength(1)
      expect(ruleProblems(d)[0]).toMatchObject({
        id: 'tls12-off-incoming',
        severity: 'error',
        findings: ['tls12-not-enabled', 'tls12-misconfigured'],
        fixes: ['schannel-tls12-enable', 'restart-server'],
      })
      // Its evidence once: four values, not eight.
      expect(ruleProblems(d)[0]?.evidence).toHaveLength(4)
      // The support-status warnings (Windows 2012 R2, Exchange 2016) come beside it, as warnings.
      expect(text).toMatch(/\d+ problems?: 1 error[,\n]/)
      expect(text).not.toMatch(/half disabled/i)
    },
  },
  {
    fixture: 'health-checker-words',
    says: "Health Checker's states for the same values, mismatch for every version, 0xffffffff noted",
    exit: 0,
    verdict: 'healthy',
    check(d, text) {
      expect(d.schannel['TLS 1.0'].state).toBe('disabled')
      expect(d.schannel['TLS 1.1'].state).toBe('misconfigured')
      expect(ids(d)).toEqual([
        'warning:schannel-values-undefined',
        'warning:schannel-misconfigured',
        'info:schannel-value-not-0-or-1',
        'info:legacy-tls-enabled',
      ])
      expect(find(d, 'schannel-misconfigured')?.params.versions).toBe('TLS 1.1')
      expect(rows(d, 'schannel-value-not-0-or-1')).toEqual([
        `${TLS12}\\Client|Enabled=4294967295|0 or 1`,
      ])
      expect(text).toMatch(/TLS 1\.0\s+off\s+off\s+Disabled/)
      expect(text).toMatch(/TLS 1\.1\s+on\s+off\s+Misconfigured/)
    },
  },
  {
    fixture: 'ciphers-policy-ecdsa-dhe',
    says: 'a policy of ECDSA and DHE suites only shares nothing with Office 365: error naming both lists',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      const f = find(d, 'cipher-suites-no-tls12')
      expect(f).toMatchObject({
        severity: 'error',
        messageKey: 'finding.cipher-suites-no-tls12.policy',
      })
      expect(f?.evidence[0]?.actual).toHaveLength(4)
      expect(translate(`${f?.messageKey}.advice`, f?.params)).toContain(
        'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,',
      )
      expect(ruleProblems(d)[0]?.id).toBe('cipher-suites')
    },
  },
  {
    fixture: 'ciphers-local-cbc-rsa-gcm',
    says: 'ECDHE_RSA CBC SHA and RSA GCM are suites Office 365 accepts: no finding',
    exit: 0,
    verdict: 'healthy',
    check(d) {
      expect(ids(d)).toEqual([])
    },
  },
  {
    fixture: 'ciphers-local-sz-none',
    says: 'a REG_SZ local list is read: nothing in common is an error',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      expect(find(d, 'cipher-suites-no-tls12')?.messageKey).toBe(
        'finding.cipher-suites-no-tls12.local',
      )
    },
  },
  {
    fixture: 'smtp-relay-no-dotnet',
    says: 'an IIS SMTP relay: missing .NET switches are a warning that says why',
    exit: 0,
    verdict: 'healthy',
    check(d) {
      expect(d.coverage.mailPath).toBe('smtp-relay')
      expect(find(d, 'dotnet-tls-not-configured')).toMatchObject({
        severity: 'warning',
        messageKey: 'finding.dotnet-tls-not-configured.relay',
      })
    },
  },
  {
    fixture: 'tls13-on-ex2019-cu14',
    says: 'TLS 1.3 on (Server 2022 default) with Exchange 2019 CU14: an error',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      expect(find(d, 'tls13-not-supported-by-exchange')?.severity).toBe('error')
      expect(find(d, 'schannel-state-differs-from-health-checker')?.params.versions).toBe('TLS 1.3')
      expect(ruleProblems(d)[0]?.fixes).toEqual([
        'update-exchange',
        'disable-tls13',
        'restart-server',
      ])
    },
  },
  {
    fixture: 'tls13-on-ex2019-cu15-edge',
    says: 'Exchange 2019 CU15 supports TLS 1.3; the Edge Transport role is named',
    exit: 0,
    verdict: 'healthy',
    check(d, text) {
      expect(ids(d)).not.toContain('error:tls13-not-supported-by-exchange')
      expect(d.coverage.exchangeRoles).toEqual(['Edge Transport'])
      expect(d.machine.exchange?.edgeRole).toBe(true)
      expect(text).toContain('Exchange: Exchange 2019 CU15 (15.2.1748.10) (Edge Transport)')
    },
  },
]

describe('the rules on each case of the verdict issue (diagnose --registry FILE)', () => {
  runCases(CASES)
})
