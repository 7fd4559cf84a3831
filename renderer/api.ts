/**
 * The renderer's one door to main: the Electron preload bridge when present, otherwise the loopback
 * web host over HTTP (same channel map, token from the page address, progress as server-sent events).
 */
import { BRIDGE_GLOBAL, bridgeName, type TlsWizardBridge } from '../shared/bridge'
import { type Channel, type EventPayload, type Req, type Res } from '../shared/channels'

/** The engine did not answer at all (closed, crashed, or the network stack refused): not a refusal. */
export class EngineLostError extends Error {
  constructor() {
    super('the wizard engine is not answering')
    this.name = 'EngineLostError'
  }
}

type ProgressListener = (p: EventPayload<'diagnosis:progress'>) => void

/** The API plus the progress subscription. */
export interface RendererApi {
  call<C extends Channel>(channel: C, req: Req<C>): Promise<Res<C>>
  /** Subscribes; resolves the returned `ready` once events can arrive. */
  onProgress(listener: ProgressListener): { ready: Promise<void>; stop(): void }
  /** Electron's bridge, or the web host (which can also offer downloads). */
  transport: 'electron' | 'http'
  /** The web host's download address for the current report. */
  downloadUrl?(format: 'html' | 'json', redact: boolean): string
}

function httpApi(token: string): RendererApi {
  return {
    async call(channel, req) {
      let res: Response
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': token },
          body: JSON.stringify(req),
        })
      } catch {
        // fetch rejects only when no answer came at all ("Failed to fetch").
        throw new EngineLostError()
      }
      const body = (await res.json().catch(() => {
        // A reply cut off mid-body: the engine went away while answering.
        if (res.ok) throw new EngineLostError()
        return { error: `HTTP ${res.status}` }
      })) as {
        error?: string
      }
      if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`)
      return body as Res<typeof channel>
    },
    onProgress(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
      source.addEventListener('diagnosis:progress', (e: MessageEvent<string>) =>
        listener(JSON.parse(e.data) as EventPayload<'diagnosis:progress'>),
      )
      // Do not wait forever for a stream that will not open: progress is a courtesy.
      const ready = new Promise<void>((resolve) => {
        source.addEventListener('open', () => resolve(), { once: true })
        setTimeout(resolve, 2000)
      })
      return { ready, stop: () => source.close() }
    },
    transport: 'http',
    downloadUrl: (format, redact) =>
      `/api/report?format=${format}&redact=${redact ? 1 : 0}&token=${encodeURIComponent(token)}`,
  }
}

/** The Welcome step's two calls, the machine summary and the proposed targets, made together. */
export function askFirstScreen(api: RendererApi) {
  return Promise.all([
    api.call('machine:summary', {}),
    api.call('targets:propose', { domain: null }),
  ])
}

/** Picks the transport once, at start. */
export function createApi(): RendererApi {
  const bridge = (window as unknown as Record<string, TlsWizardBridge | undefined>)[BRIDGE_GLOBAL]
  if (bridge) {
    return {
      call: (c, r) => (bridge[bridgeName(c)] as (req: unknown) => Promise<Res<typeof c>>)(r),
      onProgress: (l) => ({ ready: Promise.resolve(), stop: bridge.onProgress(l) }),
      transport: 'electron',
    }
  }
  return httpApi(new URLSearchParams(window.location.search).get('token') ?? '')
}
