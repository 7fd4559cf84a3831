/** One overall time limit shared by every phase of a probe, and enforced on every connection. */
import { overallTimeout, type Phase } from './probe-errors'

// Each phase may use this share of the overall timeout, and never more than what is left.
const SHARES: Record<Phase, number> = {
  resolve: 0.4,
  connect: 0.5,
  banner: 0.75,
  ehlo: 0.35,
  starttls: 0.35,
  handshake: 0.5,
  mail: 0.35,
}

/** The overall deadline of one probe, and the bound of each phase under it. */
export class Deadline {
  readonly at: number

  constructor(
    readonly totalMs: number,
    now = Date.now(),
  ) {
    this.at = now + totalMs
  }

  /** Milliseconds left before the overall deadline. */
  remaining(): number {
    return Math.max(0, this.at - Date.now())
  }

  /** How long `phase` may take from now. */
  bound(phase: Phase): number {
    return Math.min(Math.max(1, Math.round(this.totalMs * SHARES[phase])), this.remaining())
  }
}

/** Anything that keeps a connection open. */
interface Closable {
  destroy(): void
}

/** One connection of a probe: the phase it is in, and the sockets to destroy when it ends. */
export class Attempt {
  phase: Phase = 'connect'
  private readonly held = new Set<Closable>()
  private closed = false

  /** Registers a socket; one handed over after the end is destroyed at once. */
  hold<T extends Closable>(socket: T): T {
    if (this.closed) socket.destroy()
    else this.held.add(socket)
    return socket
  }

  /** Destroys every socket held. */
  close(): void {
    this.closed = true
    for (const s of this.held) s.destroy()
    this.held.clear()
  }
}

/**
 * Runs one connection under the overall deadline. Each phase has its own limit too, but this is
 * the hard one: when it passes, the sockets are destroyed and the result is a timeout naming the
 * phase, whatever the work was waiting for and whatever trickled in before.
 */
export function withinDeadline<T>(
  deadline: Deadline,
  work: (attempt: Attempt) => Promise<T>,
): Promise<T> {
  const attempt = new Attempt()
  return new Promise<T>((resolve, reject) => {
    // The sockets are gone before the caller hears the outcome, whichever way it went.
    const settle = (report: () => void) => {
      clearTimeout(timer)
      attempt.close()
      report()
    }
    const timer = setTimeout(
      () => settle(() => reject(overallTimeout(attempt.phase, deadline.totalMs))),
      deadline.remaining(),
    )
    work(attempt).then(
      (value) => settle(() => resolve(value)),
      (e: unknown) => settle(() => reject(e)),
    )
  })
}
