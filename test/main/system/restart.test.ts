import { describe, expect, it } from 'vitest'
import { restartCommandFor } from '../../../main/cli/restart-command'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { isElevated } from '../../../main/system/elevation'
import {
  registerRelaunch,
  relaunchCommandLine,
  RUNONCE_KEY,
  RUNONCE_VALUE,
  unregisterRelaunch,
} from '../../../main/system/relaunch'
import {
  cancelRestartCommand,
  restartCommand,
  restartNowCommand,
} from '../../../main/system/restart'
import {
  bootTime,
  readWizardState,
  restartStillNeeded,
  writeWizardState,
} from '../../../main/system/wizard-state'
import { scratchDir } from '../../helpers/demo'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

describe('restart commands (built, not run)', () => {
  it('restart in N minutes names the product and gives a reason', () => {
    expect(restartCommand(5)).toEqual({
      file: 'shutdown.exe',
      args: [
        '/r',
        '/t',
        '300',
        '/c',
        'Mailflow TLS Wizard: restart so that the new TLS settings (Schannel, .NET) take effect.',
        '/d',
        'p:4:2',
      ],
    })
    expect(restartNowCommand().args.slice(0, 3)).toEqual(['/r', '/t', '0'])
    expect(cancelRestartCommand()).toEqual({ file: 'shutdown.exe', args: ['/a'] })
  })

  it('rejects delays that are not whole minutes within a week', () => {
    for (const bad of [0, -1, 1.5, 10081, Number.NaN])
      expect(() => restartCommand(bad)).toThrow(/whole number of minutes from 1 to 10080/)
    expect(() => restartCommandFor({ in: '5m' })).toThrow(/whole number of minutes/)
    expect(() => restartCommandFor({ now: true, cancel: true })).toThrow(/exactly one/)
    expect(restartCommandFor({ in: '15' }).args[2]).toBe('900')
  })

  it('RunOnce relaunch: quoted command lines, registered and removed through the store', async () => {
    expect(
      relaunchCommandLine('C:\\Program Files\\Mailflow TLS Wizard\\Mailflow TLS Wizard.exe'),
    ).toBe('"C:\\Program Files\\Mailflow TLS Wizard\\Mailflow TLS Wizard.exe" --verify')
    expect(relaunchCommandLine('C:\\nodejs\\node.exe', 'C:\\tools\\tlswizard.cjs')).toBe(
      '"C:\\nodejs\\node.exe" "C:\\tools\\tlswizard.cjs" verify',
    )
    expect(() => relaunchCommandLine('relative.exe')).toThrow(/cannot register/)
    expect(() => relaunchCommandLine('C:\\a"b.exe')).toThrow(/cannot register/)
    const store = new RegFileStore(new RegistryTree(), 'mem')
    await registerRelaunch(store, '"C:\\x.exe" --verify')
    expect(store.tree.getValue(RUNONCE_KEY, RUNONCE_VALUE)).toEqual({
      type: 'REG_SZ',
      data: '"C:\\x.exe" --verify',
    })
    await unregisterRelaunch(store)
    expect(store.tree.getValue(RUNONCE_KEY, RUNONCE_VALUE)).toBeUndefined()
  })
})

describe('state file and elevation', () => {
  it('remembers a Schannel change until the machine has restarted after it', async () => {
    const dir = await scratchDir()
    expect(await readWizardState(dir)).toEqual({})
    await writeWizardState(dir, {
      schannelChangedAt: '2026-11-22T10:00:00.000Z',
      backupFile: 'b.reg',
    })
    const state = await readWizardState(dir)
    expect(restartStillNeeded(state, new Date('2026-11-22T09:00:00Z'))).toBe(true)
    expect(restartStillNeeded(state, new Date('2026-11-22T11:00:00Z'))).toBe(false)
    expect(bootTime(1_000_000, 100).getTime()).toBe(900_000)
    await writeFile(path.join(dir, 'state.json'), '{"schannelChangedAt": 5')
    await expect(readWizardState(dir)).rejects.toThrow(/state.json is damaged/)
  })

  it('elevation: "net session" succeeding means elevated; not a question off Windows', async () => {
    const calls: string[] = []
    expect(await isElevated('win32', async (f, a) => (calls.push(`${f} ${a.join(' ')}`), 0))).toBe(
      true,
    )
    expect(await isElevated('win32', async () => 2)).toBe(false)
    expect(await isElevated('linux', async () => 0)).toBeNull()
    expect(calls).toEqual(['net.exe session'])
  })
})
