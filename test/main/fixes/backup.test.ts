import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FixRefusedError } from '../../../main/fixes/allow-list'
import { backupSections, writeBackup } from '../../../main/fixes/backup'
import { planFixes, readFixState, registryFixesFor } from '../../../main/fixes/plan'
import { newestBackup, rollbackFromFile } from '../../../main/fixes/rollback'
import { parseRegBytes, readRegSections } from '../../../main/registry/reg-file'
import { encodeRegFile, writeRegText } from '../../../main/registry/reg-write'
import { diagnoseStore, openDemo, scratchDir } from '../../helpers/demo'

async function demoPlan(name: string) {
  const store = await openDemo(name)
  const d = await diagnoseStore(store)
  const snap = await readFixState(store)
  return {
    store,
    snap,
    plan: planFixes(snap, registryFixesFor(d.findings), d.machine.os.build ?? undefined),
  }
}

describe('backups', () => {
  it('hold the previous values, "Name"=- for missing ones and [-KEY] for created keys, as reg import reads them', async () => {
    const { plan, snap } = await demoPlan('2012r2-ex2016')
    const sections = backupSections(plan, snap)
    const dir = await scratchDir()
    const file = await writeBackup(sections, {
      dir,
      host: 'EX2016',
      now: new Date(2026, 10, 22, 9, 5, 7),
    })
    expect(path.basename(file)).toBe('tls-backup-20261122-090507-EX2016.reg')
    const bytes = await readFile(file)
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
    expect(text).toContain(
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server]\r\n"Enabled"=dword:00000000\r\n"DisabledByDefault"=-\r\n',
    )
    expect(text).toContain(
      '[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
    )
    // The codec reads back exactly the sections that were written.
    expect(await readRegSections(file)).toEqual(
      sections.map((s) => ({
        ...s,
        path: s.path.replace(/^HKLM/, 'HKEY_LOCAL_MACHINE'),
        deleteKey: !!s.deleteKey,
      })),
    )
    expect(() => parseRegBytes(bytes, file)).not.toThrow()
  })

  it('are never overwritten: a second backup in the same second gets its own name', async () => {
    const dir = await scratchDir()
    const now = new Date(2026, 0, 2, 3, 4, 5)
    const a = await writeBackup([], { dir, host: 'h', now })
    const b = await writeBackup([], { dir, host: 'h', now })
    expect(a).not.toBe(b)
    expect(path.basename(b)).toBe('tls-backup-20260102-030405-h-2.reg')
    expect(new Set(await readdir(dir))).toEqual(new Set([path.basename(a), path.basename(b)]))
    expect(await newestBackup(dir)).toMatch(/tls-backup-20260102-030405-h/)
    expect(await newestBackup(path.join(dir, 'none'))).toBeUndefined()
  })

  it("a link or a folder planted under the backup's name is left alone: the backup takes the next name", async () => {
    const dir = await scratchDir()
    const now = new Date(2026, 0, 2, 3, 4, 5)
    const victim = path.join(await scratchDir(), 'victim.txt')
    await writeFile(victim, 'keep me')
    await symlink(victim, path.join(dir, 'tls-backup-20260102-030405-h.reg'))
    await mkdir(path.join(dir, 'tls-backup-20260102-030405-h-2.reg'))
    const file = await writeBackup([], { dir, host: 'h', now })
    expect(path.basename(file)).toBe('tls-backup-20260102-030405-h-3.reg')
    expect(await readFile(victim, 'utf8')).toBe('keep me')
  })

  it('rollback restores values that were missing (deletes them) and refuses a tampered file outright', async () => {
    const { store, plan, snap } = await demoPlan('2008r2-ex2010')
    const original = store.tree.clone()
    const dir = await scratchDir()
    const file = await writeBackup(backupSections(plan, snap), { dir, host: 'h', now: new Date() })
    await store.createKeys(plan.createKeys)
    await store.setValues(
      plan.changes.map((c) => ({
        key: c.key,
        name: c.value,
        value: { type: 'REG_DWORD', data: c.after },
      })),
    )
    expect(store.tree.diff(original)).not.toEqual([])
    const result = await rollbackFromFile(store, file)
    expect(result.mismatches).toEqual([])
    expect(store.tree.diff(original)).toEqual([])

    const tampered = path.join(dir, 'tampered.reg')
    const sections = [
      {
        path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
        entries: [{ name: 'SchUseStrongCrypto', value: { type: 'REG_DWORD' as const, data: 0 } }],
      },
      {
        path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
        deleteKey: true,
        entries: [],
      },
    ]
    await writeFile(tampered, encodeRegFile(writeRegText(sections)))
    await expect(rollbackFromFile(store, tampered)).rejects.toBeInstanceOf(FixRefusedError)
    expect(store.tree.diff(original)).toEqual([])
  })
})
