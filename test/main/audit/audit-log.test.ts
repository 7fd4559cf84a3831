import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApplyResult, FixPlan } from '../../../shared/fixes'
import { applyEvents, AuditLog, type AuditRecord } from '../../../main/audit/audit-log'

const KEY =
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'
const BACKUP = 'C:\\ProgramData\\MailflowTlsWizard\\backups\\EX2016-20261125-100000.reg'

const plan = {
  changes: [
    { key: KEY, value: 'Enabled', before: 0, after: 1 },
    { key: KEY, value: 'DisabledByDefault', before: null, after: 0 },
  ],
} as unknown as FixPlan

function result(over: Partial<ApplyResult>): ApplyResult {
  return {
    status: 'applied',
    backupFile: BACKUP,
    results: [
      { key: KEY, value: 'Enabled', ok: true, read: 1 },
      { key: KEY, value: 'DisabledByDefault', ok: true, read: 0 },
    ],
    error: null,
    restoreError: null,
    ...over,
  }
}

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-audit-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function records(): Promise<AuditRecord[]> {
  const text = await readFile(path.join(dir, 'audit.log'), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as AuditRecord)
}

describe('the audit trail', () => {
  const who = { account: 'CONTOSO\\admin', host: 'EX2016' }
  const clock = () => new Date('2026-11-25T10:00:00Z')

  it('one JSON line per registry write: before, after, backup, account, host and time', async () => {
    const log = new AuditLog(dir, {}, who, clock)
    expect(await log.record(...applyEvents(plan, result({})))).toBe(true)
    expect(await records()).toEqual([
      {
        time: '2026-11-25T10:00:00.000Z',
        account: 'CONTOSO\\admin',
        host: 'EX2016',
        action: 'registry-write',
        key: KEY,
        value: 'Enabled',
        before: 0,
        after: 1,
        ok: true,
        backup: BACKUP,
      },
      expect.objectContaining({ value: 'DisabledByDefault', before: null, after: 0 }),
    ])
  })

  it('a failed write that the engine rolled back: the writes, then each value put back', () => {
    const events = applyEvents(
      plan,
      result({
        status: 'rolled-back',
        results: [{ key: KEY, value: 'Enabled', ok: false, read: 0 }],
        error: 'read-back after writing does not match',
      }),
    )
    expect(events.map((e) => [e.action, 'value' in e && e.value, 'ok' in e && e.ok])).toEqual([
      ['registry-write', 'Enabled', false],
      ['registry-write', 'DisabledByDefault', false],
      ['rollback', 'Enabled', true],
      ['rollback', 'DisabledByDefault', true],
    ])
    expect(events[2]).toMatchObject({ before: 0, after: 0, backup: BACKUP })
    expect(events[3]).toMatchObject({ before: 0, after: null })
  })

  it('nothing to do, or a fix prepared into files: no line (no registry changed)', () => {
    expect(applyEvents(plan, result({ status: 'nothing-to-do', backupFile: null }))).toEqual([])
    expect(applyEvents(plan, result({ prepared: { patched: 'p.reg', fix: 'f.reg' } }))).toEqual([])
  })

  it('restarts and rollbacks are recorded the same way', async () => {
    const log = new AuditLog(dir, {}, who, clock)
    await log.record(
      {
        action: 'rollback',
        key: KEY,
        value: 'Enabled',
        before: 1,
        after: 0,
        ok: true,
        backup: BACKUP,
      },
      {
        action: 'restart',
        kind: 'scheduled',
        minutes: 30,
        command: 'shutdown.exe /r /t 1800 /c "Mailflow TLS Wizard"',
        exitCode: 0,
      },
    )
    expect((await records()).map((r) => [r.action, r.account, r.time])).toEqual([
      ['rollback', 'CONTOSO\\admin', '2026-11-25T10:00:00.000Z'],
      ['restart', 'CONTOSO\\admin', '2026-11-25T10:00:00.000Z'],
    ])
  })
})
