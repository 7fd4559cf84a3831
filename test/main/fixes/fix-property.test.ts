import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowListedKeys } from '../../../main/fixes/allow-list'
import { applyPlan } from '../../../main/fixes/apply'
import { planFixes, readFixState, registryFixesFor } from '../../../main/fixes/plan'
import { rollbackFromFile } from '../../../main/fixes/rollback'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { RegistryTree } from '../../../main/registry/registry-tree'
import type { RegValue } from '../../../main/registry/reg-value'
import {
  exchangeSetupKey,
  SCHANNEL_PROTOCOLS,
  schannelKey,
  WINDOWS_VERSION_KEY,
} from '../../../main/system/registry-paths'
import { diagnoseStore, scratchDir } from '../../helpers/demo'

const VALUES: Record<string, string[]> = {
  Client: ['Enabled', 'DisabledByDefault'],
  Server: ['Enabled', 'DisabledByDefault'],
  'v4.0.30319': ['SystemDefaultTlsVersions', 'SchUseStrongCrypto'],
  'v2.0.50727': ['SystemDefaultTlsVersions', 'SchUseStrongCrypto'],
  WinHttp: ['DefaultSecureProtocols'],
}

const someValue: fc.Arbitrary<RegValue | 'missing' | 'no-key'> = fc.oneof(
  fc.constantFrom('missing' as const, 'no-key' as const),
  fc
    .constantFrom(0, 1, 0xffffffff, 0xa0, 0x800)
    .map((data) => ({ type: 'REG_DWORD' as const, data })),
  fc.integer({ min: 0, max: 0xffffffff }).map((data) => ({ type: 'REG_DWORD' as const, data })),
  fc.constant({ type: 'REG_SZ' as const, data: '1' }),
  // Typed by hand as a QWORD: backed up before the fix, so the rollback must restore it.
  fc.constantFrom(0n, 1n).map((data) => ({ type: 'REG_QWORD' as const, data })),
)

const machine = fc.record({
  build: fc.constantFrom(7601, 9200, 9600, 14393, 17763, 20348),
  exchange: fc.constantFrom(undefined, [14, 3, 496, 0], [15, 1, 2507, 6], [15, 2, 1544, 4]),
  fixValues: fc.array(someValue, { minLength: 64, maxLength: 64 }),
  legacy: fc.array(fc.option(fc.constantFrom(0, 1, 0xffffffff), { nil: undefined }), {
    minLength: 8,
    maxLength: 8,
  }),
})

function buildTree(m: typeof machine extends fc.Arbitrary<infer T> ? T : never): RegistryTree {
  const tree = new RegistryTree()
  // Parents every Windows installation has: a fix creates keys below them, never the parents.
  for (const view of ['', 'Wow6432Node\\']) {
    tree.ensureKey(`HKEY_LOCAL_MACHINE\\SOFTWARE\\${view}Microsoft\\.NETFramework`)
    tree.ensureKey(
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\${view}Microsoft\\Windows\\CurrentVersion\\Internet Settings`,
    )
  }
  tree.ensureKey(SCHANNEL_PROTOCOLS)
  tree.setValue(WINDOWS_VERSION_KEY, 'CurrentBuild', { type: 'REG_SZ', data: String(m.build) })
  if (m.exchange) {
    const key = exchangeSetupKey(m.exchange[0] === 14 ? 'v14' : 'v15')
    ;['MsiProductMajor', 'MsiProductMinor', 'MsiBuildMajor', 'MsiBuildMinor'].forEach((n, i) =>
      tree.setValue(key, n, { type: 'REG_DWORD', data: m.exchange![i] as number }),
    )
  }
  let i = 0
  for (const key of allowListedKeys()) {
    const names = VALUES[key.split('\\').pop() as string] ?? []
    for (const name of names) {
      const v = m.fixValues[i++ % m.fixValues.length] as RegValue | 'missing' | 'no-key'
      if (v === 'no-key') continue
      if (v === 'missing') tree.ensureKey(key)
      else tree.setValue(key, name, v)
    }
  }
  ;(['TLS 1.0', 'TLS 1.1'] as const).forEach((ver, n) =>
    (['client', 'server'] as const).forEach((side, s) => {
      const e = m.legacy[n * 4 + s * 2]
      const d = m.legacy[n * 4 + s * 2 + 1]
      if (e !== undefined)
        tree.setValue(schannelKey(ver, side), 'Enabled', { type: 'REG_DWORD', data: e })
      if (d !== undefined)
        tree.setValue(schannelKey(ver, side), 'DisabledByDefault', { type: 'REG_DWORD', data: d })
    }),
  )
  return tree
}

const FIXED_BY_REGISTRY = [
  'tls12-not-enabled',
  'tls12-misconfigured',
  'tls12-half-disabled',
  'dotnet-tls-not-configured',
  'dotnet-v2-tls-not-configured',
  'winhttp-tls12-missing',
]

describe('fixes on random registries (property)', () => {
  it('plan, apply, roll back: identical to the start; apply then diagnose: the fixed findings are gone', async () => {
    const dir = await scratchDir()
    let run = 0
    await fc.assert(
      fc.asyncProperty(machine, async (m) => {
        const store = new RegFileStore(buildTree(m), 'random')
        const original = store.tree.clone()
        const before = await diagnoseStore(store)
        const plan = planFixes(
          await readFixState(store),
          registryFixesFor(before.findings),
          m.build,
        )
        // Nothing in a plan is a no-op (the same DWORD already there), nothing touches TLS 1.0/1.1.
        const state = await readFixState(store)
        for (const c of plan.changes) {
          expect(state.value(c.key, c.value)).not.toEqual({ type: 'REG_DWORD', data: c.after })
          expect(c.key).not.toMatch(/TLS 1\.[01]/)
        }
        const result = await applyPlan(store, plan, {
          dir,
          host: 'h',
          now: new Date(Date.UTC(2026, 0, 1) + run++ * 1000),
        })
        expect(['applied', 'nothing-to-do']).toContain(result.status)
        const after = await diagnoseStore(store)
        const left = after.findings.map((f) => f.id).filter((id) => FIXED_BY_REGISTRY.includes(id))
        expect(left).toEqual([])
        if (result.backupFile) await rollbackFromFile(store, result.backupFile)
        expect(store.tree.diff(original)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
