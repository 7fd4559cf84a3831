import * as nativeReg from 'native-reg'
import { describe, expect, it } from 'vitest'
import {
  NATIVE_ACCESS,
  NATIVE_HIVES,
  NativeRegStore,
  openNativeRegStore,
  type NativeKey,
  type NativeRegApi,
} from '../../../main/registry/native-reg-store'
import {
  openLiveRegistryStore,
  policyVerdict,
  PROBE_OK,
  scriptHostProblem,
  WSH_SETTINGS,
  type ScriptRun,
  type WshProbes,
} from '../../../main/registry/live-store'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import type { RegValue } from '../../../main/registry/reg-value'
import { RegeditStore } from '../../../main/registry/regedit-store'
import { RegistryError } from '../../../main/registry/registry-store'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { FACT_KEYS, gatherFacts } from '../../../main/system/facts'
import { FakeRegedit } from '../../helpers/fake-regedit'
import { registryStoreContract } from './registry-store-contract'

type FakeKey = { path: string }

const HIVE_BY_NUMBER = new Map(Object.entries(NATIVE_HIVES).map(([name, n]) => [n, name]))
const A = NATIVE_ACCESS

function denied(syscall: string): Error {
  return Object.assign(new Error('Access is denied.'), { errno: 5, syscall })
}

/**
 * native-reg over an in-memory registry, as seen by a 32-bit process on 64-bit Windows: without
 * KEY_WOW64_64KEY, HKLM\SOFTWARE is redirected to Wow6432Node. Values are kept as raw bytes, handles
 * are counted, and the access each call needs is checked, as Windows does.
 */
class FakeNativeReg implements NativeRegApi {
  readonly tree = new RegistryTree()
  readonly opened: Array<{ path: string; access: number }> = []
  readonly handles = new Map<FakeKey, number>()
  failOpen: Error | undefined

  private resolve(hkey: NativeKey, sub: string, access: number): string {
    const base = typeof hkey === 'number' ? HIVE_BY_NUMBER.get(hkey) : (hkey as FakeKey).path
    if (!base) throw new Error(`bad hkey ${String(hkey)}`)
    const full = sub ? `${base}\\${sub}` : base
    if (typeof hkey !== 'number' || access & A.WOW64_64KEY) return full
    return full.replace(
      /^(HKEY_LOCAL_MACHINE\\SOFTWARE)(?!\\Wow6432Node)(?=\\|$)/i,
      '$1\\Wow6432Node',
    )
  }

  private handle(hkey: NativeKey, need: number, syscall: string): string {
    const access = this.handles.get(hkey as FakeKey)
    if (access === undefined) throw new Error(`${syscall} on a closed or unknown handle`)
    if ((access & need) !== need) throw denied(syscall)
    return (hkey as FakeKey).path
  }

  private give(path: string, access: number): FakeKey {
    const key = { path }
    this.handles.set(key, access)
    this.opened.push({ path, access })
    return key
  }

  openKey(hkey: NativeKey, sub: string, access: number): NativeKey | null {
    if (this.failOpen) throw this.failOpen
    const path = this.resolve(hkey, sub, access)
    return this.tree.getKey(path) ? this.give(path, access) : null
  }
  createKey(hkey: NativeKey, sub: string, access: number): NativeKey {
    const path = this.resolve(hkey, sub, access)
    this.tree.ensureKey(path)
    return this.give(path, access)
  }
  enumKeyNames(hkey: NativeKey): string[] {
    const node = this.tree.getKey(this.handle(hkey, A.READ, 'RegEnumKeyExW'))
    return node?.subkeys.map((k) => k.name) ?? []
  }
  enumValueNames(hkey: NativeKey): string[] {
    const node = this.tree.getKey(this.handle(hkey, A.QUERY_VALUE, 'RegEnumValueW'))
    return node?.values.map((v) => v.name) ?? []
  }
  queryValueRaw(hkey: NativeKey, name: string | null): (Uint8Array & { type: number }) | null {
    const v = this.tree.getValue(this.handle(hkey, A.QUERY_VALUE, 'RegQueryValueExW'), name ?? '')
    if (v?.type !== 'REG_RAW') return null
    return Object.assign(Buffer.from(v.data), { type: v.kind })
  }
  setValueRaw(hkey: NativeKey, name: string | null, type: number, data: Buffer): void {
    const path = this.handle(hkey, A.SET_VALUE, 'RegSetValueExW')
    this.tree.setValue(path, name ?? '', {
      type: 'REG_RAW',
      kind: type,
      data: Uint8Array.from(data),
    })
  }
  deleteValue(hkey: NativeKey, name: string | null): boolean {
    return this.tree.deleteValue(this.handle(hkey, A.SET_VALUE, 'RegDeleteValueW'), name ?? '')
  }
  deleteTree(hkey: NativeKey, sub: string | null): boolean {
    const need = A.DELETE | A.ENUMERATE_SUB_KEYS | A.QUERY_VALUE
    const path = this.handle(hkey, need, 'RegDeleteTreeW')
    return this.tree.deleteKey(sub ? `${path}\\${sub}` : path)
  }
  closeKey(hkey: NativeKey | null | undefined): void {
    if (hkey !== null && typeof hkey === 'object' && !this.handles.delete(hkey as FakeKey))
      throw new Error('closed a handle twice')
  }
}

