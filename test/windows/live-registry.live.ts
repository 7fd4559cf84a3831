/**
 * The RegistryStore contract on the live Windows registry with both Windows adapters, the real
 * Schannel TLS 1.2 Client key (windows.yml backs it up and restores it), and the script host check.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLiveRegistryStore, systemProbes, WSH_SETTINGS } from '../../main/registry/live-store'
import { openNativeRegStore } from '../../main/registry/native-reg-store'
import { RegistrySnapshot, type RegistryStore } from '../../main/registry/registry-store'
import { openRegeditStore } from '../../main/registry/regedit-store'
import { shortKeyPath } from '../../main/registry/reg-path'
import { gatherFacts } from '../../main/system/facts'
import { schannelKey } from '../../main/system/registry-paths'
import {
  contractRoots,
  registryStoreContract,
  type ContractOptions,
} from '../main/registry/registry-store-contract'

if (process.platform !== 'win32')
  throw new Error(
    'the live registry suite needs Windows (it runs in .github/workflows/windows.yml)',
  )

const regeditDir = path.join(process.cwd(), 'node_modules', 'regedit')
const adapters: Array<[string, () => Promise<RegistryStore>, boolean]> = [
  ['regedit', () => openRegeditStore(undefined, regeditDir), false],
  ['native-reg', () => openNativeRegStore(), true],
]

// reg.exe, not an adapter under test, wipes the throwaway keys.
function regDelete(key: string): void {
  try {
    execFileSync('reg.exe', ['delete', shortKeyPath(key), '/f', '/reg:64'], { stdio: 'ignore' })
  } catch {
    // exit code 1: the key was not there
  }
}

function regQuery(key: string): string | undefined {
  try {
    return execFileSync('reg.exe', ['query', key], { encoding: 'utf8' })
  } catch {
    return undefined
  }
}

const everyRoot: string[] = []
afterAll(() => everyRoot.forEach(regDelete))

for (const [name, open, everyType] of adapters) {
  const opts: ContractOptions = {
    root: `HKEY_CURRENT_USER\\Software\\TlsWizardLive-${name}`,
    machineRoot: `HKEY_LOCAL_MACHINE\\SOFTWARE\\TlsWizardLive-${name}`,
    everyType,
  }
  everyRoot.push(...contractRoots(opts))
  const fresh = async () => {
    contractRoots(opts).forEach(regDelete)
    return open()
  }
  registryStoreContract({ describe, it }, `${name} on the live registry`, fresh, opts)

  describe(`${name} on the real Schannel key`, () => {
    it('writes TLS 1.2 Client Enabled=1 / DisabledByDefault=0, as reg.exe and the facts see', async () => {
      const store = await open()
      const key = schannelKey('TLS 1.2', 'client')
      await store.createKeys([key])
      await store.setValues([
        { key, name: 'Enabled', value: { type: 'REG_DWORD', data: 1 } },
        { key, name: 'DisabledByDefault', value: { type: 'REG_DWORD', data: 0 } },
      ])
      const seen = execFileSync('reg.exe', ['query', shortKeyPath(key), '/reg:64'], {
        encoding: 'utf8',
      })
      expect(seen).toMatch(/Enabled\s+REG_DWORD\s+0x1\b/)
      expect(seen).toMatch(/DisabledByDefault\s+REG_DWORD\s+0x0\b/)
      const facts = await gatherFacts(store)
      expect(facts.schannel['TLS 1.2'].client).toEqual({ enabled: 1, disabledByDefault: 0 })
    })
  })
}

describe('script host check on a real Windows', () => {
  it('keeps regedit when the script host works', async () => {
    const live = await openLiveRegistryStore({ session: {} })
    expect(live.fallbackReason).toBeUndefined()
    expect(live.store.adapter).toBe('regedit')
  })

  it('falls back when WSH is disabled for the user, found by the policy and by a real cscript run', async () => {
    const key = shortKeyPath(WSH_SETTINGS.user)
    const before = regQuery(key)
    expect(before ?? '', 'the runner already has a WSH Enabled setting').not.toMatch(/\bEnabled\b/)
    execFileSync('reg.exe', ['add', key, '/v', 'Enabled', '/t', 'REG_SZ', '/d', '0', '/f'])
    try {
      const byPolicy = await openLiveRegistryStore({ session: {} })
      expect(byPolicy.store.adapter).toBe('native-reg')
      expect(byPolicy.notice).toMatch(/disabled by policy \(HKCU/)
      // Blind to the policy, the probe run itself must notice.
      const probes = { ...systemProbes(), readSettings: async () => new RegistrySnapshot() }
      const byRun = await openLiveRegistryStore({ session: {}, probes })
      expect(byRun.store.adapter).toBe('native-reg')
      expect(byRun.fallbackReason).toMatch(/test run of cscript.exe failed/)
    } finally {
      if (before === undefined) regDelete(key)
      else execFileSync('reg.exe', ['delete', key, '/v', 'Enabled', '/f'])
    }
  })
})
