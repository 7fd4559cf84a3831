import { describe, expect, it } from 'vitest'
import { demoFile } from '../../../main/demo/demos'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { parseRegText } from '../../../main/registry/reg-file'
import { gatherFacts } from '../../../main/system/facts'
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
        '"DisabledByDefault"=dword:0',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002]',
        '"Functions"="TLS_A, TLS_B"',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\EdgeTransportRole]',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup]',
        '"MsiProductMajor"=dword:f',
        '"MsiProductMinor"=dword:2',
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
