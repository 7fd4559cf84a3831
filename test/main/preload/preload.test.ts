import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../../shared/channels'
import {
  BRIDGE_CHANNELS,
  BRIDGE_FUNCTION_NAMES,
  BRIDGE_GLOBAL,
  bridgeName,
  type TlsWizardBridge,
} from '../../../shared/bridge'

const m = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: m.exposeInMainWorld },
  ipcRenderer: m.ipcRenderer,
}))

let bridge: TlsWizardBridge
beforeAll(async () => {
  await import('../../../main/preload/preload')
  bridge = m.exposeInMainWorld.mock.calls[0]?.[1] as TlsWizardBridge
})

describe('the preload', () => {
  it('exposes one object as window.tlsWizard', () => {
    expect(m.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(m.exposeInMainWorld.mock.calls[0]?.[0]).toBe('tlsWizard')
    expect(BRIDGE_GLOBAL).toBe('tlsWizard')
  })

  it('exposes exactly the named functions, and nothing of ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_FUNCTION_NAMES].sort())
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
    for (const leaked of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer']) {
      expect(bridge).not.toHaveProperty(leaked)
    }
    expect(Object.values(bridge)).not.toContain(m.ipcRenderer.invoke)
  })

  it.each(CHANNEL_NAMES)('invokes %s from its own function with the one request', async (ch) => {
    const name = bridgeName(ch)
    const request = { probe: ch }
    m.ipcRenderer.invoke.mockClear()
    const call = bridge[name] as (req: unknown) => Promise<unknown>
    await expect(call(request)).resolves.toEqual({ channel: ch, request })
    expect(m.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ch, request)
  })

  it('relays progress without the IPC event and unsubscribes', () => {
    const listener = vi.fn()
    const stop = bridge.onProgress(listener)
    expect(m.ipcRenderer.on).toHaveBeenCalledWith('diagnosis:progress', expect.any(Function))
    const relay = m.ipcRenderer.on.mock.calls[0]?.[1] as (event: unknown, p: unknown) => void
    const progress = { id: 'c', kind: 'check', label: 'C', state: 'running' }
    relay({ sender: 'the raw IPC event' }, progress)
    expect(listener).toHaveBeenCalledExactlyOnceWith(progress)
    stop()
    expect(m.ipcRenderer.removeListener).toHaveBeenCalledWith('diagnosis:progress', relay)
  })
})

describe('shared/bridge', () => {
  it('names one function per channel, computed and listed alike', () => {
    expect(Object.values(BRIDGE_CHANNELS)).toEqual(CHANNEL_NAMES)
    for (const [name, channel] of Object.entries(BRIDGE_CHANNELS)) {
      expect(bridgeName(channel)).toBe(name)
    }
    expect(BRIDGE_FUNCTION_NAMES).toEqual([...Object.keys(BRIDGE_CHANNELS), 'onProgress'])
  })

  it('turns channel names into camelCase', () => {
    expect(bridgeName('machine:summary')).toBe('machineSummary')
    expect(bridgeName('restart:schedule')).toBe('restartSchedule')
  })
})
