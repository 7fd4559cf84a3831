/**
 * The fix/backup flow on Wine's real registry through native-reg: seed a broken demo server with
 * Wine's `reg import`, plan, apply (backup under the prefix), verify with Wine's `reg export`, roll
 * back from the backup, and put the state back once more with Wine's `reg import` of the backup.
 */
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { describe as Describe, it as It } from 'node:test'
import type { FixPlan, RegistryFixId } from '../../shared/fixes'
import { diagnose } from '../../main/checks/diagnose'
import { applyPlan } from '../../main/fixes/apply'
import { planFixes, readFixState, registryFixesFor } from '../../main/fixes/plan'
import { rollbackFromFile } from '../../main/fixes/rollback'
import { openNativeRegStore, type NativeRegStore } from '../../main/registry/native-reg-store'
import { parseRegBytes, readRegSections } from '../../main/registry/reg-file'
import type { RegistryTree } from '../../main/registry/registry-tree'
import { gatherFacts } from '../../main/system/facts'
import { dotnetKey, SCHANNEL_PROTOCOLS, VIEWS, winhttpKey } from '../../main/system/registry-paths'
import { assertSameTree, regExe, regExport } from './wine-reg-exe'

/** A demo server, values set by hand on top of it (`reg add` arguments), and the fixes it needs. */
export interface FixFlowCase {
  name: string
  demo: string
  seed?: string[][]
  fixes: RegistryFixId[]
}

const HKLM_SOFTWARE = ['HKLM\\SOFTWARE', 'HKLM\\SOFTWARE\\Wow6432Node']
// The keys the flow may touch, exported whole: a change anywhere below them shows up in the diff.
const EXPORTED = [
  SCHANNEL_PROTOCOLS,
  ...HKLM_SOFTWARE.map((s) => `${s}\\Microsoft\\.NETFramework`),
  ...HKLM_SOFTWARE.map((s) => `${s}\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`),
]
// What the fixes write into, and Exchange (its version decides the .NET 3.5 fix), removed before
// each demo server is imported so that no earlier run or demo leaks in; the parents above stay, as
// every Windows has them.
const RESET = [
  ...(['v4', 'v2'] as const).flatMap((v) => VIEWS.map((view) => dotnetKey(v, view))),
  ...VIEWS.map(winhttpKey),
  'HKLM\\SOFTWARE\\Microsoft\\ExchangeServer',
]
// .NET 4 is on every Exchange server; a fresh prefix lacks it.
const SEEDED = VIEWS.map((view) => dotnetKey('v4', view))

const dword = (data: number) => ({ type: 'REG_DWORD', data }) as const

/** The tree `before` becomes when exactly `plan` is applied. */
function applied(before: RegistryTree, plan: FixPlan): RegistryTree {
  const tree = before.clone()
  for (const k of plan.createKeys) tree.ensureKey(k)
  for (const c of plan.changes) tree.setValue(c.key, c.value, dword(c.after))
  return tree
}

