/** Name lookup and TCP connect, each bounded, with failures mapped to probe outcomes. */
import net from 'node:net'
import type { Attempt } from './deadline'
import { isIPLiteral } from './host-port'
import { phaseTimeout, socketFailure } from './probe-errors'

/** Resolves a host name to one address, as dns.promises.lookup does; tests pass a stub. */
export type Lookup = (host: string) => Promise<{ address: string }>

// The resolver is loaded only for a host name: an IP literal needs none.
const systemLookup: Lookup = async (host) => (await import('node:dns/promises')).lookup(host)

/** Resolves `host` once for all the probe's connections; IP literals pass straight through. */
export async function resolveHost(
  host: string,
  ms: number,
  lookup = systemLookup,
): Promise<string> {
  if (isIPLiteral(host)) return host
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(phaseTimeout('resolve', ms)), ms)
  })
  try {
    const found = await Promise.race([lookup(host), timeout])
    return found.address
  } catch (e) {
    throw socketFailure(e, 'resolve', host)
  } finally {
    clearTimeout(timer)
  }
}

/** Ignores socket errors nobody waits for; the phase that is waiting reports its own. */
export function quiet<T extends net.Socket>(socket: T): T {
  socket.on('error', () => {})
  return socket
}

/** A connected TCP socket, or a ProbeFailure after `ms`; `attempt` can cut it short. */
export function connectTcp(
  address: string,
  port: number,
  ms: number,
  host: string,
  attempt?: Attempt,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = quiet(net.connect({ host: address, port }))
    const done = (e?: unknown) => {
      clearTimeout(timer)
      socket.off('connect', onConnect)
      socket.off('error', done)
      socket.off('close', onClose)
      if (e === undefined) return resolve(socket)
      socket.destroy()
      reject(socketFailure(e, 'connect', host))
    }
    const onConnect = () => done()
    // Destroyed before it connected: the overall deadline passed.
    const onClose = () => done(phaseTimeout('connect', ms))
    const timer = setTimeout(() => done(phaseTimeout('connect', ms)), ms)
    socket.once('connect', onConnect)
    socket.once('error', done)
    socket.once('close', onClose)
    attempt?.hold(socket)
  })
}
