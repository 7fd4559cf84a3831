/** Fans main-to-renderer events out to every connected browser (server-sent events). */
import type { ServerResponse } from 'node:http'
import { events, type EventName, type EventPayload } from '../../shared/channels'

/** The SSE subscribers of one web host. */
export class EventHub {
  private readonly clients = new Set<ServerResponse>()

  /** Sends an event (validated against the events map) to every subscriber. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const data = JSON.stringify(events[event].parse(payload))
    for (const res of this.clients) res.write(`event: ${event}\ndata: ${data}\n\n`)
  }

  /** Turns a response into an event stream until the browser goes away (`headers`: the host's own). */
  subscribe(res: ServerResponse, headers: Record<string, string> = {}): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  /** Ends every stream (on shutdown). */
  closeAll(): void {
    for (const res of this.clients) res.end()
    this.clients.clear()
  }
}
