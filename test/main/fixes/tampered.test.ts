/**
 * The engine writes only what it computes itself: a plan carrying other numbers, a look-alike key,
 * or a backup edited by hand can never make it write or delete more than a fix ever would.
 */
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { channels } from '../../../shared/channels'
import type { FixPlan } from '../../../shared/fixes'
import { FixRefusedError } from '../../../main/fixes/allow-list'
import { applyPlan } from '../../../main/fixes/apply'
import { planFixes, readFixState, registryFixesFor } from '../../../main/fixes/plan'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { cli } from '../../helpers/cli'
import { diagnoseStore, openDemo, scratchDir } from '../../helpers/demo'
import { writeRegExport } from '../../helpers/reg'

const SCHANNEL =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'
const NET4 = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'

async function planned() {
  const store = await openDemo('2012r2-ex2016')
  const original = store.tree.clone()
  const d = await diagnoseStore(store)
  const plan = planFixes(await readFixState(store), registryFixesFor(d.findings), 9600)
  const target = { dir: await scratchDir(), host: 'EX2016', now: new Date(0) }
  return { store, original, plan, target }
}

function withChange(plan: FixPlan, i: number, patch: Partial<FixPlan['changes'][number]>): FixPlan {
  return { ...plan, changes: plan.changes.map((c, k) => (k === i ? { ...c, ...patch } : c)) }
}

describe('a plan that asks for other values than the engine computes', () => {
  it.each([
    ['Enabled', 0],
    ['DisabledByDefault', 1],
    ['SchUseStrongCrypto', 0xffffffff],
    ['SystemDefaultTlsVersions', 0],
  ])('%s=%d is refused and nothing is written', async (value, after) => {
    const { store, original, plan, target } = await planned()
    const i = plan.changes.findIndex((c) => c.value === value)
    expect(i).toBeGreaterThanOrEqual(0)
    await expect(applyPlan(store, withChange(plan, i, { after }), target)).rejects.toThrow(
      FixRefusedError,
    )
    expect(store.tree.diff(original)).toEqual([])
  })

  it('a key spelt with a look-alike letter (KELVIN SIGN) is refused, not folded into a second key', async () => {
    const { store, original, plan, target } = await planned()
    const i = plan.changes.findIndex((c) => c.key.endsWith('v4.0.30319'))
    const key = plan.changes[i]!.key.replace('.NETFramework', '.NETFramewor\u212A')
    await expect(applyPlan(store, withChange(plan, i, { key }), target)).rejects.toThrow(
      /not plain ASCII/,
    )
    expect(store.tree.diff(original)).toEqual([])
  })

  it('the channel takes a plan id only, never plan data', () => {
    const req = channels['fixes:apply'].request
    expect(req.safeParse({ planId: 'c'.repeat(64) }).success).toBe(true)
    expect(req.safeParse({ plan: {} }).success).toBe(false)
    expect(req.safeParse({ planId: 'c'.repeat(64), plan: {} }).success).toBe(false)
    expect(req.safeParse({ planId: 'C'.repeat(64) }).success).toBe(false)
  })
})

/** A snapshot where the .NET and TLS 1.2 keys also hold things no fix ever wrote. */
async function crowdedSnapshot(dir: string): Promise<string> {
  return writeRegExport(
    path.join(dir, 'crowded.reg'),
    `[${NET4}]`,
    '"SchUseStrongCrypto"=dword:00000001',
    '"InstallPath"="C:\\\\Windows\\\\Microsoft.NET\\\\Framework64\\\\v4.0.30319\\\\"',
    '',
    `[${NET4}\\SKUs]`,
    '"Vendor"="kept"',
    '',
    `[${SCHANNEL}\\TLS 1.2]`,
    '"VendorTag"=dword:00000007',
    '',
    `[${SCHANNEL}\\TLS 1.2\\Server]`,
    '"Enabled"=dword:00000001',
    '"DisabledByDefault"=dword:00000000',
    '',
  )
}

