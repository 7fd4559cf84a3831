import { EventEmitter } from 'node:events'
import net from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplyReader, type ReaderSocket, type SmtpReply } from '../../../main/probe/reply-reader'
import { Transcript } from '../../../main/probe/transcript'
import { fuzz, fuzzRuns } from '../../fuzz/fuzz-kit'

/** A reader over a socket stand-in that gets `chunks`, each as one 'data' event. */
function readerOf(chunks: string[], limits = { maxLineBytes: 8, maxTotalBytes: 40 }) {
  const socket = Object.assign(new EventEmitter(), {
    destroyed: false,
    write: () => true,
    destroy() {
      socket.destroyed = true
      return socket
    },
  })
  const reader = new ReplyReader(socket as unknown as ReaderSocket, 'h', new Transcript(), limits)
  for (const c of chunks) socket.emit('data', Buffer.from(c, 'latin1'))
  return { reader, socket }
}

describe('ReplyReader caps: nothing past the first violation is ever read', () => {
  it('a line over the cap is not skipped: the lines after it in the same chunk are not read', async () => {
    const { reader, socket } = readerOf(['220 hi\r\n250-AAAAAAAAAA\r\n250 OK\r\n'])
    expect(await reader.read('banner', 50)).toEqual({ code: 220, lines: ['hi'] })
    await expect(reader.read('ehlo', 50)).rejects.toThrow(
      'a reply line during the greeting is longer than 8 bytes',
    )
    expect(socket.destroyed).toBe(true)
  })

  it('complete replies past the byte cap are not read either', async () => {
    const { reader } = readerOf([`220 a\r\n${'250 b\r\n'.repeat(10)}`])
    const got: number[] = []
    const failure = await (async () => {
      for (;;) got.push((await reader.read('banner', 50)).code)
    })().catch((e: Error) => e.message)
    // 40 bytes: "220 a" and four whole "250 b" lines (7 bytes each) fit, the fifth does not.
    expect(got).toEqual([220, 250, 250, 250, 250])
    expect(failure).toBe('the server sent more than 40 bytes during the greeting')
  })

  it('a line of exactly the cap is read however its CR LF is split', async () => {
    for (const chunks of [['250 OKOK\r\n'], ['250 OKOK\r', '\n'], ['250 OKOK', '\r\n']]) {
      const { reader } = readerOf(chunks)
      expect(await reader.read('banner', 50), JSON.stringify(chunks)).toEqual({
        code: 250,
        lines: ['OKOK'],
      })
    }
  })

  it('a reply that stops half-way says what came, after exactly its limit', async () => {
    const { reader } = readerOf(['250-first\r\n', '250 sec'], {
      maxLineBytes: 64,
      maxTotalBytes: 999,
    })
    const started = Date.now()
    await expect(reader.read('ehlo', 120)).rejects.toThrow(
      'the reply during EHLO was still incomplete after 120 ms: "250-first.250 sec"',
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(115)
    expect(Date.now() - started).toBeLessThan(400)
  })
})

describe('ReplyReader on a real loopback socket (the stand-in of the fuzz suite is faithful)', () => {
  let server: net.Server
  let port = 0
  const peers: net.Socket[] = []
  beforeAll(async () => {
    server = net.createServer((s) => peers.push(s.on('error', () => {})))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(async () => {
    for (const s of peers) s.destroy()
    await new Promise((resolve) => server.close(resolve))
  })

  /** A connected pair: the reader on our side, the raw socket the "server" writes to. */
  async function pair() {
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve))
    const client = net.connect({ host: '127.0.0.1', port }).on('error', () => {})
    await new Promise((resolve) => client.once('connect', resolve))
    return { client, peer: await accepted }
  }

  const text = fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s))
  const reply = fc.record({
    code: fc.integer({ min: 200, max: 599 }),
    lines: fc.array(text, { minLength: 1, maxLength: 4 }),
  })

  it('well-formed replies written in random pieces are read exactly', async () => {
    const arb = fc.record({
      replies: fc.array(reply, { minLength: 1, maxLength: 4 }),
      cuts: fc.array(fc.nat(), { maxLength: 8 }),
    })
    // Real connections cost more than the stand-in: a tenth of the fuzz cases, 5000 at most.
    const runs = Math.min(5000, Math.ceil(fuzzRuns() / 10))
    await fuzz(
      'smtp-reply loopback',
      arb,
      async (c) => {
        const wire = Buffer.from(
          c.replies
            .flatMap((r) =>
              r.lines.map((l, i) => `${r.code}${i < r.lines.length - 1 ? '-' : ' '}${l}`),
            )
            .map((l) => `${l}\r\n`)
            .join(''),
          'latin1',
        )
        const { client, peer } = await pair()
        const reader = new ReplyReader(client, 'h', new Transcript())
        const edges = [0, ...c.cuts.map((x) => x % (wire.length + 1)).sort((a, b) => a - b)]
        for (const [i, from] of edges.entries()) {
          peer.write(wire.subarray(from, edges[i + 1] ?? wire.length))
          await new Promise((resolve) => setImmediate(resolve))
        }
        const got: SmtpReply[] = []
        for (let i = 0; i < c.replies.length; i++) got.push(await reader.read('banner', 2000))
        expect(got).toEqual(c.replies)
        client.destroy()
        peer.destroy()
      },
      runs,
    )
  }, 60_000)
})
