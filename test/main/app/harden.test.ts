import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { denyAllPermissions, hardenWebContents } from '../../../main/app/harden'

vi.mock('electron', () => ({}))

type Listener = (event: Record<string, unknown>) => void
type OpenHandler = (details: { url: string }) => { action: string }

const HELP = 'https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings'

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: OpenHandler = () => ({ action: 'allow' })
  const wc = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener)
      return wc
    }),
    setWindowOpenHandler: vi.fn((h: OpenHandler) => {
      openHandler = h
    }),
  }
  const emit = (name: string, fields: Record<string, unknown>) => {
    const event = { ...fields, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event.preventDefault
  }
  return { wc, emit, open: (url: string) => openHandler({ url }) }
}

let shell: { openExternal: Mock<(url: string) => Promise<void>> }
let contents: ReturnType<typeof fakeContents>
beforeEach(() => {
  shell = { openExternal: vi.fn(async () => undefined) }
  contents = fakeContents()
  hardenWebContents(contents.wc as never, shell)
})

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays on app://wizard', (name) => {
    expect(contents.emit(name, { url: 'app://wizard/index.html#step' })).not.toHaveBeenCalled()
  })

  it.each([
    ['will-navigate', 'https://evil.example/'],
    ['will-navigate', 'http://127.0.0.1:8080/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-navigate', 'app://other/index.html'],
    ['will-redirect', 'https://evil.example/'],
  ])('%s to %s is cancelled and nothing opens', (name, url) => {
    expect(contents.emit(name, { url })).toHaveBeenCalledOnce()
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('cancels navigation to a help link but opens it in the browser', () => {
    expect(contents.emit('will-navigate', { url: HELP })).toHaveBeenCalledOnce()
    expect(shell.openExternal).toHaveBeenCalledWith(HELP)
  })

  it('cancels a subframe leaving our origin', () => {
    const sub = { url: 'https://evil.example/', isMainFrame: false }
    expect(contents.emit('will-frame-navigate', sub)).toHaveBeenCalledOnce()
    const main = { url: 'https://evil.example/', isMainFrame: true }
    // The main frame is will-navigate's job (which also opens help links, once).
    expect(contents.emit('will-frame-navigate', main)).not.toHaveBeenCalled()
  })
})

describe('window.open', () => {
  it.each([
    'https://evil.example/',
    'app://wizard/index.html',
    'javascript:alert(1)',
    'http://learn.microsoft.com/en-us/windows-server/security/tls/x',
  ])('denies %s and opens nothing', (url) => {
    expect(contents.open(url)).toEqual({ action: 'deny' })
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('denies a help link too, opening it in the browser instead', () => {
    expect(contents.open(HELP)).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith(HELP)
  })
})

describe('webviews and repeated hardening', () => {
  it('prevents every webview', () => {
    expect(contents.emit('will-attach-webview', {})).toHaveBeenCalledOnce()
  })

  it('hardens a webContents once only', () => {
    hardenWebContents(contents.wc as never, shell)
    expect(contents.wc.setWindowOpenHandler).toHaveBeenCalledOnce()
  })
})

describe('denyAllPermissions', () => {
  it('denies every request and every check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
    ) => boolean
    for (const permission of ['media', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check({}, permission)).toBe(false)
    }
  })
})
