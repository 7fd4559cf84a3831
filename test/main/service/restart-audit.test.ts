/**
 * The wizard's Restart step on a live Windows registry writes one audit line per restart asked for
 * (scheduled, cancelled). shutdown.exe is never run: runCommand is replaced by a recorder, the
 * commands themselves are the real ones built by main/system/restart.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { AuditLog } from '../../../main/audit/audit-log'
import { RUNONCE_KEY, RUNONCE_VALUE } from '../../../main/system/relaunch'
import type { Command } from '../../../main/system/restart'
import { openDemo, scratchDir } from '../../helpers/demo'
import { FaultyStore } from '../../helpers/faulty-store'
import { elevatedService } from '../../helpers/service'

const ran = vi.hoisted(() => [] as Command[])
// What shutdown.exe answers (1: it refused, e.g. a restart already under way).
const shutdown = vi.hoisted(() => ({ code: 0 }))
vi.mock('../../../main/system/restart', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../main/system/restart')>()),
  runCommand: async (cmd: Command) => (
    ran.push(cmd),
    { code: shutdown.code, output: shutdown.code ? 'refused' : '' }
  ),
}))

describe('restart:schedule on a live registry: audit lines', () => {
  it('a scheduled restart and its cancel, each with the command, kind, minutes and exit code', async () => {
    const logs = await scratchDir()
    const audit = new AuditLog(
      logs,
      {},
      { account: 'CONTOSO\\admin', host: 'EX2016' },
      () => new Date('2026-11-25T10:00:00Z'),
    )
    const api = await elevatedService(
      {
        kind: 'live',
        label: 'this computer',
        store: new FaultyStore(await openDemo('2012r2-ex2016'), {}),
      } as never,
      audit,
      {
        platform: 'win32',
        relaunchCommandLine:
          '"C:\\Program Files\\Mailflow TLS Wizard\\Mailflow TLS Wizard.exe" --verify',
        now: () => new Date('2026-11-25T10:00:00Z'),
      },
    )
    const scheduled = await api['restart:schedule']({ action: 'in', minutes: 30, confirmed: true })
    // The app registered itself to open after the restart, and says so (the Finish step tells
    // the admin only then that the wizard will check again by itself).
    expect(scheduled).toMatchObject({ done: true, at: '2026-11-25T10:30:00.000Z', relaunch: true })
    const cancelled = await api['restart:schedule']({ action: 'cancel' })
    expect(cancelled).toMatchObject({ done: true, at: null, relaunch: false })
    expect(ran.map((c) => [c.file, ...c.args.slice(0, 3)])).toEqual([
      ['shutdown.exe', '/r', '/t', '1800'],
      ['shutdown.exe', '/a'],
    ])
    await audit.file.flush()
    const lines = (await readFile(path.join(logs, 'audit.log'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
    expect(lines).toEqual([
      {
        time: '2026-11-25T10:00:00.000Z',
        account: 'CONTOSO\\admin',
        host: 'EX2016',
        action: 'restart',
        kind: 'scheduled',
        minutes: 30,
        command:
          'shutdown.exe /r /t 1800 /c "Mailflow TLS Wizard: restart so that the new TLS settings (Schannel, .NET) take effect." /d p:4:2',
        exitCode: 0,
      },
      {
        time: '2026-11-25T10:00:00.000Z',
        account: 'CONTOSO\\admin',
        host: 'EX2016',
        action: 'restart',
        kind: 'cancel',
        minutes: null,
        command: 'shutdown.exe /a',
        exitCode: 0,
      },
    ])
  })

  it('served without a relaunch command (the web host): the restart is scheduled, and it says the wizard will not open by itself', async () => {
    const store = await openDemo('2012r2-ex2016')
    const api = await elevatedService(
      { kind: 'live', label: 'this computer', store: new FaultyStore(store, {}) } as never,
      new AuditLog(await scratchDir(), {}, { account: 'CONTOSO\\admin', host: 'EX2016' }),
      { platform: 'win32', now: () => new Date('2026-11-25T10:00:00Z') },
    )
    const scheduled = await api['restart:schedule']({ action: 'in', minutes: 30, confirmed: true })
    expect(scheduled).toMatchObject({ done: true, relaunch: false })
    const runOnce = await store.readKeys([RUNONCE_KEY])
    expect(runOnce.value(RUNONCE_KEY, RUNONCE_VALUE)).toBeUndefined()
  })

  it('a restart that shutdown.exe refused leaves no relaunch behind', async () => {
    const store = await openDemo('2012r2-ex2016')
    const api = await elevatedService(
      { kind: 'live', label: 'this computer', store: new FaultyStore(store, {}) } as never,
      new AuditLog(await scratchDir(), {}, { account: 'CONTOSO\\admin', host: 'EX2016' }),
      {
        platform: 'win32',
        relaunchCommandLine: '"C:\\Mailflow TLS Wizard.exe" --verify',
        now: () => new Date('2026-11-25T10:00:00Z'),
      },
    )
    shutdown.code = 1
    try {
      const r = await api['restart:schedule']({ action: 'in', minutes: 30, confirmed: true })
      expect(r).toMatchObject({ done: false, relaunch: false })
    } finally {
      shutdown.code = 0
    }
    const runOnce = await store.readKeys([RUNONCE_KEY])
    expect(runOnce.value(RUNONCE_KEY, RUNONCE_VALUE)).toBeUndefined()
  })
})
