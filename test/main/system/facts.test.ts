import { describe, expect, it } from 'vitest'
import { demoFile } from '../../../main/demo/demos'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { parseRegText } from '../../../main/registry/reg-file'
import { FACT_KEYS, gatherFacts } from '../../../main/system/facts'
import { regLines } from '../../helpers/reg'

async function demoFacts(name: string) {
  return gatherFacts(await RegFileStore.open(demoFile(name) as string))
}

describe('gatherFacts', () => {
  it('reads Windows, Exchange, names, Schannel and cipher order from a 2012 R2 export', async () => {
    const f = await demoFacts('2012r2-ex2016')
    expect(f.os).toEqual({
      productName: 'Windows Server 2012 R2 Standard',
      currentBuild: 9600,
      ubr: 20778,
      displayVersion: undefined,
    })
    expect(f.computerName).toBe('EX2016')
    expect(f.fqdn).toBe('ex2016.contoso.local')
    expect(f.exchange).toEqual({
      major: 15,
      minor: 1,
      build: 845,
      revision: 34,
      installPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\',
      edgeRole: false,
      roles: [],
    })
    expect(f.seen).toEqual({
      software: true,
      dotnet: true,
      exchange: true,
      schannel: true,
      cipherLocal: true,
      restartMarkers: true,
    })
    expect(f.controlSet).toMatchObject({
      used: 'CurrentControlSet',
      how: 'current',
      differences: [],
    })
    expect(f.schannel['TLS 1.2']).toEqual({
      client: { enabled: undefined, disabledByDefault: undefined },
      server: { enabled: 0, disabledByDefault: undefined },
    })
    expect(f.cipherSuites.local?.[0]).toBe('TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384')
    expect(f.wrongTypes).toEqual([])
  })

  it('reads Exchange 2010 from the v14 key and pending file renames', async () => {
    const f = await demoFacts('2008r2-ex2010')
    expect(f.exchange?.major).toBe(14)
    expect(f.os.currentBuild).toBe(7601)
    expect(f.pendingRestart.fileRenameOperations).toBe(true)
  })

  it('records values of the wrong type instead of trusting them', async () => {
    const tree = parseRegText(
      regLines(
        'Windows Registry Editor Version 5.00',
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server]',
        '"Enabled"="1"',
        '"DisabledByDefault"=dword:00000000',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002]',
        '"Functions"="TLS_A, TLS_B"',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\EdgeTransportRole]',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup]',
        '"MsiProductMajor"=dword:0000000f',
        '"MsiProductMinor"=dword:00000002',
      ),
    )
    const f = await gatherFacts(new RegFileStore(tree, 'x'))
    expect(f.schannel['TLS 1.2'].server).toEqual({ enabled: undefined, disabledByDefault: 0 })
    expect(f.wrongTypes).toEqual([
      {
        key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
        value: 'Enabled',
        type: 'REG_SZ',
      },
    ])
    expect(f.cipherSuites.policy).toEqual(['TLS_A', 'TLS_B'])
    expect(f.exchange).toMatchObject({ major: 15, minor: 2, build: 0, edgeRole: true })
  })
})

/** A store over `.reg` lines that counts its batched reads. */
function store(...lines: string[]) {
  const inner = new RegFileStore(
    parseRegText(regLines('Windows Registry Editor Version 5.00', '', ...lines, '')),
    'x',
  )
  const calls: number[] = []
  const counting = Object.assign(Object.create(inner) as RegFileStore, {
    readKeys: (paths: readonly string[]) => (calls.push(paths.length), inner.readKeys(paths)),
  })
  return { store: counting, calls }
}

const PROTOCOLS = (cs: string) =>
  `[HKEY_LOCAL_MACHINE\\SYSTEM\\${cs}\\Control\\SecurityProviders\\SCHANNEL\\Protocols]`
const SCH = (cs: string) => `${PROTOCOLS(cs).slice(0, -1)}\\TLS 1.2\\Server]`

