import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ServiceOptions } from '../../../main/service/wizard-service'

const m = vi.hoisted(() => {
  const order: string[] = []
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: FakeWindow[] = []
  class FakeWindow {
    readonly webContents = {
      id: 7,
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      send: vi.fn(),
      isDestroyed: () => false,
    }
    readonly loadURL = vi.fn(async () => undefined)
    readonly once = vi.fn()
    readonly on = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    readonly isMinimized = vi.fn(() => true)
    readonly isDestroyed = () => false
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
  }
  const state = { lock: true }
  const app = {
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => {
      appListeners.set(name, listener)
    }),
    whenReady: vi.fn(() => {
      order.push('whenReady')
      return Promise.resolve()
    }),
    getAppPath: () => '/app',
    isPackaged: false,
    getPath: () => '/docs',
    getLocale: () => 'en-US',
    // Windows' display languages, most wanted first: French has no catalog, Romanian has.
    getPreferredSystemLanguages: () => ['fr-FR', 'ro-RO', 'en-US'],
  }
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn() },
  }
  const openDoor = vi.fn()
  const createWizardService = vi.fn(() => ({ api: true }))
  const openRegistrySource = vi.fn(async () => ({ kind: 'demo', store: {}, label: 'demo x' }))
  return {
    order,
    appListeners,
    windows,
    state,
    electron,
    openDoor,
    createWizardService,
    openRegistrySource,
  }
})

vi.mock('electron', () => m.electron)
vi.mock('../../../main/ipc/open-door', () => ({ openDoor: m.openDoor }))
vi.mock('../../../main/service/wizard-service', () => ({
  createWizardService: m.createWizardService,
}))
vi.mock('../../../main/system/registry-source', () => ({
  openRegistrySource: m.openRegistrySource,
}))
vi.mock('../../../main/system/elevation', () => ({ isElevated: async () => null }))

const argv = process.argv

beforeEach(() => {
  vi.resetModules()
  vi.clearAllMocks()
  m.order.length = 0
  m.windows.length = 0
  m.appListeners.clear()
  m.state.lock = true
  process.argv = ['/opt/electron', '.', '--verify']
})

afterEach(() => {
  process.argv = argv
})

async function started(): Promise<ServiceOptions> {
  await import('../../../main/app/main')
  await vi.waitFor(() => expect(m.windows).toHaveLength(1))
  return (m.createWizardService.mock.calls[0] as unknown as [ServiceOptions])[0]
}

describe('the main entry', () => {
  it('sandboxes everything and registers app:// before ready', async () => {
    await started()
    expect(m.order).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'whenReady'])
    expect(m.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const session = m.electron.session.defaultSession
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(m.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    expect(m.appListeners.has('web-contents-created')).toBe(true)
  })

  it('opens the hardened window on app://wizard with the bundled preload', async () => {
    await started()
    const win = m.windows[0]
    const prefs = win?.options.webPreferences as Record<string, unknown>
    expect(prefs.preload).toBe(path.join('/app', 'dist', 'preload', 'preload.cjs'))
    expect(prefs.sandbox).toBe(true)
    expect(win?.loadURL).toHaveBeenCalledWith('app://wizard/index.html')
    expect(win?.webContents.setWindowOpenHandler).toHaveBeenCalledOnce()
  })

  it('creates the service with the options of this machine and opens the door', async () => {
    const options = await started()
    expect(options).toMatchObject({
      verify: true,
      language: 'ro',
      outDir: '/docs',
      elevated: null,
      platform: process.platform,
      relaunchCommandLine: undefined,
    })
    expect(m.openDoor).toHaveBeenCalledWith({ api: true }, expect.any(Function))
    const isOurWindow = m.openDoor.mock.calls[0]?.[1] as (wc: { id: number }) => boolean
    expect(isOurWindow({ id: 7 })).toBe(true)
    expect(isOurWindow({ id: 8 })).toBe(false)
  })

  it('sends service events to the window after checking them', async () => {
    const options = await started()
    const progress = { id: 'c', kind: 'check', label: 'C', state: 'ok' } as const
    options.emit('diagnosis:progress', progress)
    expect(m.windows[0]?.webContents.send).toHaveBeenCalledWith('diagnosis:progress', progress)
  })

  it('brings the running wizard forward on a second start', async () => {
    await started()
    m.appListeners.get('second-instance')?.()
    expect(m.windows[0]?.restore).toHaveBeenCalledOnce()
    expect(m.windows[0]?.focus).toHaveBeenCalledOnce()
  })

  it('quits at once when another instance holds the lock', async () => {
    m.state.lock = false
    await import('../../../main/app/main')
    expect(m.electron.app.quit).toHaveBeenCalledOnce()
    expect(m.electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('says why and exits when it cannot start', async () => {
    m.openRegistrySource.mockRejectedValueOnce(new Error('damaged.reg line 3: expected a key'))
    await import('../../../main/app/main')
    await vi.waitFor(() => expect(m.electron.app.exit).toHaveBeenCalledWith(2))
    expect(m.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Mailflow TLS Wizard',
      'The wizard could not start: damaged.reg line 3: expected a key',
    )
  })
})
