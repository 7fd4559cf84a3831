/** Reads SMTP replies from a socket with a bound on time, line length and total bytes. */
import type { Socket } from 'node:net'
import { translate as t } from '../../shared/i18n/translate'
import { phaseName, phaseTimeout, ProbeFailure, socketFailure, type Phase } from './probe-errors'
import { printable, type Transcript } from './transcript'

/** One SMTP reply: its code and the text of each line after the code. */
export interface SmtpReply {
  code: number
  lines: string[]
}

/** Caps that keep a hostile server from making us buffer without end. */
export interface ReadLimits {
  maxLineBytes: number
  maxTotalBytes: number
}

/** The caps the issue asks for: 4 KiB per reply line, 64 KiB in all before TLS starts. */
export const DEFAULT_LIMITS: ReadLimits = { maxLineBytes: 4096, maxTotalBytes: 65536 }

const LINE = /^(\d{3})(?:([ -])(.*))?$/

/** Reply reader for one plain-text SMTP connection. */
export class ReplyReader {
  private buffer = ''
  private total = 0
  private pending: string[] = []
  private failure: ProbeFailure | null = null
  private ended = false
  private wake: (() => void) | null = null
  private phase: Phase = 'banner'

  constructor(
    private readonly socket: Socket,
    private readonly host: string,
    private readonly transcript: Transcript,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
  ) {
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onEnd)
    socket.on('error', this.onError)
  }

  /** Sends one command line and records it. */
  send(line: string): void {
    this.transcript.client(line)
    this.socket.write(`${line}\r\n`)
  }

  /** The next complete reply, or a ProbeFailure once `ms` have passed or the peer misbehaves. */
  async read(phase: Phase, ms: number): Promise<SmtpReply> {
    this.phase = phase
    const lines: string[] = []
    const started = Date.now()
    for (;;) {
      const line = await this.nextLine(phase, ms - (Date.now() - started), ms)
      const m = LINE.exec(line)
      if (!m)
        throw new ProbeFailure(
          'refused',
          phase,
          t('probe.error.notSmtp', { phase: phaseName(phase), text: printable(line) }),
        )
      lines.push(m[3] ?? '')
      if (m[2] !== '-') return { code: Number(m[1]), lines }
    }
  }

  /** Stops reading so the socket can be handed to TLS. */
  detach(): void {
    this.socket.off('data', this.onData)
    this.socket.off('end', this.onEnd)
    this.socket.off('close', this.onEnd)
    this.socket.off('error', this.onError)
    this.wake = null
  }

  private async nextLine(phase: Phase, ms: number, bound: number): Promise<string> {
    let timer: NodeJS.Timeout | undefined
    try {
      while (this.pending.length === 0) {
        if (this.failure) throw this.failure
        if (this.ended)
          throw new ProbeFailure(
            'refused',
            phase,
            t('probe.error.closed', { phase: phaseName(phase) }),
          )
        if (ms <= 0) throw phaseTimeout(phase, bound)
        await new Promise<void>((resolve) => {
          this.wake = resolve
          timer ??= setTimeout(() => {
            this.failure ??= phaseTimeout(phase, bound)
            resolve()
          }, ms)
        })
      }
      return this.pending.shift() as string
    } finally {
      clearTimeout(timer)
    }
  }

  private readonly onData = (chunk: Buffer): void => {
    this.total += chunk.length
    this.buffer += chunk.toString('latin1')
    const parts = this.buffer.split('\n')
    this.buffer = parts.pop() ?? ''
    for (const raw of parts) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      if (line.length > this.limits.maxLineBytes) this.fail('lineTooLong', this.limits.maxLineBytes)
      else {
        this.transcript.server(line)
        this.pending.push(line)
      }
    }
    if (this.buffer.length > this.limits.maxLineBytes)
      this.fail('lineTooLong', this.limits.maxLineBytes)
    if (this.total > this.limits.maxTotalBytes) this.fail('tooMuchData', this.limits.maxTotalBytes)
    this.notify()
  }

  private fail(key: 'lineTooLong' | 'tooMuchData', max: number): void {
    this.failure ??= new ProbeFailure(
      'refused',
      this.phase,
      t(`probe.error.${key}`, { phase: phaseName(this.phase), max }),
    )
    // Nothing more from this peer is worth reading.
    this.socket.destroy()
  }

  private readonly onEnd = (): void => {
    this.ended = true
    this.notify()
  }

  private readonly onError = (e: Error): void => {
    this.failure ??= socketFailure(e, this.phase, this.host)
    this.notify()
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
