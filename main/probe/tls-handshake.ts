/** One TLS handshake pinned to one version, over a fresh or an upgraded socket. */
import type { Socket } from 'node:net'
import { connect, type TLSSocket } from 'node:tls'
import type { ProbeCertificate, ProbeTlsVersion } from '../../shared/probe'
import { describeCertificate } from './certificate'
import type { Attempt } from './deadline'
import { isIPLiteral } from './host-port'
import { handshakeFailure, phaseTimeout } from './probe-errors'
import { pinnedContext, type TlsStack } from './tls-stack'

/** What an accepted handshake negotiated. */
export interface Handshake {
  protocol: string
  cipher: string
  certificate: ProbeCertificate | null
}

/** Options of one handshake. */
export interface HandshakeOptions {
  host: string
  version: ProbeTlsVersion
  stack: TlsStack
  ms: number
  /** The connection's overall deadline, which destroys the TLS socket too when it passes. */
  attempt?: Attempt
}

/** Runs the handshake on `socket` and always destroys both sockets afterwards. */
export function handshake(socket: Socket, o: HandshakeOptions): Promise<Handshake> {
  const ctx = { stack: o.stack.name, version: o.version }
  return new Promise((resolve, reject) => {
    let secure: TLSSocket
    try {
      secure = connect({
        socket,
        secureContext: pinnedContext(o.stack, o.version),
        // STYLE.md: verification is relaxed on this socket only; what it found is reported.
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined,
        // RFC 6066 allows no IP address as a server name.
        ...(isIPLiteral(o.host) ? {} : { servername: o.host }),
      })
    } catch (e) {
      socket.destroy()
      return reject(handshakeFailure(e, ctx))
    }
    o.attempt?.hold(secure)
    let done = false
    const finish = (e: unknown, result?: Handshake) => {
      if (done) return
      done = true
      clearTimeout(timer)
      secure.removeAllListeners('secureConnect')
      secure.removeAllListeners('close')
      secure.on('error', () => {})
      secure.destroy()
      socket.destroy()
      if (result) resolve(result)
      else reject(handshakeFailure(e, ctx))
    }
    const timer = setTimeout(() => finish(phaseTimeout('handshake', o.ms)), o.ms)
    secure.once('secureConnect', () => {
      const cipher = secure.getCipher()
      finish(null, {
        protocol: secure.getProtocol() ?? o.version,
        cipher: cipher.standardName ?? cipher.name,
        certificate: describeCertificate(secure, o.host, o.version),
      })
    })
    secure.once('error', (e) => finish(e))
    secure.once('close', () => finish(Object.assign(new Error('closed'), { code: 'ECONNRESET' })))
  })
}
