import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, type WizardApi } from '../../../shared/channels'
import { DoorError, passThrough, registerChannels, send } from '../../../main/ipc/door'

vi.mock('electron', () => ({}))

const OUR_WINDOW = 7

function fakeApi(): WizardApi {
  const unused = () => Promise.reject(new Error('not used in this test'))
  return {
    'machine:summary': vi.fn(unused),
    'targets:propose': vi.fn(async () => []),
    'diagnosis:run': vi.fn(unused),
    'error:classify': vi.fn(async () => ({ symptom: null, matches: [] })),
    'fixes:plan': vi.fn(unused),
    'fixes:apply': vi.fn(unused),
    'fixes:rollback': vi.fn(unused),
    'restart:schedule': vi.fn(unused),
    'report:save': vi.fn(async () => ({ file: null })),
    'report:open': vi.fn(async () => ({ report: null })),
    'language:set': vi.fn(async (req: { language: 'en' }) => ({ language: req.language })),
  } as WizardApi
}

interface FrameLike {
  url: string
  parent: FrameLike | null
}

function eventFrom(frame: FrameLike | null, senderId = OUR_WINDOW): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent
}

const top = (url = 'app://wizard/index.html'): FrameLike => ({ url, parent: null })
const isOurs = (wc: WebContents) => wc.id === OUR_WINDOW

let api: WizardApi
beforeEach(() => {
  api = fakeApi()
})

function callsTo(a: WizardApi): number {
  return Object.values(a).reduce((n, f) => n + vi.mocked(f).mock.calls.length, 0)
}

describe('registerChannels', () => {
  it('handles exactly the channels of the map and removes them again', () => {
    const handle = vi.fn()
    const removeHandler = vi.fn()
    const close = registerChannels({ handle, removeHandler }, api, isOurs)
    expect(handle.mock.calls.map((c) => c[0])).toEqual(CHANNEL_NAMES)
    close()
    expect(removeHandler.mock.calls.map((c) => c[0])).toEqual(CHANNEL_NAMES)
  })

  it('routes a registered handler through the door to the api', async () => {
    const handlers = new Map<string, (e: IpcMainInvokeEvent, p: unknown) => Promise<unknown>>()
    registerChannels({ handle: (c, f) => handlers.set(c, f), removeHandler: vi.fn() }, api, isOurs)
    const result = await handlers.get('language:set')?.(eventFrom(top()), { language: 'en' })
    expect(result).toEqual({ language: 'en' })
    expect(api['language:set']).toHaveBeenCalledWith({ language: 'en' })
  })
})

describe('the door: sender', () => {
  const refused: [string, IpcMainInvokeEvent][] = [
    ['no frame', eventFrom(null)],
    ['a subframe on our origin', eventFrom({ url: 'app://wizard/x.html', parent: top() })],
    ['another origin', eventFrom(top('https://evil.example/index.html'))],
    ['an http origin', eventFrom(top('http://evil/index.html'))],
    ['a loopback http origin', eventFrom(top('http://127.0.0.1:5173/'))],
    ['another app:// host', eventFrom(top('app://evil/index.html'))],
    ['our host with a port', eventFrom(top('app://wizard:8080/index.html'))],
    ['our host with credentials', eventFrom(top('app://user:pw@wizard/index.html'))],
    ['a look-alike host', eventFrom(top('app://wizard.evil.example/index.html'))],
    ['a file URL', eventFrom(top('file:///C:/index.html'))],
    ['about:blank', eventFrom(top('about:blank'))],
    ['an unparsable URL', eventFrom(top('not a url'))],
    ['another window', eventFrom(top(), OUR_WINDOW + 1)],
  ]
  it.each(refused)('refuses %s before the api is reached', async (_name, event) => {
    await expect(
      passThrough(api, isOurs, 'language:set', event, { language: 'en' }),
    ).rejects.toThrow(DoorError)
    expect(callsTo(api)).toBe(0)
  })

  it('says why in a clear message', async () => {
    const call = passThrough(api, isOurs, 'report:open', eventFrom(top('http://evil/')), {})
    await expect(call).rejects.toThrow('refused: the sender is not on app://wizard')
  })
})

