/** The SMTP conversation of a probe, as `C: ` / `S: ` lines, bounded in size. */

/** Shows hostile bytes safely: printable ASCII only, cut short. */
export function printable(text: string, max = 80): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '.')
  return clean.length > max ? `${clean.slice(0, max)}...` : clean
}

const MAX_LINES = 60

/** Collects what the client sent and the server answered; hostile floods are cut short. */
export class Transcript {
  readonly lines: string[] = []
  private dropped = 0

  /** A line we sent. */
  client(line: string): void {
    this.add(`C: ${line}`)
  }

  /** A line the server sent. */
  server(line: string): void {
    this.add(`S: ${printable(line, 200)}`)
  }

  /** A note of ours, such as the TLS outcome. */
  note(line: string): void {
    this.add(`*: ${line}`)
  }

  /** The lines, with a count of those left out. */
  toArray(): string[] {
    return this.dropped ? [...this.lines, `*: ... ${this.dropped} more lines`] : [...this.lines]
  }

  private add(line: string): void {
    if (this.lines.length < MAX_LINES) this.lines.push(line)
    else this.dropped++
  }
}
