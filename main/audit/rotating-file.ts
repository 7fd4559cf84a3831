/** An append-only log file that rotates by size: NAME.log, then NAME.1.log ... NAME.KEEP.log. */
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

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
    return path.join(this.dir, `${this.name}.log`)
  }

  private numbered(n: number): string {
    return path.join(this.dir, `${this.name}.${n}.log`)
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

  private async write(text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    const size = await stat(this.file).then(
      (s) => s.size,
      () => 0,
    )
    if (size > 0 && size + Buffer.byteLength(text) > this.options.maxBytes) await this.rotate()
    await appendFile(this.file, text, 'utf8')
  }

  private async rotate(): Promise<void> {
    const { keep } = this.options
    await rm(this.numbered(keep), { force: true })
    for (let n = keep - 1; n >= 1; n--)
      await rename(this.numbered(n), this.numbered(n + 1)).catch(() => undefined)
    await rename(this.file, this.numbered(1))
  }
}