registryStoreContract(
  { describe, it },
  'native-reg adapter (native-reg faked as a 32-bit process)',
  async () => new NativeRegStore(new FakeNativeReg()),
  {
    root: 'HKEY_CURRENT_USER\\Software\\TlsWizardContract',
    machineRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\TlsWizardContract',
  },
)

describe('NativeRegStore', () => {
  it('reads every fact with one open per key, on the 64-bit view, closing every handle', async () => {
    const fake = new FakeNativeReg()
    for (const k of FACT_KEYS) fake.tree.ensureKey(k)
    const dotnet = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'
    const one = { type: 'REG_RAW', kind: 4, data: Uint8Array.from([1, 0, 0, 0]) } as const
    fake.tree.setValue(dotnet, 'SchUseStrongCrypto', one)
    const facts = await gatherFacts(new NativeRegStore(fake))
    expect(facts.dotnet.v4.native.schUseStrongCrypto).toBe(1)
    expect(fake.opened).toHaveLength(FACT_KEYS.length)
    for (const o of fake.opened) expect(o.access & A.WOW64_64KEY).toBe(A.WOW64_64KEY)
    expect(fake.handles.size).toBe(0)
  })

  it('opens every key before writing, so a missing key leaves the registry untouched', async () => {
    const fake = new FakeNativeReg()
    const store = new NativeRegStore(fake)
    await store.createKeys(['HKCU\\Software\\T'])
    await expect(
      store.setValues([
        { key: 'HKCU\\Software\\T', name: 'a', value: { type: 'REG_DWORD', data: 1 } },
        { key: 'HKCU\\Software\\Gone', name: 'b', value: { type: 'REG_DWORD', data: 2 } },
      ]),
    ).rejects.toThrow('the key HKEY_CURRENT_USER\\Software\\Gone does not exist')
    expect(fake.tree.getValue('HKCU\\Software\\T', 'a')).toBeUndefined()
    expect(fake.handles.size).toBe(0)
  })

  it('reports Windows errors with the key and the failing call', async () => {
    const fake = new FakeNativeReg()
    fake.failOpen = denied('RegOpenKeyExW')
    const store = new NativeRegStore(fake)
    await expect(store.readKeys(['HKLM\\SECURITY\\Policy'])).rejects.toThrow(
      new RegistryError(
        'cannot open HKEY_LOCAL_MACHINE\\SECURITY\\Policy: Access is denied. (RegOpenKeyExW, error 5)',
      ),
    )
  })

  it('refuses to delete a root key', async () => {
    await expect(new NativeRegStore(new FakeNativeReg()).deleteKeys(['HKCU'])).rejects.toThrow(
      /refusing to delete the root key HKEY_CURRENT_USER/,
    )
  })

  it('asks for the access rights and root keys native-reg and winreg.h define', () => {
    for (const [name, n] of Object.entries(NATIVE_ACCESS))
      expect(n, name).toBe(nativeReg.Access[name as keyof typeof nativeReg.Access])
    expect(NATIVE_HIVES.HKEY_LOCAL_MACHINE).toBe(nativeReg.HKLM)
    expect(NATIVE_HIVES.HKEY_CURRENT_USER).toBe(nativeReg.HKCU)
    expect(NATIVE_HIVES.HKEY_CURRENT_CONFIG).toBe(nativeReg.HKEY.CURRENT_CONFIG)
    // The real module fits the port's view of it (checked by the compiler).
    const real: NativeRegApi = nativeReg
    expect(typeof real.openKey).toBe('function')
  })

  it('is opened by loading native-reg only on Windows, and says why it cannot', async () => {
    let loads = 0
    const load = async () => {
      loads++
      return new FakeNativeReg()
    }
    await expect(openNativeRegStore(load, 'linux')).rejects.toThrow(
      /Windows registry; this is linux/,
    )
    expect(loads).toBe(0)
    await expect(openNativeRegStore(load, 'win32')).resolves.toBeInstanceOf(NativeRegStore)
    const missing = () => Promise.reject(new Error('The specified module could not be found.'))
    await expect(openNativeRegStore(missing, 'win32')).rejects.toThrow(
      /native-reg could not be loaded: The specified module could not be found/,
    )
  })
})

