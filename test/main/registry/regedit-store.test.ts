import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gatherFacts, FACT_KEYS } from '../../../main/system/facts'
import {
  openRegeditStore,
  RegeditStore,
  regeditVbsDirectory,
  type RegeditModule,
} from '../../../main/registry/regedit-store'
import { FakeRegedit } from '../../helpers/fake-regedit'
import { registryStoreContract } from './registry-store-contract'

registryStoreContract(
  { describe, it },
  'regedit adapter (regedit mocked)',
  async () => new RegeditStore(new FakeRegedit()),
  {
    root: 'HKEY_CURRENT_USER\\Software\\TlsWizardContract',
    machineRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\TlsWizardContract',
    // regedit cannot write REG_NONE, other type codes, QWORDs above 2^53 or typed defaults.
    everyType: false,
  },
)

describe('RegeditStore', () => {
  it('reads every fact in one script-host run, on the 64-bit view, with short hive names', async () => {
    const fake = new FakeRegedit()
    await gatherFacts(new RegeditStore(fake))
    expect(fake.calls).toHaveLength(1)
    const [call] = fake.calls
    expect(call?.op).toBe('list')
    expect(call?.arch).toBe('64')
    expect(call?.arg).toHaveLength(FACT_KEYS.length)
    for (const k of call?.arg as string[]) expect(k).toMatch(/^HKLM\\/)
  })

  it('creates keys before putting values, one run per batch', async () => {
    const fake = new FakeRegedit()
    const store = new RegeditStore(fake)
    const key =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client'
    await store.createKeys([key])
    await store.setValues([
      { key, name: 'Enabled', value: { type: 'REG_DWORD', data: 1 } },
      { key, name: 'DisabledByDefault', value: { type: 'REG_DWORD', data: 0 } },
    ])
    expect(fake.calls.map((c) => c.op)).toEqual(['createKey', 'putValue'])
    expect(fake.calls[1]?.arg).toEqual({
      [key.replace('HKEY_LOCAL_MACHINE', 'HKLM')]: {
        Enabled: { type: 'REG_DWORD', value: 1 },
        DisabledByDefault: { type: 'REG_DWORD', value: 0 },
      },
    })
  })

  it('refuses values regedit would corrupt, before starting the script host', async () => {
    const fake = new FakeRegedit()
    const store = new RegeditStore(fake)
    const key = 'HKCU\\Software\\T'
    await expect(
      store.setValues([{ key, name: 'm', value: { type: 'REG_MULTI_SZ', data: ['a,b'] } }]),
    ).rejects.toThrow(/comma/)
    await expect(
      store.setValues([{ key, name: 'q', value: { type: 'REG_QWORD', data: 2n ** 60n } }]),
    ).rejects.toThrow(/2\^53/)
    await expect(
      store.setValues([{ key, name: 'n', value: { type: 'REG_NONE', data: new Uint8Array(0) } }]),
    ).rejects.toThrow(/REG_NONE/)
    await expect(
      store.setValues([{ key, name: '', value: { type: 'REG_DWORD', data: 1 } }]),
    ).rejects.toThrow(/default value/)
    expect(fake.calls).toEqual([])
  })

  it('rejects an answer that is not what regedit promises', async () => {
    const fake = new FakeRegedit()
    fake.list = async (keys) =>
      Object.fromEntries(
        keys.map((k) => [
          k,
          { exists: true, keys: [], values: { Enabled: { type: 'REG_DWORD', value: 'one' } } },
        ]),
      )
    await expect(new RegeditStore(fake).readKeys(['HKLM\\X'])).rejects.toThrow(
      /unexpected REG_DWORD for HKLM\\X\\Enabled/,
    )
  })
})

describe('regedit scripts folder', () => {
  const asarDir = path.join(
    'C:',
    'Program Files',
    'Mailflow TLS Wizard',
    'resources',
    'app.asar',
    'node_modules',
    'regedit',
  )

  it('points into app.asar.unpacked when packaged, and is left alone otherwise', () => {
    expect(regeditVbsDirectory(asarDir)).toBe(
      path.join(
        'C:',
        'Program Files',
        'Mailflow TLS Wizard',
        'resources',
        'app.asar.unpacked',
        'node_modules',
        'regedit',
        'vbs',
      ),
    )
    expect(regeditVbsDirectory(path.join('/opt', 'x', 'node_modules', 'regedit'))).toBeUndefined()
  })

  it('checks what setExternalVBSLocation answers', async () => {
    const seen: string[] = []
    const mod = (answer: string): RegeditModule => ({
      promisified: new FakeRegedit(),
      setExternalVBSLocation: (p) => {
        seen.push(p)
        return answer
      },
    })
    await expect(openRegeditStore(async () => mod('Folder not found'), asarDir)).rejects.toThrow(
      /scripts were not found.*Folder not found/,
    )
    await expect(
      openRegeditStore(async () => mod('Folder found and set'), asarDir),
    ).resolves.toBeInstanceOf(RegeditStore)
    expect(seen[0]).toContain('app.asar.unpacked')
    // Outside an asar archive regedit finds its scripts itself: the switch is not touched.
    await openRegeditStore(async () => mod('Folder not found'), '/opt/x/node_modules/regedit')
    expect(seen).toHaveLength(2)
  })
})