async function backupFile(dir: string, ...lines: string[]): Promise<string> {
  return writeRegExport(path.join(dir, 'tls-backup-20260101-000000-EDITED.reg'), ...lines, '')
}

describe('a backup edited by hand', () => {
  it('[-v4.0.30319] removes only the values a fix writes; the key, its other values and subkeys stay', async () => {
    const dir = await scratchDir()
    const snap = await crowdedSnapshot(dir)
    const backup = await backupFile(dir, `[-${NET4}]`, '', `[-${SCHANNEL}\\TLS 1.2]`)
    const out = path.join(dir, 'restored.reg')
    const r = await cli('rollback', backup, '--registry', snap, '--out', out)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain(`Kept ${NET4}`)
    expect(r.out).toContain(`Kept ${SCHANNEL}\\TLS 1.2:`)
    const tree = parseRegBytes(await readFile(out), out).tree
    expect(tree.getKey(NET4)?.values.map((v) => v.name)).toEqual(['InstallPath'])
    expect(tree.getKey(`${NET4}\\SKUs`)).toBeDefined()
    expect(tree.getKey(`${SCHANNEL}\\TLS 1.2`)?.values.map((v) => v.name)).toEqual(['VendorTag'])
    // Server held only values a fix writes: it is gone, as the backup asked.
    expect(tree.getKey(`${SCHANNEL}\\TLS 1.2\\Server`)).toBeUndefined()
  })

  // A value of another type restores as it was (the fix's own backups hold them: rollback-odd-types),
  // but none larger than any value typed there by hand.
  const hex = (n: number) => Array.from({ length: n }, () => '41').join(',')
  it.each([
    ['a string', `"Enabled"="${'x'.repeat(3000)}"`],
    ['a binary', `"Enabled"=hex:${hex(5000)}`],
    ['a multi-string', `"Enabled"=hex(7):${hex(5000)},00,00`],
  ])(
    'writing %s larger than 4 KB into an allowed value is refused before anything is written',
    async (_, line) => {
      const dir = await scratchDir()
      const snap = await crowdedSnapshot(dir)
      const backup = await backupFile(dir, `[${SCHANNEL}\\TLS 1.2\\Server]`, line)
      const r = await cli('rollback', backup, '--registry', snap, '--out', path.join(dir, 'o.reg'))
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/refused to restore .*TLS 1\.2\\Server\\Enabled as a REG_/)
    },
  )

  it('a backup of more than 1 MB is refused unread', async () => {
    const dir = await scratchDir()
    const snap = await crowdedSnapshot(dir)
    const big = `"Enabled"=hex:${Array.from({ length: 400_000 }, () => '41').join(',')}`
    const backup = await backupFile(dir, `[${SCHANNEL}\\TLS 1.2\\Server]`, big)
    const r = await cli('rollback', backup, '--registry', snap, '--out', path.join(dir, 'o.reg'))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/larger than 1 MB/)
  })

  it('/dev/zero and a FIFO are refused at once, not read', async () => {
    const dir = await scratchDir()
    const snap = await crowdedSnapshot(dir)
    const r = await cli(
      'rollback',
      '/dev/zero',
      '--registry',
      snap,
      '--out',
      path.join(dir, 'o.reg'),
    )
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/not a regular file/)
    const rep = await cli('report', '/dev/zero', '--html', path.join(dir, 'o.html'))
    expect(rep.code).toBe(2)
    expect(rep.err).toMatch(/not a regular file/)
    // A FIFO with no writer: opening it must not wait for one.
    const fifo = path.join(dir, 'fifo.json')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const started = Date.now()
    const viaFifo = await cli('report', fifo, '--html', path.join(dir, 'f.html'))
    expect(viaFifo.code).toBe(2)
    expect(viaFifo.err).toMatch(/not a regular file/)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