// openLiveRegistryStore's fallback lands on native-reg; its detection is tested here with probes.
describe('openLiveRegistryStore', () => {
  const settings = (machine?: RegValue, user?: RegValue, ignoreUser?: RegValue) => {
    const t = new RegistryTree()
    if (machine) t.setValue(WSH_SETTINGS.machine, 'Enabled', machine)
    if (user) t.setValue(WSH_SETTINGS.user, 'Enabled', user)
    if (ignoreUser) t.setValue(WSH_SETTINGS.machine, 'IgnoreUserSettings', ignoreUser)
    return new RegFileStore(t, 'memory').readKeys([WSH_SETTINGS.machine, WSH_SETTINGS.user])
  }
  const zero: RegValue = { type: 'REG_DWORD', data: 0 }
  const one: RegValue = { type: 'REG_SZ', data: '1' }
  const ok: ScriptRun = { exitCode: 0, stdout: PROBE_OK, stderr: '', timedOut: false }
  const probes = (over: Partial<WshProbes> = {}): WshProbes & { runs: number } => {
    const p: WshProbes & { runs: number } = {
      runs: 0,
      systemRoot: 'C:\\Windows',
      readSettings: () => settings(),
      exists: async () => true,
      runProbe: async () => (p.runs++, ok),
      ...over,
    }
    return p
  }
  const stores = {
    openRegedit: async () => new RegeditStore(new FakeRegedit()),
    openNativeReg: async () => new NativeRegStore(new FakeNativeReg()),
  }

  it('reads the Enabled policy as the script host does (user wins unless IgnoreUserSettings)', async () => {
    expect(policyVerdict(await settings(zero))).toMatch(/disabled by policy \(HKLM.*Enabled = 0/)
    expect(policyVerdict(await settings(zero, one))).toBeUndefined()
    expect(policyVerdict(await settings(zero, one, one))).toMatch(/\(HKLM/)
    expect(policyVerdict(await settings(undefined, { type: 'REG_SZ', data: '0' }))).toMatch(
      /\(HKCU/,
    )
    expect(policyVerdict(await settings())).toBeUndefined()
  })

  it('finds a missing cscript, a removed VBScript, and a probe run that fails or hangs', async () => {
    const without = (file: string) => probes({ exists: async (f) => !f.endsWith(file) })
    expect(await scriptHostProblem(without('cscript.exe'))).toMatch(/cscript.exe is missing/)
    expect(await scriptHostProblem(without('vbscript.dll'))).toMatch(/VBScript is not installed/)
    const run = (r: Partial<ScriptRun>) => probes({ runProbe: async () => ({ ...ok, ...r }) })
    // Wine's script host: the job fails, nothing is printed, and the exit code is still 0.
    expect(await scriptHostProblem(run({ stdout: '' }))).toBe(
      'a test run of cscript.exe failed (exit code 0)',
    )
    expect(await scriptHostProblem(run({ exitCode: 1, stdout: 'Access is disabled' }))).toMatch(
      /exit code 1: Access is disabled/,
    )
    expect(await scriptHostProblem(run({ timedOut: true }), 5000)).toMatch(/within 5 s/)
    expect(await scriptHostProblem(run({ spawnError: 'spawn ENOENT' }))).toMatch(/ENOENT/)
    const throws = probes({ runProbe: () => Promise.reject(new Error('spawn UNKNOWN')) })
    expect(await scriptHostProblem(throws)).toMatch(/could not be started \(spawn UNKNOWN\)/)
    expect(
      await scriptHostProblem(probes({ readSettings: async () => Promise.reject(new Error()) })),
    ).toBeUndefined()
  })

  it('uses regedit when the script host works, and says nothing', async () => {
    const p = probes()
    const live = await openLiveRegistryStore({ ...stores, probes: p, session: {} })
    expect(live).toEqual({ store: expect.any(RegeditStore) })
    expect(p.runs).toBe(1)
  })

  it('falls back to native-reg, says so once per session, and keeps the reason', async () => {
    const session = {}
    const p = probes({ readSettings: () => settings(zero) })
    const first = await openLiveRegistryStore({ ...stores, probes: p, session })
    expect(first.store.adapter).toBe('native-reg')
    expect(first.notice).toMatch(/disabled by policy.*: reading the registry through native-reg/)
    const second = await openLiveRegistryStore({ ...stores, probes: p, session })
    expect(second.notice).toBeUndefined()
    expect(second.fallbackReason).toBe(first.fallbackReason)
    expect(p.runs).toBe(0)
  })

  it('falls back when regedit cannot open, fails when neither can, obeys a forced adapter', async () => {
    const broken = () => Promise.reject(new Error('scripts were not found'))
    const opts = { probes: probes(), session: {}, openRegedit: broken }
    const viaNative = await openLiveRegistryStore({ ...stores, ...opts })
    expect(viaNative.fallbackReason).toMatch(/regedit could not be opened \(scripts were not found/)
    await expect(
      openLiveRegistryStore({ ...opts, session: {}, openNativeReg: broken }),
    ).rejects.toThrow(/regedit could not be opened.*native-reg failed too/)
    const forced = probes()
    const live = await openLiveRegistryStore({ ...stores, adapter: 'native-reg', probes: forced })
    expect(live.store.adapter).toBe('native-reg')
    expect(forced.runs).toBe(0)
  })
})
