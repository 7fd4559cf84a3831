/** One overall time limit shared by every phase of a probe. */
import type { Phase } from './probe-errors'

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
