/** An append-only log file that rotates by size: NAME.log, then NAME.1.log ... NAME.KEEP.log. */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** How big a file grows before it rotates, and how many old files are kept. */
export interface RotationOptions {
  maxBytes: number
  keep: number
}

const DEFAULTS: RotationOptions = { maxBytes: 1024 * 1024, keep: 5 }

/** Appends lines in the order they were given; a failed write is reported, never thrown. */
export class RotatingFile {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly options: RotationOptions

  constructor(
    readonly dir: string,
    readonly name: string,
    options: Partial<RotationOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options }
  }

  /** The file being written now. */
  get file(): string {
    return join(this.dir, `${this.name}.log`)
  }

  private numbered(n: number): string {
    return join(this.dir, `${this.name}.${n}.log`)
  }

  /** Appends `text` (whole lines); resolves false, with the reason in `lastError`, if it failed. */
  append(text: string): Promise<boolean> {
    const next = this.queue.then(() => this.write(text))
    this.queue = next.catch(() => undefined)
    return next.then(
      () => true,
      (e: unknown) => {
        this.lastError = e instanceof Error ? e.message : String(e)
        return false
      },
    )
  }

  /** Why the last append failed. */
  lastError: string | null = null

  /** Waits for every append so far. */
  async flush(): Promise<void> {
    await this.queue
  }

  // Synchronous file calls, a short append each: the lines are few (a command line logs two), and
  // Node's thread pool would cost the CLI more to start and to wait for as it exits than they take.
  // Not node:fs/promises either: Node loads it, with readline and the file watchers, only for it.
  private write(text: string): void {
    const size = this.size()
    if (size > 0 && size + Buffer.byteLength(text) > this.options.maxBytes) this.rotate()
    appendFileSync(this.file, text, 'utf8')
  }

  /** The file's size; 0, once its folder is made, when it is not there (its first line). */
  private size(): number {
    try {
      return statSync(this.file).size
    } catch {
      mkdirSync(this.dir, { recursive: true })
      return 0
    }
  }

  private rotate(): void {
    const { keep } = this.options
    rmSync(this.numbered(keep), { force: true })
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(this.numbered(n), this.numbered(n + 1))
      } catch {
        // A gap in the numbers: that file is not there.
      }
    }
    renameSync(this.file, this.numbered(1))
  }
}
