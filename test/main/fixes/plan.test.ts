import { describe, expect, it } from 'vitest'
import { planFixes, readFixState, registryFixesFor } from '../../../main/fixes/plan'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { parseRegText } from '../../../main/registry/reg-file'
import { REGISTRY_FIX_IDS } from '../../../shared/fixes'
import { diagnoseStore, openDemo } from '../../helpers/demo'
import { regLines } from '../../helpers/reg'

async function planFor(store: RegFileStore) {
  const d = await diagnoseStore(store)
  return planFixes(
    await readFixState(store),
    registryFixesFor(d.findings),
    d.machine.os.build ?? undefined,
  )
}

const TLS12 =
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2'
const WINHTTP = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp'

describe('planFixes', () => {
  it('2012 R2 + Exchange 2016: TLS 1.2 both sides and .NET v4 in both views, Client key created', async () => {
    const plan = await planFor(await openDemo('2012r2-ex2016'))
    expect(
      plan.changes.map(
        (c) =>
          `${c.key.split('\\').slice(-2).join('\\')}\\${c.value}: ${JSON.stringify(c.before)} -> ${c.after}`,
      ),
    ).toEqual([
      'TLS 1.2\\Client\\Enabled: null -> 1',
      'TLS 1.2\\Client\\DisabledByDefault: null -> 0',
      'TLS 1.2\\Server\\Enabled: 0 -> 1',
      'TLS 1.2\\Server\\DisabledByDefault: null -> 0',
      '.NETFramework\\v4.0.30319\\SystemDefaultTlsVersions: null -> 1',
      '.NETFramework\\v4.0.30319\\SchUseStrongCrypto: null -> 1',
      '.NETFramework\\v4.0.30319\\SystemDefaultTlsVersions: null -> 1',
      '.NETFramework\\v4.0.30319\\SchUseStrongCrypto: null -> 1',
    ])
    expect(plan.createKeys).toEqual([`${TLS12}\\Client`])
    expect(plan.restartNeeded).toBe(true)
  })

  it('a healthy server gets an empty plan', async () => {
    const plan = await planFor(await openDemo('2019-ex2019'))
    expect(plan).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      changes: [],
      createKeys: [],
      restartNeeded: false,
    })
  })

  it('2008 R2 + Exchange 2010: creates TLS 1.2 first, adds .NET v2 and WinHTTP with TLS 1.0/1.1 kept', async () => {
    const plan = await planFor(await openDemo('2008r2-ex2010'))
    expect(plan.createKeys).toEqual([TLS12, `${TLS12}\\Client`, `${TLS12}\\Server`])
    expect(new Set(plan.changes.map((c) => c.fixId))).toEqual(new Set(REGISTRY_FIX_IDS))
    expect(plan.changes.filter((c) => c.key === WINHTTP)).toEqual([
      {
        fixId: 'winhttp-tls12',
        key: WINHTTP,
        value: 'DefaultSecureProtocols',
        before: null,
        after: 0xa80,
      },
    ])
  })

  it('keeps what is already right or on, adds the WinHTTP bit to the bits already there, fixes wrong types', () => {
    const tree = parseRegText(
      regLines(
        'Windows Registry Editor Version 5.00',
        `[${TLS12.replace('HKLM', 'HKEY_LOCAL_MACHINE')}\\Client]`,
        '"Enabled"=dword:ffffffff',
        '"DisabledByDefault"=dword:00000000',
        `[${TLS12.replace('HKLM', 'HKEY_LOCAL_MACHINE')}\\Server]`,
        '"Enabled"="1"',
        '"DisabledByDefault"=dword:00000000',
        `[${WINHTTP.replace('HKLM', 'HKEY_LOCAL_MACHINE')}]`,
        '"DefaultSecureProtocols"=dword:000000a0',
      ),
    )
    return readFixState(new RegFileStore(tree, 'x')).then((snap) => {
      const plan = planFixes(snap, ['schannel-tls12-enable', 'winhttp-tls12'], 9200)
      expect(
        plan.changes.map((c) => [c.key.split('\\').pop(), c.value, c.before, c.after]),
      ).toEqual([
        ['Server', 'Enabled', '1', 1],
        ['WinHttp', 'DefaultSecureProtocols', 0xa0, 0x8a0],
        ['WinHttp', 'DefaultSecureProtocols', null, 0xa80],
      ])
      // WinHTTP is left alone where Windows does not need it.
      expect(planFixes(snap, ['winhttp-tls12'], 9600).changes).toEqual([])
    })
  })
})