describe('the door: payload', () => {
  const bad: [string, string, unknown][] = [
    ['no request', 'report:open', undefined],
    ['a string', 'error:classify', 'text'],
    ['a wrong type', 'error:classify', { text: 42 }],
    ['an extra property', 'report:open', { path: '/etc/passwd' }],
    ['a value outside the enum', 'language:set', { language: 'xx' }],
    ['an oversized text', 'error:classify', { text: 'x'.repeat(20_001) }],
    [
      'a __proto__ key',
      'report:save',
      JSON.parse('{"format":"html","redact":false,"__proto__":{"a":1}}'),
    ],
    ['an array', 'report:save', [{ format: 'html', redact: false }]],
  ]
  it.each(bad)('refuses %s and never calls the api', async (_name, channel, payload) => {
    const call = passThrough(api, isOurs, channel, eventFrom(top()), payload)
    await expect(call).rejects.toThrow(`refused: bad request for ${channel}`)
    expect(callsTo(api)).toBe(0)
  })

  it('names the offending field', async () => {
    const call = passThrough(api, isOurs, 'error:classify', eventFrom(top()), { text: 1 })
    await expect(call).rejects.toThrow(/error:classify: text: /)
  })

  it('passes a valid request on and returns the response', async () => {
    const result = await passThrough(api, isOurs, 'error:classify', eventFrom(top()), {
      text: '421 4.4.2',
    })
    expect(result).toEqual({ symptom: null, matches: [] })
    expect(api['error:classify']).toHaveBeenCalledWith({ text: '421 4.4.2' })
  })
})

describe('the door: channel', () => {
  it.each(['shell:exec', '__proto__', 'toString', 'constructor', ''])(
    'refuses the unknown channel %j',
    async (channel) => {
      const call = passThrough(api, isOurs, channel, eventFrom(top()), {})
      await expect(call).rejects.toThrow(`refused: unknown channel ${JSON.stringify(channel)}`)
      expect(callsTo(api)).toBe(0)
    },
  )
})

describe('the door: response', () => {
  it('refuses an answer its schema rejects, without the details', async () => {
    vi.mocked(api['report:save']).mockResolvedValue({ file: 42 } as unknown as { file: null })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const call = passThrough(api, isOurs, 'report:save', eventFrom(top()), {
      format: 'json',
      redact: true,
    })
    await expect(call).rejects.toThrow('the wizard produced an invalid answer for report:save')
    expect(error).toHaveBeenCalledOnce()
    error.mockRestore()
  })

  it('drops properties the response schema does not know', async () => {
    vi.mocked(api['report:save']).mockResolvedValue({
      file: 'C:\\r.json',
      secret: 'x',
    } as unknown as { file: string })
    const result = await passThrough(api, isOurs, 'report:save', eventFrom(top()), {
      format: 'json',
      redact: false,
    })
    expect(result).toEqual({ file: 'C:\\r.json' })
  })

  it('turns a service failure into a plain Error with its message only', async () => {
    class SourceError extends Error {
      override name = 'SourceError'
      secret = 'internal'
    }
    vi.mocked(api['report:open']).mockRejectedValue(new SourceError('the file is damaged'))
    const failure = await passThrough(api, isOurs, 'report:open', eventFrom(top()), {
      text: null,
    }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).constructor).toBe(Error)
    expect(String(failure)).toBe('Error: the file is damaged')
    expect(Object.keys(failure as object)).toEqual([])
  })
})

describe('send', () => {
  const progress = { id: 'schannel', kind: 'check', label: 'Schannel', state: 'running' } as const

  it('sends a valid event', () => {
    const wc = { send: vi.fn(), isDestroyed: () => false }
    send(wc, 'diagnosis:progress', progress)
    expect(wc.send).toHaveBeenCalledWith('diagnosis:progress', progress)
  })

  it('refuses a payload the events map rejects', () => {
    const wc = { send: vi.fn(), isDestroyed: () => false }
    const bad = { ...progress, state: 'exploded' } as unknown as typeof progress
    expect(() => send(wc, 'diagnosis:progress', bad)).toThrow(DoorError)
    expect(wc.send).not.toHaveBeenCalled()
  })

  it('sends nothing to a destroyed window', () => {
    const wc = { send: vi.fn(), isDestroyed: () => true }
    send(wc, 'diagnosis:progress', progress)
    expect(wc.send).not.toHaveBeenCalled()
  })
})
