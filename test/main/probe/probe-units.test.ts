import { describe, expect, it } from 'vitest'
import { Deadline, withinDeadline } from '../../../main/probe/deadline'
import { handshakeFailure, ProbeFailure, socketFailure } from '../../../main/probe/probe-errors'
import { defaultHelo } from '../../../main/probe/probe-tls'
import { classifyMailReply } from '../../../main/probe/starttls-required'
import { printable, Transcript } from '../../../main/probe/transcript'

const err = (code: string, reason?: string) =>
  Object.assign(new Error(`boom ${code}`), { code, ...(reason ? { reason } : {}) })

describe('classifyMailReply', () => {
  it.each([
    [250, ['2.1.0 Sender OK'], false],
    [530, ['5.7.0 Must issue a STARTTLS command first'], true],
    [451, ['5.7.3 STARTTLS is required to send mail'], true],
    [530, ['5.7.0 Authentication required'], true],
    [451, ['4.7.3 try later'], true],
    [550, ['5.7.1 Client does not have permissions to send as this sender'], null],
    [421, ['4.3.2 Service not available'], null],
    [503, ['5.5.1 Bad sequence'], null],
  ])('%i %j', (code, lines, expected) => {
    expect(classifyMailReply({ code, lines })).toBe(expected)
  })
})

describe('error classification', () => {
  const ctx = { stack: 'OpenSSL 3.0.15', version: 'TLSv1' }

  it('our own library failing is untestable', () => {
    for (const code of [
      'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED',
      'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
      'ERR_SSL_NO_CIPHER_MATCH',
    ]) {
      const f = handshakeFailure(err(code), ctx)
      expect(f.outcome, code).toBe('untestable')
      expect(f.message).toMatch(/OpenSSL 3\.0\.15 on this machine cannot offer TLSv1/)
    }
  })

  it('the server saying no is refused', () => {
    const alert = err('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'tlsv1 alert protocol version')
    expect(handshakeFailure(alert, ctx).message).toBe(
      'the server sent a TLS alert: tlsv1 alert protocol version, ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    )
    expect(handshakeFailure(err('ERR_SSL_WRONG_VERSION_NUMBER'), ctx).message).toMatch(
      /not answer in TLS/,
    )
    expect(handshakeFailure(err('ERR_SSL_UNSUPPORTED_PROTOCOL'), ctx).message).toMatch(
      /another TLS version/,
    )
    expect(handshakeFailure(err('ECONNRESET'), ctx).outcome).toBe('refused')
  })

  it('network errors before TLS', () => {
    expect(socketFailure(err('ENOTFOUND'), 'resolve', 'x.invalid')).toMatchObject({
      outcome: 'unreachable',
      message: 'the name x.invalid could not be resolved (ENOTFOUND)',
    })
    expect(socketFailure(err('ECONNREFUSED'), 'connect', 'h').outcome).toBe('unreachable')
    expect(socketFailure(err('EHOSTUNREACH'), 'connect', 'h').outcome).toBe('unreachable')
    // A drop or a socket error in the SMTP dialogue ends the session before any TLS.
    expect(socketFailure(err('ECONNRESET'), 'ehlo', 'h')).toMatchObject({
      outcome: 'smtp-rejected',
      message: 'the server closed the connection during EHLO',
    })
    for (const phase of ['banner', 'starttls', 'mail'] as const)
      expect(socketFailure(err('EPROTO'), phase, 'h').outcome, phase).toBe('smtp-rejected')
    // In the handshake it stays a refusal of the TLS version tried.
    expect(socketFailure(err('ECONNRESET'), 'handshake', 'h').outcome).toBe('refused')
  })
})

describe('small parts', () => {
  it('Deadline bounds each phase by its share and by what is left', () => {
    const d = new Deadline(1000, Date.now())
    expect(d.bound('ehlo')).toBe(350)
    expect(d.bound('banner')).toBe(750)
    const late = new Deadline(1000, Date.now() - 900)
    expect(late.bound('banner')).toBeLessThanOrEqual(100)
    expect(new Deadline(1000, Date.now() - 5000).remaining()).toBe(0)
  })

  it('withinDeadline: work that never ends is cut off at the deadline, its sockets destroyed', async () => {
    const destroyed: string[] = []
    const socket = (name: string) => ({ destroy: () => destroyed.push(name) })
    const started = Date.now()
    const run = withinDeadline(new Deadline(150), (a) => {
      a.hold(socket('tcp'))
      a.phase = 'starttls'
      return new Promise<never>(() => {})
    })
    const e = await run.catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ProbeFailure)
    expect(e).toMatchObject({
      outcome: 'timeout',
      phase: 'starttls',
      message: 'the time limit of 150 ms ran out during STARTTLS',
    })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(Date.now() - started).toBeLessThan(400)
    expect(destroyed).toEqual(['tcp'])
  })

  it('withinDeadline: a connect cut off is unreachable; sockets held late are destroyed at once', async () => {
    const late: string[] = []
    let attempt: Parameters<Parameters<typeof withinDeadline>[1]>[0] | undefined
    const e = await withinDeadline(new Deadline(50), (a) => {
      attempt = a
      return new Promise<never>(() => {})
    }).catch((x: unknown) => x)
    expect(e).toMatchObject({ outcome: 'unreachable', phase: 'connect' })
    attempt?.hold({ destroy: () => late.push('tls') })
    expect(late).toEqual(['tls'])
    // Work that ends in time keeps its result, and its sockets are closed all the same.
    const closed: string[] = []
    const ok = await withinDeadline(new Deadline(1000), async (a) => {
      a.hold({ destroy: () => closed.push('tcp') })
      return 42
    })
    expect(ok).toBe(42)
    expect(closed).toEqual(['tcp'])
  })

  it('a chain too large for our library is untestable, never "refused"', () => {
    const big = err('ERR_SSL_EXCESSIVE_MESSAGE_SIZE', 'excessive message size')
    expect(handshakeFailure(big, { stack: 'OpenSSL 3.0.15', version: 'TLSv1.2' })).toMatchObject({
      outcome: 'untestable',
      message:
        'the server sent a handshake message larger than OpenSSL 3.0.15 accepts (excessive message size, ERR_SSL_EXCESSIVE_MESSAGE_SIZE), most likely a certificate chain over 100 KB: TLSv1.2 could not be tested',
    })
  })

  it('Transcript keeps hostile text printable and bounded', () => {
    const t = new Transcript()
    t.server('220 \u0000\u001b[31mred')
    for (let i = 0; i < 100; i++) t.client(`NOOP ${i}`)
    const lines = t.toArray()
    expect(lines[0]).toBe('S: 220 ..[31mred')
    expect(lines).toHaveLength(61)
    expect(lines.at(-1)).toBe('*: ... 41 more lines')
    expect(printable('x'.repeat(100), 10)).toBe('xxxxxxxxxx...')
  })

  it('the EHLO name is a plain host name, never anything that could inject a command', () => {
    expect(defaultHelo('EX01')).toBe('EX01')
    expect(defaultHelo('ex01.contoso.com')).toBe('ex01.contoso.com')
    expect(defaultHelo('bad\r\nRCPT TO:<x>')).toBe('localhost')
    expect(defaultHelo('')).toBe('localhost')
  })
})
