import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXPORTS } from '../../../main/checks/coverage'
import { describe, expect, it } from 'vitest'
import { encodeRegFile } from '../../../main/registry/reg-write'
import { cli } from '../../helpers/cli'
import { VERDICT_FIXTURES } from './verdict-fixtures'
import {
  DIR,
  file,
  find,
  ids,
  rows,
  ruleProblems,
  runCases,
  titles,
  TLS12,
  type Case,
} from './verdict-harness'

describe('the verdict fixtures are real reg export files', () => {
  if (process.env.WRITE_FIXTURES) {
    mkdirSync(DIR, { recursive: true })
    for (const [name, text] of Object.entries(VERDICT_FIXTURES))
      writeFileSync(file(name), encodeRegFile(text))
  }
  for (const [name, text] of Object.entries(VERDICT_FIXTURES))
    it(`${name}.reg: UTF-16LE with BOM and CRLF, as written from its source`, () => {
      const bytes = readFileSync(file(name))
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe])
      const decoded = bytes.subarray(2).toString('utf16le')
      expect(decoded.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      expect(decoded).toBe(text)
    })
})

const CASES: Case[] = [
  {
    fixture: 'healthy-2019',
    says: 'healthy: everything seen, nothing wrong',
    exit: 0,
    verdict: 'healthy',
    check(d) {
      expect(d.coverage).toMatchObject({
        missing: [],
        mailPath: 'exchange',
        exchangeRoles: ['Mailbox'],
      })
      expect(ruleProblems(d)).toEqual([])
    },
  },
  {
    fixture: 'schannel-only-2008r2',
    says: 'inconclusive: no Windows build, no HKLM\\SOFTWARE; the commands collect them',
    exit: 4,
    verdict: 'inconclusive',
    check(d, text) {
      expect(d.coverage.missing).toEqual([
        'software',
        'os-build',
        'cipher-suites',
        'tls12-client',
        'tls12-server',
      ])
      expect(d.coverage.mailPath).toBe('unknown')
      expect(d.coverage.collect).toContain(
        'reg export "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" tls-windows.reg /y',
      )
      expect(d.coverage.collect.at(-1)).toMatch(
        /^tlswizard diagnose --registry \S+schannel-only-2008r2\.reg --registry tls-windows\.reg/,
      )
      expect(d.schannel['TLS 1.2'].client.effective).toBe('unknown')
      // Nothing is claimed about what was not seen: no .NET, no "TLS 1.2 off".
      expect(ids(d)).toEqual([
        'warning:registry-export-incomplete',
        'warning:os-version-unknown',
        'warning:schannel-values-undefined',
        // TLS 1.0 is on by default on every Windows: that much is known.
        'info:legacy-tls-enabled',
      ])
      expect(ruleProblems(d)[0]?.id).toBe('evidence-incomplete')
      expect(text).toContain(
        'reg export "HKLM\\SOFTWARE\\Microsoft\\.NETFramework" tls-dotnet.reg /y',
      )
      expect(text).toMatch(/TLS 1\.2\s+\?\s+\?/)
    },
  },
  {
    fixture: 'header-and-blank-line',
    says: 'inconclusive: nothing at all was exported',
    exit: 4,
    verdict: 'inconclusive',
    check(d) {
      expect(d.coverage.missing).toEqual(
        expect.arrayContaining(['software', 'schannel', 'os-build']),
      )
      expect(d.coverage.controlSet).toBeNull()
      expect(d.findings.map((f) => f.id)).not.toContain('tls12-not-enabled')
    },
  },
  {
    fixture: 'offline-hive-server-off',
    says: 'ControlSet001 read as Select names it; its TLS 1.2 Server Enabled=0 is found',
    exit: 1,
    verdict: 'action-needed',
    check(d) {
      expect(d.coverage.controlSet).toBe('ControlSet001')
      expect(ids(d)).toEqual([
        'error:tls12-not-enabled',
        'error:tls12-misconfigured',
        'info:control-set-fallback',
      ])
      expect(find(d, 'tls12-not-enabled')?.evidence[0]?.key).toBe(
        'HKLM\\SYSTEM\\ControlSet001\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
      )
      expect(find(d, 'control-set-fallback')?.messageKey).toBe(
        'finding.control-set-fallback.select',
      )
      expect(titles(d)[0]).toBe('TLS 1.2 is switched off for incoming connections')
    },
  },
  {
    fixture: 'control-sets-disagree',
    says: 'CurrentControlSet wins (healthy), the difference with ControlSet001 is a warning',
    exit: 0,
    verdict: 'healthy',
    check(d) {
      expect(ids(d)).toEqual(['warning:control-set-differs'])
      expect(rows(d, 'control-set-differs')).toEqual([
        `${TLS12}\\Server|Enabled=1|the same as in ControlSet001`,
        'HKLM\\SYSTEM\\ControlSet001\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server|Enabled=0|the same as in CurrentControlSet',
        `${TLS12}\\Server|DisabledByDefault=0|the same as in ControlSet001`,
        'HKLM\\SYSTEM\\ControlSet001\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server|DisabledByDefault=null|the same as in CurrentControlSet',
      ])
    },
  },
  {
    fixture: 'control-sets-ambiguous',
    says: 'inconclusive: two control sets and no Select',
    exit: 4,
    verdict: 'inconclusive',
    check(d) {
      expect(d.coverage.missing).toContain('control-set')
      expect(d.coverage.collect[0]).toBe('reg export "HKLM\\SYSTEM\\Select" tls-select.reg /y')
    },
  },
]

describe('what was seen: incomplete exports and control sets (diagnose --registry FILE)', () => {
  it('docs/collect/collect-tls-registry.cmd exports every key the collect commands name (CRLF)', () => {
    const cmd = readFileSync(
      path.join(__dirname, '../../../docs/collect/collect-tls-registry.cmd'),
      'utf8',
    )
    for (const [key, name] of Object.values(EXPORTS))
      expect(cmd).toContain(`\r\nreg export "${key}" tls-${name}.reg /y\r\n`)
  })

  it('header-only: a file holding only the header line is never healthy (refused as cut, or inconclusive)', async () => {
    const r = await cli('diagnose', '--registry', file('header-only'), '--json')
    expect([2, 4]).toContain(r.code)
    if (r.code === 4) expect(JSON.parse(r.out).verdict).toBe('inconclusive')
  })
  runCases(CASES)
})
