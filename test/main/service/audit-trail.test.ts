/**
 * The audit trail through the wizard's API on a live-kind registry (a demo behind a store that is
 * not a file, as the live adapters are): one line per value written and per value put back, with
 * before, after, the backup, the account and the time. A prepared (file) fix writes none.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../../main/audit/audit-log'
import type { ServiceOptions } from '../../../main/service/wizard-service'
import { openRegistrySource } from '../../../main/system/registry-source'
import { openDemo, scratchDir } from '../../helpers/demo'
import { FaultyStore } from '../../helpers/faulty-store'
import { elevatedService } from '../../helpers/service'

async function lines(dir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(path.join(dir, 'audit.log'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

const service = (source: ServiceOptions['source'], audit: AuditLog) =>
  elevatedService(source, audit)

describe('audit trail', () => {
  it('a live apply and its rollback: one line per value, with before, after and the backup', async () => {
    const logs = await scratchDir()
    const audit = new AuditLog(logs, {}, { account: 'CONTOSO\\admin', host: 'EX2016' })
    // A store that is not a file, as the live adapters are: the fix really writes it.
    const live = new FaultyStore(await openDemo('2012r2-ex2016'), {})
    const api = await service({ kind: 'live', label: 'this computer', store: live } as never, audit)
    const plan = await api['fixes:plan']({})
    const applied = await api['fixes:apply']({ planId: plan.id })
    expect(applied.status).toBe('applied')
    expect(applied.prepared).toBeUndefined()
    await audit.file.flush()
    const writes = await lines(logs)
    expect(writes).toHaveLength(8)
    expect(writes[2]).toMatchObject({
      action: 'registry-write',
      key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
      value: 'Enabled',
      before: 0,
      after: 1,
      ok: true,
      backup: applied.backupFile,
      account: 'CONTOSO\\admin',
      host: 'EX2016',
    })
    expect(writes[2]?.time).toMatch(/^\d{4}-\d\d-\d\dT/)
    // The Client key was created by the fix: its two values go back by deleting it, and count.
    expect((await api['fixes:rollback']({ backup: null })).restoredValues).toBe(8)
    await audit.file.flush()
    const all = await lines(logs)
    const back = all.slice(8)
    expect(back).toHaveLength(8)
    expect(
      back.find((l) => l.value === 'Enabled' && String(l.key).endsWith('Server')),
    ).toMatchObject({
      action: 'rollback',
      before: 1,
      after: 0,
      ok: true,
      backup: applied.backupFile,
    })
  })

  it('a fix prepared into files changes no registry: no audit line', async () => {
    const logs = await scratchDir()
    const audit = new AuditLog(logs)
    const api = await service(await openRegistrySource({ demo: '2012r2-ex2016' }), audit)
    const plan = await api['fixes:plan']({})
    expect((await api['fixes:apply']({ planId: plan.id })).prepared).toBeTruthy()
    await audit.file.flush()
    expect(await lines(logs)).toEqual([])
  })
})
