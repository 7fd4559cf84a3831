import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { FixRefusedError } from '../../../main/fixes/allow-list'
import { applyPlan } from '../../../main/fixes/apply'
import { planFixes, readFixState, registryFixesFor } from '../../../main/fixes/plan'
import { rollbackFromFile } from '../../../main/fixes/rollback'
import type { RegFileStore } from '../../../main/registry/reg-file-store'
import type { FixPlan } from '../../../shared/fixes'
import { diagnoseStore, openDemo, scratchDir } from '../../helpers/demo'
import { FaultyStore, type Faults } from '../../helpers/faulty-store'

async function setup(demo = '2008r2-ex2010') {
  const store = await openDemo(demo)
  const original = store.tree.clone()
  const d = await diagnoseStore(store)
  const plan = planFixes(
    await readFixState(store),
    registryFixesFor(d.findings),
    d.machine.os.build ?? undefined,
  )
  const dir = await scratchDir()
  return {
    store,
    original,
    plan,
    dir,
    target: { dir, host: 'EX2010', now: new Date(Date.UTC(2026, 10, 22, 12)) },
  }
}

describe('applyPlan', () => {
  it('writes, reads back and keeps a backup that undoes everything', async () => {
    const { store, original, plan, target } = await setup()
    const result = await applyPlan(store, plan, target)
    expect(result.status).toBe('applied')
    expect(result.results.every((r) => r.ok)).toBe(true)
    expect((await diagnoseStore(store)).findings.map((f) => f.id)).not.toContain(
      'tls12-not-enabled',
    )
    await rollbackFromFile(store, result.backupFile as string)
    expect(store.tree.diff(original)).toEqual([])
  })

  it('fault injection: whichever write fails, the registry ends exactly as it was', async () => {
    const { plan } = await setup()
    expect(plan.changes.length).toBeGreaterThan(10)
    for (let k = 0; k < plan.changes.length; k++) {
      const { store, original, target } = await setup()
      const faulty = new FaultyStore(store, { failWriteAt: k })
      const result = await applyPlan(faulty, plan, target)
      expect(result.status, `write ${k}`).toBe('rolled-back')
      expect(result.error).toContain('injected failure')
      expect(result.restoreError).toBeNull()
      expect(store.tree.diff(original), `write ${k}`).toEqual([])
    }
  })

  it('fault injection: a read-back that lies makes it restore, and the registry ends as it was', async () => {
    const { store, original, plan, target } = await setup()
    const result = await applyPlan(
      new FaultyStore(store, { lieOnceAfterWrite: 7 } satisfies Faults),
      plan,
      target,
    )
    expect(result.status).toBe('rolled-back')
    expect(result.error).toMatch(/read-back after writing does not match/)
    expect(result.results.some((r) => !r.ok && r.read === 7)).toBe(true)
    expect(store.tree.diff(original)).toEqual([])
  })

  it('reports loudly when the restore fails too, and the backup is still there', async () => {
    // 2012 R2 has a value to put back (Server Enabled=0), so the restore has to write.
    const { store, original, plan, target, dir } = await setup('2012r2-ex2016')
    const result = await applyPlan(new FaultyStore(store, { failAllWritesAfter: 3 }), plan, target)
    expect(result.status).toBe('rollback-failed')
    expect(result.restoreError).toContain('injected failure')
    expect(await readdir(dir)).toEqual([
      expect.stringMatching(/^tls-backup-\d{8}-\d{6}-EX2010\.reg$/),
    ])
    expect(store.tree.diff(original)).not.toEqual([])
    // The backup on disk is what an admin imports by hand: it restores everything.
    await rollbackFromFile(store, result.backupFile as string)
    expect(store.tree.diff(original)).toEqual([])
  })

  it('refuses a plan made against a registry that has changed since, before any backup or write', async () => {
    const { store, plan, target, dir } = await setup()
    const stale: FixPlan = {
      ...plan,
      changes: plan.changes.map((c, i) => (i === 0 ? { ...c, before: 5 } : c)),
    }
    await expect(applyPlan(store, stale, target)).rejects.toThrow(/changed since the plan was made/)
    expect(await readdir(dir)).toEqual([])
  })

  it('allow-list: refuses anything outside it, before any backup or write', async () => {
    const { store, original, plan, target, dir } = await setup()
    const evil: FixPlan[] = [
      {
        ...plan,
        changes: [
          {
            ...plan.changes[0]!,
            key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
            value: 'x',
          },
        ],
      },
      { ...plan, changes: [{ ...plan.changes[0]!, value: 'Enabled ' }] },
      {
        ...plan,
        changes: [
          {
            ...plan.changes[0]!,
            key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client',
            value: 'Enabled',
            after: 0,
          },
        ],
      },
      { ...plan, createKeys: ['HKLM\\SOFTWARE\\Evil'] },
      { ...plan, changes: [{ ...plan.changes[0]!, key: 'HKXX\\nowhere' }] },
    ]
    for (const p of evil)
      await expect(applyPlan(store, p, target)).rejects.toBeInstanceOf(FixRefusedError)
    expect(await readdir(dir)).toEqual([])
    expect(store.tree.diff(original)).toEqual([])
  })

  it('an empty plan does nothing and writes no backup', async () => {
    const { store, target, dir } = await setup('2019-ex2019')
    const result = await applyPlan(
      store as RegFileStore,
      { id: '0'.repeat(64), changes: [], createKeys: [], restartNeeded: false },
      target,
    )
    expect(result.status).toBe('nothing-to-do')
    expect(await readdir(dir)).toEqual([])
  })
})
