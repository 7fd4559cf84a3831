/**
 * Rows to sessions with bounded memory. A session is judged once it is over: it logged its
 * disconnect and a whole generation of rows went by without a row of it (Exchange buffers rows, so
 * a late one can still come, from the same file or the next one), or it has been silent for longer.
 */
import type { Direction } from '../../shared/logs'
import type { LogColumns, RowHandler } from './log-file'
import {
  addRow,
  finishSession,
  flat,
  openSession,
  type FinishedSession,
  type OpenSession,
} from './session'

/** Sessions being read, by direction and session id, for one folder of logs. */
export class SessionTable {
  private readonly open: Record<Direction, Map<string, OpenSession>> = {
    send: new Map(),
    receive: new Map(),
  }
  private readonly connectors = new Map<string, string>()
  private rows = 0
  private generation = 0

  constructor(
    private readonly done: (s: FinishedSession) => void,
    /** Rows in a generation: a closed session is judged after one whole generation without rows. */
    private readonly generationRows = 20_000,
  ) {}

  /** How many sessions are open now (for tests and the benchmark's memory figure). */
  get size(): number {
    return this.open.send.size + this.open.receive.size
  }

  /** Takes one row (the reader's RowHandler). */
  readonly row: RowHandler = (f: string[], c: LogColumns, direction: Direction) => {
    const map = this.open[direction]
    const id = f[c.session] as string
    let s = map.get(id)
    if (!s) {
      const raw = c.connector < 0 ? '' : (f[c.connector] as string)
      let connector = this.connectors.get(raw)
      if (connector === undefined) this.connectors.set(raw, (connector = flat(raw)))
      s = openSession(flat(id), connector, direction, f, c)
      map.set(s.sid, s)
    }
    s.touched = this.generation
    addRow(s, f, c)
    if (++this.rows % this.generationRows === 0) this.sweep()
  }

  private sweep(): void {
    const g = ++this.generation
    for (const map of Object.values(this.open))
      for (const [id, s] of map)
        if ((s.closed && s.touched < g - 1) || s.touched < g - 4) {
          map.delete(id)
          this.done(finishSession(s))
        }
  }

  /** Judges every session still open (the end of a folder: nothing more can come). */
  flush(): void {
    for (const map of Object.values(this.open)) {
      for (const s of map.values()) this.done(finishSession(s))
      map.clear()
    }
  }
}
