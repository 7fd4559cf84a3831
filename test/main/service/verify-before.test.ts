/**
 * The wizard's verify mode and the machine the earlier diagnosis came from: the engine refuses a
 * diagnosis of another machine before the screens or a report compare it, in plain words.
 */
import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { createWizardService, type ServiceOptions } from '../../../main/service/wizard-service'
import { InputError } from '../../../main/input-error'
import { openRegistrySource } from '../../../main/system/registry-source'
import { writeWizardState } from '../../../main/system/wizard-state'
import { diagnoseStore, openDemo, scratchDir } from '../../helpers/demo'

/** The wizard in verify mode on the 2012 R2 demo (or `more.source`'s), with `more`. */
async function verifyWith(more: Partial<ServiceOptions>, outDir?: string) {
  const out = outDir ?? (await scratchDir())
  return createWizardService({
    source: await openRegistrySource({ demo: '2012r2-ex2016' }),
    platform: 'linux',
    outDir: out,
    elevated: null,
    verify: true,
    language: 'en',
    emit: () => {},
    chooseReportFile: async (name) => path.join(out, name),
    chooseReportToOpen: async () => null,
    ...more,
  })
}

/**
 * The wizard in verify mode on `demo`, against the diagnosis of `beforeDemo` saved to a file
 * (`unnamed`: saved without the machine's names).
 */
async function verifyService(demo: string, beforeDemo: string, unnamed = false) {
  const outDir = await scratchDir()
  const beforeFile = path.join(outDir, 'before.json')
  const d = await diagnoseStore(await openDemo(beforeDemo))
  const machine = unnamed ? { ...d.machine, computerName: null, fqdn: null } : d.machine
  await writeFile(beforeFile, JSON.stringify({ ...d, machine }))
  return verifyWith({ source: await openRegistrySource({ demo }), beforeFile }, outDir)
}

describe('wizard verify mode and the machine', () => {
  it('refuses a diagnosis of another machine, naming both, before anything is compared', async () => {
    const api = await verifyService('2019-ex2019', '2012r2-ex2016')
    const summary = api['machine:summary']({})
    await expect(summary).rejects.toBeInstanceOf(InputError)
    await expect(summary).rejects.toThrow(
      /of EX2016 \(ex2016\.contoso\.local\), but the new one is of EX2019 \(ex2019\.contoso\.local\)/,
    )
    await expect(api['report:save']({ format: 'json', redact: false })).rejects.toThrow(
      /different machines/,
    )
  })

  it('opens verify mode with a diagnosis of the same machine', async () => {
    const api = await verifyService('2012r2-ex2016', '2012r2-ex2016')
    const m = await api['machine:summary']({})
    expect(m.verify?.before.machine.computerName).toBe('EX2016')
  })

  it('compares with a diagnosis that does not name its machine, and the report says so', async () => {
    const api = await verifyService('2012r2-ex2016', '2012r2-ex2016', true)
    expect((await api['machine:summary']({})).verify?.before.machine.computerName).toBeNull()
    const decode = async (format: 'html' | 'json') =>
      new TextDecoder().decode((await api.reportDownload(format, false)).bytes)
    expect(JSON.parse(await decode('json')).comparison.machineConfirmed).toBe(false)
    expect(await decode('html')).toContain(
      'Could not confirm that both diagnoses are of the same machine',
    )
  })

  it('a --before file that cannot be read is read again at the next call (Retry, once it is back)', async () => {
    const outDir = await scratchDir()
    const beforeFile = path.join(outDir, 'before.json')
    const api = await verifyWith({ beforeFile }, outDir)
    await expect(api['machine:summary']({})).rejects.toBeInstanceOf(InputError)
    await writeFile(
      beforeFile,
      JSON.stringify(await diagnoseStore(await openDemo('2012r2-ex2016'))),
    )
    expect((await api['machine:summary']({})).verify?.before.machine.computerName).toBe('EX2016')
  })

  it('after its own fix, a before file the wizard kept that is gone: the wizard opens without before and after', async () => {
    const stateDir = await scratchDir()
    await writeWizardState(stateDir, { beforeDiagnosisFile: path.join(stateDir, 'gone.json') })
    const api = await verifyWith({ stateDir })
    const m = await api['machine:summary']({})
    expect(m.verify).toBeNull()
    expect(m.machine.computerName).toBe('EX2016')
  })
})
