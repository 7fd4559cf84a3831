/** Finished sessions counted per connector and direction, all peers and Office 365 apart. */
import {
  FAILURE_OUTCOMES,
  type ConnectorLogs,
  type Counts,
  type LegacyPeer,
  type SessionRef,
  type Tally,
} from '../../shared/logs'
import type { FinishedSession } from './session'

const LEGACY = new Set(['SSL 3.0', 'TLS 1.0', 'TLS 1.1'])
// Distinct legacy peers kept per connector: enough to name them, bounded whatever the logs hold.
const MAX_LEGACY_PEERS = 2000
const LISTED_LEGACY_PEERS = 100

const emptyCounts = (): Counts => ({ sessions: 0, outcomes: {}, tlsVersions: {}, tlsErrors: {} })

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1
}

function count(c: Counts, s: FinishedSession): void {
  c.sessions++
  bump(c.outcomes, s.outcome)
  if (s.version && s.outcome === 'tls') bump(c.tlsVersions, s.version)
  if (s.outcome === 'tls-failed' && s.error) bump(c.tlsErrors, s.error)
}

/** A session as the result names it. */
export function sessionRef(s: FinishedSession): SessionRef {
  return {
    time: new Date(s.start).toISOString(),
    outcome: s.outcome,
    error: s.error,
    version: s.version,
    cipher: s.cipher,
    peer: s.peer,
    sessionId: s.sid,
  }
}

/** Counts, with the first and last failure and the last success. */
class TallyBuilder {
  readonly all = emptyCounts()
  private before: Counts | null = null
  private after: Counts | null = null
  private firstFailure: FinishedSession | null = null
  private lastFailure: FinishedSession | null = null
  private lastSuccess: FinishedSession | null = null

  constructor(private readonly pivot: number | null) {
    if (pivot !== null) [this.before, this.after] = [emptyCounts(), emptyCounts()]
  }

  add(s: FinishedSession): void {
    count(this.all, s)
    // A session whose time was not logged counts, but cannot be placed in time.
    if (Number.isNaN(s.start)) return
    if (this.pivot !== null) count((s.start < this.pivot ? this.before : this.after) as Counts, s)
    if (FAILURE_OUTCOMES.includes(s.outcome)) {
      if (!this.firstFailure || s.start < this.firstFailure.start) this.firstFailure = s
      if (!this.lastFailure || s.start >= this.lastFailure.start) this.lastFailure = s
    } else if (s.outcome === 'tls' && (!this.lastSuccess || s.start >= this.lastSuccess.start))
      this.lastSuccess = s
  }

  build(): Tally {
    const ref = (s: FinishedSession | null) => (s ? sessionRef(s) : null)
    return {
      ...this.all,
      firstFailure: ref(this.firstFailure),
      lastFailure: ref(this.lastFailure),
      lastSuccess: ref(this.lastSuccess),
      beforePivot: this.before,
      afterPivot: this.after,
    }
  }
}

class ConnectorBuilder {
  readonly all: TallyBuilder
  readonly office365: TallyBuilder
  private readonly legacy = new Map<string, LegacyPeer>()
  private legacyDropped = 0

  constructor(
    readonly connector: string,
    readonly direction: FinishedSession['direction'],
    pivot: number | null,
  ) {
    this.all = new TallyBuilder(pivot)
    this.office365 = new TallyBuilder(pivot)
  }

  add(s: FinishedSession): void {
    this.all.add(s)
    if (s.office365) this.office365.add(s)
    if (s.outcome !== 'tls' || !s.version || !LEGACY.has(s.version)) return
    const key = `${s.peer}\n${s.version}`
    const time = Number.isNaN(s.start) ? '' : new Date(s.start).toISOString()
    const known = this.legacy.get(key)
    if (known) {
      known.sessions++
      if (time > known.lastSeen) known.lastSeen = time
    } else if (this.legacy.size < MAX_LEGACY_PEERS)
      this.legacy.set(key, { peer: s.peer, version: s.version, sessions: 1, lastSeen: time })
    else this.legacyDropped++
  }

  build(): ConnectorLogs {
    const peers = [...this.legacy.values()].sort(
      (a, b) => b.sessions - a.sessions || a.peer.localeCompare(b.peer),
    )
    return {
      connector: this.connector,
      direction: this.direction,
      all: this.all.build(),
      office365: this.office365.build(),
      legacyPeers: peers.slice(0, LISTED_LEGACY_PEERS),
      legacyPeersMore: Math.max(0, peers.length - LISTED_LEGACY_PEERS) + this.legacyDropped,
    }
  }
}

/** Whether the last Office 365 failure came after the last success (or there was none). */
export function failingNow(t: Tally): boolean {
  return t.lastFailure !== null && (!t.lastSuccess || t.lastSuccess.time < t.lastFailure.time)
}

/** Every connector's counts; `pivot` (ms) splits them into before and after. */
export class LogTally {
  private readonly connectors = new Map<string, ConnectorBuilder>()
  sessions = 0

  constructor(private readonly pivot: number | null) {}

  add(s: FinishedSession): void {
    this.sessions++
    const key = `${s.direction}\n${s.connector}`
    let c = this.connectors.get(key)
    if (!c)
      this.connectors.set(key, (c = new ConnectorBuilder(s.connector, s.direction, this.pivot)))
    c.add(s)
  }

  /** Worst first: Office 365 failing now, then Office 365 traffic, then by sessions. */
  build(): ConnectorLogs[] {
    const rank = (c: ConnectorLogs) => (failingNow(c.office365) ? 0 : c.office365.sessions ? 1 : 2)
    return [...this.connectors.values()]
      .map((c) => c.build())
      .sort((a, b) => rank(a) - rank(b) || b.all.sessions - a.all.sessions)
  }
}
