import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { RegFormatError } from '../../../main/registry/reg-format-error'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { regLines, utf16File } from '../../helpers/reg'
import { registryStoreContract } from './registry-store-contract'

registryStoreContract(
  { describe, it },
  '.reg file adapter',
  async () => new RegFileStore(new RegistryTree(), 'memory'),
  {
    root: 'HKEY_CURRENT_USER\\Software\\TlsWizardContract',
    machineRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\TlsWizardContract',
  },
)

describe('RegFileStore on disk', () => {
  it('opens a reg export file and saves a copy without overwriting anything', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tlsw-'))
    const file = path.join(dir, 'in.reg')
    await writeFile(
      file,
      utf16File(
        regLines(
          'Windows Registry Editor Version 5.00',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
          '"a"=dword:00000001',
          '',
        ),
      ),
    )
    const store = await RegFileStore.open(file)
    expect((await store.readKeys(['HKLM\\SOFTWARE\\T'])).value('HKLM\\SOFTWARE\\T', 'a')).toEqual({
      type: 'REG_DWORD',
      data: 1,
    })
    await expect(store.saveAs(file)).rejects.toThrow(/already exists/)
    await store.saveAs(path.join(dir, 'out.reg'))
    expect(await readFile(path.join(dir, 'out.reg'))).toEqual(await readFile(file))
  })

  it('reports a missing file and a folder clearly', async () => {
    await expect(RegFileStore.open('/nonexistent/x.reg')).rejects.toThrow(
      new RegFormatError('/nonexistent/x.reg', null, 'cannot open: no such file'),
    )
    await expect(RegFileStore.open(tmpdir())).rejects.toThrow(/this is a folder/)
  })
})
