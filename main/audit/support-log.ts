/** The support log: what the CLI and the web host did, for the admin to send with a question. */
import { RotatingFile, type RotationOptions } from './rotating-file'

/** A log line's level. */
export type LogLevel = 'INFO' | 'WARN' | 'ERROR'

/** Writes `TIME LEVEL SOURCE: message` lines to support.log in `dir`. */
export class SupportLog {
  readonly file: RotatingFile

  constructor(
    dir: string,
    private readonly source: string,
    options: Partial<RotationOptions> = {},
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.file = new RotatingFile(dir, 'support', options)
  }

  /** Appends one entry; a multi-line message keeps its lines together, indented. */
  write(level: LogLevel, message: string): Promise<boolean> {
    const text = message.replace(/\r?\n$/, '').replace(/\r?\n/g, '\n    ')
    return this.file.append(
      `${this.clock().toISOString()} ${level.padEnd(5)} ${this.source}: ${text}\n`,
    )
  }

  /** Something that happened. */
  info(message: string): Promise<boolean> {
    return this.write('INFO', message)
  }

  /** Something that failed. */
  error(message: string): Promise<boolean> {
    return this.write('ERROR', message)
  }
}
