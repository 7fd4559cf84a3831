import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../../main/input-error'
import { mapBounded, probeCommand } from '../../../main/cli/probe-command'
import { probeBatchSchema, probeResultSchema } from '../../../shared/probe'
import { targetLabel } from '../../../shared/probe-basics'
import { cli } from '../../helpers/cli'
import { forbidDns } from '../probe/no-dns'
import { closedPort, startImplicitTls, startSmtp, type Running } from '../probe/servers'
import { startStall, within, type Stall } from '../probe/stalling'

forbidDns()

const names: string[] = []
/** Stands in for the system resolver: nothing here is allowed to leave this machine. */
const lookup = async (host: string): Promise<{ address: string }> => {
  names.push(host)
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
}

async function probe(...args: string[]) {
  let out = ''
  let err = ''
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s) }
  const code = await probeCommand(args, io, { lookup })
  return { code, out, err }
}

let smtp: Running
let implicit: Running
beforeAll(async () => {
  smtp = await startSmtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }, { requireTls: true })
  implicit = await startImplicitTls({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' })
})
afterAll(async () => {
  await Promise.all([smtp.close(), implicit.close()])
})

describe('tlswizard probe', () => {
  it('prints a table of the four versions and the certificate, exit 0', async () => {
    const { code, out, err } = await probe(`127.0.0.1:${smtp.port}`, '--timeout', '3000')
    expect(code).toBe(0)
    expect(err).toBe('')
    const lines = out.split('\n')
    expect(lines[0]).toMatch(
      new RegExp(
        `^Probe of 127\\.0\\.0\\.1:${smtp.port} \\(SMTP STARTTLS\\) with OpenSSL [\\d.]+, \\d+ ms$`,
      ),
    )
    expect(lines[1]).toBe('STARTTLS offered: yes    STARTTLS required: yes')
    expect(lines[3]).toMatch(/^Version +Result +Protocol +Cipher +Detail$/)
    expect(lines[4]).toMatch(/^TLSv1 +refused +- +- +the server sent a TLS alert/)
    expect(lines[6]).toMatch(
      /^TLSv1\.2 +accepted +TLSv1\.2 +TLS_ECDHE_RSA_WITH_AES_\d+_GCM_SHA\d+$/,
    )
    expect(lines[7]).toMatch(/^TLSv1\.3 +accepted +TLSv1\.3 +TLS_AES_/)
    expect(out).toContain('Certificate (seen on TLSv1.3)')
    expect(out).toMatch(/Subject +CN=localhost/)
    expect(out).toMatch(/Trusted +no \(DEPTH_ZERO_SELF_SIGNED_CERT\)/)
    expect(out).toMatch(/Matches 127\.0\.0\.1 +yes/)
  })

  it('--json prints the result contract', async () => {
    const { code, out } = await probe(`127.0.0.1:${smtp.port}`, '--json')
    expect(code).toBe(0)
    const r = probeResultSchema.parse(JSON.parse(out))
    expect(Object.keys(JSON.parse(out))).toEqual([
      'host',
      'port',
      'mode',
      'starttlsOffered',
      'starttlsRequired',
      'stack',
      'versions',
      'certificate',
      'transcript',
      'durationMs',
    ])
    expect(r).toMatchObject({
      host: '127.0.0.1',
      port: smtp.port,
      mode: 'starttls',
      starttlsRequired: true,
    })
  })

  it('--starttls none probes implicit TLS; --starttls smtp forces the dialogue', async () => {
    const none = await probe(`127.0.0.1:${implicit.port}`, '--starttls', 'none', '--json')
    const r = probeResultSchema.parse(JSON.parse(none.out))
    expect(r.mode).toBe('implicit')
    expect(r.versions['TLSv1.3'].result).toBe('accepted')
    expect(r.versions['TLSv1.2'].result).toBe('refused')
    const forced = await probe(`127.0.0.1:${smtp.port}`, '--starttls', 'smtp', '--json')
    expect(JSON.parse(forced.out).mode).toBe('starttls')
  })

  it('exit 3 when the target cannot be reached at all', async () => {
    const port = await closedPort()
    const human = await probe(`127.0.0.1:${port}`, '--timeout', '500')
    expect(human.code).toBe(3)
    expect(human.out).toMatch(/TLSv1\.2 +unreachable +- +- +the port is closed/)
    expect(human.out).toContain(
      'The target could not be reached: the port is closed (connection refused)',
    )
    const json = await probe(`[::1]:${port}`, '--timeout', '500', '--json')
    expect(json.code).toBe(3)
    expect(JSON.parse(json.out).host).toBe('::1')
    expect(json.err).toMatch(/could not be reached/)
    const dns = await probe('nowhere.invalid', '--timeout', '500')
    expect(dns.code).toBe(3)
    expect(dns.out).toContain('the name nowhere.invalid could not be resolved (ENOTFOUND)')
    expect(names).toEqual(['nowhere.invalid'])
  })

  it('exit 3 also when the versions this stack cannot offer were never tried', async () => {
    const port = await closedPort()
    let out = ''
    const stack = { name: 'Test TLS', legacyCiphers: null, offers: ['TLSv1.2', 'TLSv1.3'] as const }
    const code = await probeCommand(
      [`127.0.0.1:${port}`, '--timeout', '500'],
      { out: (s) => (out += s), err: () => {} },
      { stack },
    )
    expect(code).toBe(3)
    expect(out).toMatch(/TLSv1 +untestable/)
    expect(out).toContain('The target could not be reached: the port is closed')
  })

  it('several targets: one process, one JSON document in the order given', async () => {
    const port = await closedPort()
    const given = [`127.0.0.1:${smtp.port}`, `127.0.0.1:${port}`, `127.0.0.1:${smtp.port}`]
    const { code, out, err } = await probe(...given, '--timeout', '1000', '--json')
    // One target could not be reached: exit 3, and stderr names it.
    expect(code).toBe(3)
    expect(err).toBe(
      `127.0.0.1:${port}: The target could not be reached: the port is closed (connection refused)\n`,
    )
    const doc = probeBatchSchema.parse(JSON.parse(out))
    expect(doc).toMatchObject({ probeBatch: 1, targets: 3, unreachable: 1 })
    expect(doc.results.map(targetLabel)).toEqual(given)
    expect(doc.results[0]).toMatchObject({ mode: 'starttls', starttlsRequired: true })
    expect(doc.results[0]?.versions['TLSv1.2'].result).toBe('accepted')
    expect(doc.results[1]?.versions['TLSv1.2'].result).toBe('unreachable')
    expect(doc.results[2]?.versions['TLSv1.3'].result).toBe('accepted')
  })

  it('several targets in text: one report each, exit 0 when all were reached', async () => {
    const { code, out } = await probe(`127.0.0.1:${smtp.port}`, `127.0.0.1:${smtp.port}`)
    expect(code).toBe(0)
    expect(out.match(/^Probe of 127\.0\.0\.1:/gm)).toHaveLength(2)
  })

  it('probes at most the given number of targets at once, results in order', async () => {
    let running = 0
    let most = 0
    const seen = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setImmediate(resolve))
      running--
      return n * 10
    })
    expect(seen).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(most).toBe(3)
  })

  it.each([
    [[], /give at least one target/],
    [['127.0.0.1:25', 'mail.contoso.com:99999'], /"99999" is not a port number/],
    [['mail.contoso.com:99999'], /"99999" is not a port number/],
    [["x';calc"], /not a valid host name/],
    [['mail.contoso.com', '--starttls', 'tls'], /--starttls takes "smtp" or "none", not "tls"/],
    [
      ['mail.contoso.com', '--timeout', 'soon'],
      /--timeout takes milliseconds between 100 and 120000/,
    ],
    [['mail.contoso.com', '--timeout', '5'], /not "5"/],
  ])('bad input %j is an InputError (exit 2)', async (args, message) => {
    const run = probe(...args)
    await expect(run).rejects.toThrow(InputError)
    await expect(run).rejects.toThrow(message)
  })

  it('an unknown option is reported by parseArgs (exit 2 in the dispatcher)', async () => {
    await expect(probe('mail.contoso.com', '--tls13')).rejects.toMatchObject({
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    })
  })

  describe('a server that stalls part-way: the command ends within --timeout', () => {
    const TIMEOUT = 1500
    const BOUND = TIMEOUT + 1500
    const stalled: Running[] = []
    afterAll(async () => {
      await Promise.all(stalled.map((s) => s.close()))
    })

    it.each([
      [
        'banner',
        [],
        /timeout +- +- +the reply during the greeting was still incomplete after \d+ ms: "220"$/,
      ],
      [
        'drip',
        [],
        /timeout +- +- +the reply during the greeting was still incomplete after \d+ ms: "2"$/,
      ],
      [
        'starttls',
        [],
        /timeout +- +- +the reply during STARTTLS was still incomplete after \d+ ms: "220 Rea"$/,
      ],
      ['handshake', [], /timeout +- +- +no answer during the TLS handshake within/],
      ['implicit', ['--starttls', 'none'], /timeout +- +- +no answer during the TLS handshake/],
    ] as [Stall, string[], RegExp][])('%s', async (kind, extra, detail) => {
      const server = await startStall(kind)
      stalled.push(server)
      const started = performance.now()
      const run = cli('probe', `127.0.0.1:${server.port}`, '--timeout', `${TIMEOUT}`, ...extra)
      const { code, out, err } = await within(BOUND, run)
      const ms = performance.now() - started
      // The probe ran and the server answered nothing usable: exit 0 with every version timed out.
      expect(code).toBe(0)
      expect(err).toBe('')
      expect(ms).toBeLessThan(TIMEOUT + 500)
      for (const v of ['TLSv1 ', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'])
        expect(out.split('\n').find((l) => l.startsWith(v))).toMatch(detail)
      expect(out).toContain('No certificate: no version was accepted.')
    })
  })
})
