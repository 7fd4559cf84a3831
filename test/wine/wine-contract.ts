/**
 * The Wine stage's tests, run by Windows node.exe under Wine with node:test (bundled and started by
 * .ci/wine-stage.sh): the RegistryStore contract against native-reg on Wine's real registry, Wine's
 * `reg.exe export` read back with our codec, facts read live against the same demo server read from
 * its file, the batch-read benchmark, and the fix/backup flow on demo servers (wine-fix-flow.ts).
 * Results go to TLSWIZARD_WINE_OUT as JSON.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { openLiveRegistryStore } from '../../main/registry/live-store'
import { openNativeRegStore } from '../../main/registry/native-reg-store'
import { parseRegText, readRegFile } from '../../main/registry/reg-file'
import { RegFileStore } from '../../main/registry/reg-file-store'
import { shortKeyPath } from '../../main/registry/reg-path'
import type { RegistrySnapshot, RegistryStore } from '../../main/registry/registry-store'
import { FACT_KEYS, gatherFacts } from '../../main/system/facts'
import {
  CONTRACT_EXTRA_VALUES,
  CONTRACT_VALUES,
  contractRoots,
  registryStoreContract,
  type ContractOptions,
} from '../main/registry/registry-store-contract'
import { FIX_FLOW_CASES, fixFlowTests } from './wine-fix-flow'

const out = process.env.TLSWIZARD_WINE_OUT
const demo = process.env.TLSWIZARD_WINE_DEMO
if (!out || !demo) throw new Error('set TLSWIZARD_WINE_OUT and TLSWIZARD_WINE_DEMO (Windows paths)')
const results: Record<string, unknown> = { node: process.version, arch: process.arch }

const opts: ContractOptions = {
  root: 'HKEY_CURRENT_USER\\Software\\TlsWizardWineContract',
  machineRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\TlsWizardWineContract',
}

async function fresh(): Promise<RegistryStore> {
  const store = await openNativeRegStore()
  await store.deleteKeys(contractRoots(opts))
  return store
}

const started = performance.now()
registryStoreContract({ describe, it }, "native-reg on Wine's registry", fresh, opts)

describe("Wine's reg.exe agrees with the adapter", () => {
  it('reg.exe export of what the adapter wrote parses with our codec to the same values', async () => {
    const store = await fresh()
    const key = `${opts.root}\\Export`
    // Left out, with what Wine 8 does to them: reg.exe exports a 3-byte REG_DWORD as dword:ff030201
    // (it reads past the data), and a lone surrogate as raw text, which our codec refuses as invalid
    // UTF-16 (so would a real reg.exe export be).
    const malformed = new Set(['dword-short', 'sz-lone-surrogate'])
    const all = [...CONTRACT_VALUES, ...CONTRACT_EXTRA_VALUES].filter(([n]) => !malformed.has(n))
    await store.createKeys([`${key}\\Sub`])
    await store.setValues(all.map(([name, value]) => ({ key, name, value })))
    const file = path.win32.join(out, 'reg-export.reg')
    execFileSync('reg.exe', ['export', shortKeyPath(key), file, '/y'], {
      stdio: 'ignore',
      timeout: 30_000,
    })
    const exported = await readRegFile(file)
    assert.equal(exported.format, 'v5')
    assert.equal(exported.encoding, 'utf-16le')
    for (const [name, value] of all)
      assert.deepEqual(exported.tree.getValue(key, name), value, `reg.exe export: "${name}"`)
    assert.deepEqual(parseRegText(await store.exportKeys([key])).diff(exported.tree), [])
  })
})

describe('facts on Wine after reg import of a demo server', () => {
  it('are the facts the .reg file adapter reads from the same file, plus the ExSetup.exe version', async () => {
    // A real PE with a version resource where the demo's Exchange lives: this node.exe.
    const exsetup = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\ExSetup.exe'
    mkdirSync(path.win32.dirname(exsetup), { recursive: true })
    copyFileSync(process.execPath, exsetup)
    const live = await gatherFacts(await openNativeRegStore())
    const file = await gatherFacts(await RegFileStore.open(demo))
    // Wine's own values fill in what the demo export leaves out; these the demo sets in full.
    for (const part of ['schannel', 'dotnet', 'winhttp', 'cipherSuites'] as const)
      assert.deepEqual(live[part], file[part], part)
    // Live, the file version is read from the PE itself; a .reg file has none.
    const { fileVersion, fileVersionError, ...exchange } = live.exchange ?? {}
    assert.deepEqual(exchange, file.exchange)
    assert.equal(fileVersionError, undefined)
    assert.ok(
      fileVersion?.startsWith(`${process.versions.node}.`),
      `ExSetup.exe version ${fileVersion} is node.exe's ${process.versions.node}`,
    )
  })
})

describe('script host detection on Wine', () => {
  it("finds that regedit cannot work with Wine's script host, and falls back to native-reg", async () => {
    const live = await openLiveRegistryStore({ session: {} })
    results.wshFallback = live.fallbackReason
    assert.equal(live.store.adapter, 'native-reg')
    assert.match(live.notice ?? '', /cscript.*: reading the registry through native-reg/)
  })
})

/** Fails unless `snap` holds every key and value the demo file holds under the fact keys. */
function assertHoldsDemo(snap: RegistrySnapshot, demoSnap: RegistrySnapshot, what: string): void {
  for (const key of FACT_KEYS) {
    const want = demoSnap.key(key)
    if (!want.exists) continue
    assert.ok(snap.key(key).exists, `${what}: ${key} is missing`)
    for (const v of want.values.values())
      assert.deepEqual(snap.value(key, v.name), v.value, `${what}: ${key}\\${v.name}`)
  }
}

describe('benchmark', () => {
  it(`batch read of the ${FACT_KEYS.length} fact keys through native-reg, every read complete`, async () => {
    const store = await openNativeRegStore()
    // A read that came back empty or short would be fast for the wrong reason: each of the timed
    // reads must hold all that the demo server imported above put under the fact keys.
    const demoSnap = await (await RegFileStore.open(demo)).readKeys(FACT_KEYS)
    const held = FACT_KEYS.filter((k) => demoSnap.key(k).exists)
    assert.ok(held.length >= 5, `the demo server holds only ${held.length} fact keys`)
    const times: number[] = []
    for (let i = 0; i < 21; i++) {
      const t = performance.now()
      const snap = await store.readKeys(FACT_KEYS)
      times.push(performance.now() - t)
      assertHoldsDemo(snap, demoSnap, `read ${i + 1}`)
    }
    assert.ok(
      times.every((ms) => Number.isFinite(ms) && ms > 0),
      `read times: ${times.join(', ')}`,
    )
    const first = times.shift() as number
    times.sort((a, b) => a - b)
    results.benchFactKeys = FACT_KEYS.length
    results.benchFactKeysHeld = held.length
    results.benchFirstMs = first
    results.benchMedianMs = times[times.length >> 1]
  })
})

// Last: it resets and reseeds the TLS, .NET, WinHTTP and Exchange keys the facts test reads.
const fixFlowMs: Record<string, number> = {}
results.fixFlowMs = fixFlowMs
results.fixFlowCases = FIX_FLOW_CASES.length
fixFlowTests({ describe, it }, FIX_FLOW_CASES, path.win32.dirname(demo), out, fixFlowMs)

after(async () => {
  await (await openNativeRegStore()).deleteKeys(contractRoots(opts))
  results.suiteMs = performance.now() - started
  writeFileSync(path.win32.join(out, 'results.json'), JSON.stringify(results, null, 2))
})