/** Registers the flow for each case; `out` keeps the exports and backups, `times` the figures. */
export function fixFlowTests(
  t: { describe: typeof Describe; it: typeof It },
  cases: readonly FixFlowCase[],
  demoDir: string,
  out: string,
  times: Record<string, number>,
): void {
  for (const c of cases) {
    t.describe(`fix flow on Wine's registry: ${c.name}`, () => {
      let store: NativeRegStore
      let before: RegistryTree
      let plan: FixPlan
      let build: number | undefined
      let backupDir: string
      let backup: string
      let started: number
      const file = (name: string) => path.win32.join(out, `fix-${c.name}-${name}.reg`)
      const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5))

      t.it(
        `seeds the broken server with reg.exe import and plans ${c.fixes.join(', ')}`,
        async () => {
          started = performance.now()
          store = await openNativeRegStore()
          await store.deleteKeys([...RESET, `${SCHANNEL_PROTOCOLS}\\TLS 1.2`])
          const left = await store.readKeys(RESET)
          for (const k of RESET) assert.equal(left.key(k).exists, false, `${k} survived the reset`)
          for (const k of [...EXPORTED, ...SEEDED]) regExe('add', k, '/f')
          regExe('import', path.win32.join(demoDir, `${c.demo}.reg`))
          for (const args of c.seed ?? []) regExe('add', ...args, '/f')
          before = regExport(EXPORTED, file('before'))
          assert.ok(before.getKey(SEEDED[0] as string), '.NET 4 is seeded')

          const d = diagnose(await gatherFacts(store), {
            tool: { name: 'wine-stage', version: '0' },
            source: { kind: 'live', adapter: store.adapter, location: store.location },
            now,
          })
          const fixes = registryFixesFor(d.findings)
          assert.deepEqual(fixes, c.fixes, 'the fixes the diagnosis asks for')
          build = d.machine.os.build ?? undefined
          plan = planFixes(await readFixState(store), fixes, build)
          assert.ok(plan.changes.length > 0, 'the plan changes something')
          backupDir = mkdtempSync(path.win32.join(tmpdir(), 'tlsw-fix-'))
        },
      )

      t.it('applyPlan writes exactly the plan, as reg.exe export shows, and backs up', async () => {
        const result = await applyPlan(store, plan, { dir: backupDir, host: 'WINE', now })
        assert.equal(result.status, 'applied', JSON.stringify(result))
        assert.ok(
          result.results.every((r) => r.ok),
          JSON.stringify(result.results),
        )
        const after = regExport(EXPORTED, file('applied'))
        for (const ch of plan.changes)
          assert.deepEqual(
            after.getValue(ch.key, ch.value),
            dword(ch.after),
            `${ch.key}\\${ch.value}`,
          )
        assertSameTree(after, applied(before, plan), 'reg.exe export after applyPlan vs the plan')
        const again = planFixes(await readFixState(store), c.fixes, build)
        assert.deepEqual(again.changes, [], 'after applying, nothing is left to plan')

        backup = result.backupFile as string
        assert.ok(backup.startsWith(backupDir), `backup ${backup} is in ${backupDir}`)
        copyFileSync(backup, file('backup'))
        const bytes = readFileSync(backup)
        assert.equal(parseRegBytes(bytes, backup).encoding, 'utf-16le')
      })

      t.it('rollbackFromFile puts back the state before, as reg.exe export shows', async () => {
        const rb = await rollbackFromFile(store, backup)
        assert.deepEqual(rb.mismatches, [], 'rollbackFromFile reads back what the backup says')
        assertSameTree(regExport(EXPORTED, file('rolled-back')), before, 'after rollbackFromFile')
      })

      t.it(
        "after a second apply, Wine's reg import of the backup puts back the state before",
        async () => {
          const replanned = planFixes(await readFixState(store), c.fixes, build)
          assert.deepEqual(replanned, plan, 'after the rollback, the same plan again')
          const later = new Date(now.getTime() + 60_000)
          const result = await applyPlan(store, plan, { dir: backupDir, host: 'WINE', now: later })
          assert.equal(result.status, 'applied', JSON.stringify(result))
          assertSameTree(
            regExport(EXPORTED, file('reapplied')),
            applied(before, plan),
            'second apply',
          )
          const second = result.backupFile as string
          assert.deepEqual(
            await readRegSections(second),
            await readRegSections(backup),
            'the second backup holds the same sections as the first',
          )
          regExe('import', second)
          assertSameTree(regExport(EXPORTED, file('reg-imported')), before, 'after reg.exe import')
          times[c.name] = performance.now() - started
          rmSync(backupDir, { recursive: true, force: true })
        },
      )
    })
  }
}

const tls12 = (side: string) => `${SCHANNEL_PROTOCOLS}\\TLS 1.2\\${side}`
const ALL_FIXES: RegistryFixId[] = [
  'schannel-tls12-enable',
  'dotnet-v4-strong-crypto',
  'dotnet-v2-strong-crypto',
  'winhttp-tls12',
]

/** The servers the stage runs the flow on, with every fix and every kind of "before" between them. */
export const FIX_FLOW_CASES: readonly FixFlowCase[] = [
  // An existing value to put back (TLS 1.2\Server Enabled=0); one key to create under TLS 1.2.
  {
    name: '2012r2-ex2016',
    demo: '2012r2-ex2016',
    fixes: ['schannel-tls12-enable', 'dotnet-v4-strong-crypto'],
  },
  // Every fix, both views, TLS 1.2 itself created (the backup deletes it), WinHTTP bits added.
  { name: '2008r2-ex2010', demo: '2008r2-ex2010', fixes: ALL_FIXES },
  // Earlier hand edits: values of the wrong type (the backup must put the type back too), a switch
  // set to 0, and WinHTTP masks whose other bits (the top one included) must survive.
  {
    name: '2008r2-ex2010-hand-edited',
    demo: '2008r2-ex2010',
    seed: [
      [tls12('Client'), '/v', 'Enabled', '/t', 'REG_SZ', '/d', '1'],
      [tls12('Server'), '/v', 'DisabledByDefault', '/t', 'REG_QWORD', '/d', '0x1'],
      [dotnetKey('v4', 'native'), '/v', 'SchUseStrongCrypto', '/t', 'REG_DWORD', '/d', '0'],
      [winhttpKey('native'), '/v', 'DefaultSecureProtocols', '/t', 'REG_DWORD', '/d', '0x2a0'],
      [
        winhttpKey('wow6432'),
        '/v',
        'DefaultSecureProtocols',
        '/t',
        'REG_DWORD',
        '/d',
        '0x80000200',
      ],
    ],
    fixes: ALL_FIXES,
  },
]