describe('control sets', () => {
  it('CurrentControlSet first: one read, however many control sets', async () => {
    const { store: s, calls } = store(SCH('CurrentControlSet'), '"Enabled"=dword:00000001', '')
    const f = await gatherFacts(s)
    expect(calls).toEqual([FACT_KEYS.length])
    expect(f.controlSet?.used).toBe('CurrentControlSet')
    expect(f.schannel['TLS 1.2'].server.enabled).toBe(1)
  })

  it('an offline hive: the ControlSet00N that Select\\Current names, read in a second batch', async () => {
    const { store: s, calls } = store(
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\Select]',
      '"Current"=dword:00000002',
      '',
      PROTOCOLS('ControlSet001'),
      '',
      SCH('ControlSet001'),
      '"Enabled"=dword:00000001',
      '',
      PROTOCOLS('ControlSet002'),
      '',
      SCH('ControlSet002'),
      '"Enabled"=dword:00000000',
      '',
    )
    const f = await gatherFacts(s)
    expect(calls).toHaveLength(2)
    expect(f.controlSet).toMatchObject({ used: 'ControlSet002', how: 'select', selectCurrent: 2 })
    expect(f.schannel['TLS 1.2'].server.enabled).toBe(0)
    expect(f.seen?.schannel).toBe(true)
  })

  it('a file with only one side section does not show Schannel: the other keys were never exported', async () => {
    // reg export writes every key below the one it exports: Protocols' own section is what shows
    // that a missing TLS 1.2\Client does not exist. Here it is only implied by Server's section.
    const { store: s } = store(SCH('CurrentControlSet'), '"Enabled"=dword:00000001', '')
    const f = await gatherFacts(s)
    expect(f.schannel['TLS 1.2'].server.enabled).toBe(1)
    expect(f.seen?.schannel).toBe(false)
  })

  it('the only control set without Select is taken; two without Select are ambiguous', async () => {
    const one = await gatherFacts(store(SCH('ControlSet001'), '"Enabled"=dword:00000001', '').store)
    expect(one.controlSet).toMatchObject({ used: 'ControlSet001', how: 'only-one' })
    const two = await gatherFacts(
      store(SCH('ControlSet001'), '"Enabled"=dword:00000001', '', SCH('ControlSet002'), '').store,
    )
    expect(two.controlSet).toMatchObject({ used: null, how: 'ambiguous' })
    expect(two.seen?.schannel).toBe(false)
  })

  it('both CurrentControlSet and the selected set: compared where both have the key', async () => {
    const f = await gatherFacts(
      store(
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\Select]',
        '"Current"=dword:00000001',
        '',
        SCH('CurrentControlSet'),
        '"Enabled"=dword:00000001',
        '',
        SCH('ControlSet001'),
        '"Enabled"=dword:00000000',
        '"DisabledByDefault"=dword:00000001',
        '',
      ).store,
    )
    expect(f.controlSet?.comparedWith).toBe('ControlSet001')
    expect(f.controlSet?.differences).toEqual([
      {
        key: 'Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
        value: 'Enabled',
        used: 1,
        other: 0,
      },
      {
        key: 'Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
        value: 'DisabledByDefault',
        used: null,
        other: 1,
      },
    ])
  })
})

describe('what the registry showed', () => {
  it('odd keys below SCHANNEL are read (at most two more batches), with their values', async () => {
    const base =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL'
    const { store: s, calls } = store(
      `[${base}\\Protocols\\TLS 1,2\\ máy khách]`,
      '"bật"=dword:00000001',
      '',
      `[${base}\\Protocols\\TLS 1.2\\Client\\Enabled]`,
      '',
    )
    const f = await gatherFacts(s)
    expect(calls).toHaveLength(3)
    const paths = (f.schannelTree ?? []).map((k) => k.path.slice(base.length + 1))
    expect(paths).toEqual(
      expect.arrayContaining([
        'Protocols\\TLS 1,2',
        'Protocols\\TLS 1,2\\ máy khách',
        'Protocols\\TLS 1.2\\Client\\Enabled',
      ]),
    )
    const vi = f.schannelTree?.find((k) => k.path.endsWith('máy khách'))
    expect(vi?.values).toEqual([{ name: 'bật', type: 'REG_DWORD', data: 1 }])
  })

  it('HKLM\\SOFTWARE, the Schannel key, the local cipher order and the mail services', async () => {
    const f = await gatherFacts(
      store(
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]',
        '"CurrentBuild"="14393"',
        '',
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SMTPSVC]',
        '',
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration\\Local\\SSL\\00010002]',
        '"Functions"="TLS_RSA_WITH_AES_128_CBC_SHA, TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"',
        '',
      ).store,
    )
    // No .NET key and no section above one: whether .NET is set is not shown.
    // Nor whether Windows waits for a restart: none of its markers' keys or their parents is there.
    expect(f.seen).toEqual({
      software: true,
      dotnet: false,
      exchange: false,
      schannel: false,
      cipherLocal: true,
      restartMarkers: false,
    })
    expect(f.mailServices).toEqual({
      SMTPSVC: true,
      MSExchangeTransport: false,
      MSExchangeFrontEndTransport: false,
    })
    // Microsoft's Exchange guidance writes the local list as one REG_SZ.
    expect(f.cipherSuites.local).toEqual([
      'TLS_RSA_WITH_AES_128_CBC_SHA',
      'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
    ])
  })

  it('Exchange roles from the <Name>Role keys', async () => {
    const v15 = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15'
    const f = await gatherFacts(
      store(
        `[${v15}\\MailboxRole]`,
        '',
        `[${v15}\\ClientAccessRole]`,
        '',
        `[${v15}\\Setup]`,
        '"MsiProductMajor"=dword:0000000f',
        '"MsiProductMinor"=dword:00000001',
        '',
      ).store,
    )
    expect(f.exchange?.roles).toEqual(['Mailbox', 'Client Access'])
    expect(f.exchange?.edgeRole).toBe(false)
  })
})
