import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../main/cli/index'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { forbidDns } from '../probe/no-dns'
import { startSmtp, testCert, type Running, type TestCert } from '../probe/servers'
import { startStall, within } from '../probe/stalling'

forbidDns()

async function json(...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) })
  return { code, err, d: out ? diagnosisSchema.parse(JSON.parse(out)) : undefined }
}

/** `diagnose --demo 2019-ex2019 --probe 127.0.0.1:PORT --json` (TLS 1.2 on in the registry). */
const probeDemo = (port: number) =>
  json('diagnose', '--demo', '2019-ex2019', '--probe', `127.0.0.1:${port}`, '--json')

let cert: TestCert
const servers: Running[] = []
beforeAll(async () => {
  cert = await testCert()
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
})

async function smtp(...a: Parameters<typeof startSmtp>) {
  const s = await startSmtp(a[0], { cert, ...a[1] })
  servers.push(s)
  return s
}

describe('tlswizard diagnose --probe (real SMTP servers on 127.0.0.1)', () => {
  it('adds the probe result and its findings to the diagnosis', async () => {
    const s = await smtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' })
    const { code, d } = await probeDemo(s.port)
    expect(d?.probes).toHaveLength(1)
    const r = d?.probes?.[0]?.result
    expect(r?.starttlsOffered).toBe(true)
    expect(r?.versions['TLSv1.2'].result).toBe('accepted')
    expect(r?.versions['TLSv1'].result).toBe('refused')
    // A self-signed test certificate is reported, but it does not break TLS 1.2.
    expect(d?.findings.map((f) => f.id)).toContain('certificate-untrusted')
    expect(d?.findings.map((f) => f.id)).not.toContain('tls12-refused-despite-registry')
    // The 2019 demo is healthy and an untrusted certificate is a warning: still healthy, exit 0.
    expect(d?.verdict).toBe('healthy')
    expect(code).toBe(0)
  })

  it('registry says TLS 1.2 is on, but the local server refuses it: the joint rule fires', async () => {
    const s = await smtp({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1', legacy: true })
    const { code, d } = await probeDemo(s.port)
    expect(d?.probes?.[0]?.result.versions['TLSv1.2'].result).toBe('refused')
    expect(d?.findings.map((f) => f.id)).toContain('tls12-refused-despite-registry')
    expect(d?.verdict).toBe('action-needed')
    expect(code).toBe(1)
  })

  it('a server that offers no STARTTLS', async () => {
    const s = await smtp({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' }, { hideStarttls: true })
    const { d } = await probeDemo(s.port)
    expect(d?.probes?.[0]?.result.starttlsOffered).toBe(false)
    expect(d?.findings.map((f) => f.id)).toContain('starttls-not-offered')
  })

  it('a server that stalls part-way: diagnose still ends within --timeout', async () => {
    const s = await startStall('banner')
    servers.push(s)
    const started = performance.now()
    const run = json(
      'diagnose',
      '--demo',
      '2019-ex2019',
      '--probe',
      `127.0.0.1:${s.port}`,
      '--timeout',
      '1500',
      '--json',
    )
    const { code, d } = await within(3000, run)
    expect(performance.now() - started).toBeLessThan(1500 + 500)
    const r = d?.probes?.[0]?.result
    expect(r?.versions['TLSv1.2']).toMatchObject({ result: 'timeout', accepted: false })
    expect(r?.versions['TLSv1.2'].error).toMatch(
      /the reply during the greeting was still incomplete after \d+ ms: "220"$/,
    )
    expect(d?.findings.map((f) => f.id)).toContain('probe-unreachable')
    // The probe could not see TLS at all: that decides nothing, so the registry's verdict stands.
    expect(d?.verdict).toBe('healthy')
    expect(code).toBe(0)
  })

  it('a bad target is a usage error (exit 2), not a crash', async () => {
    expect(await json('diagnose', '--demo', '2019-ex2019', '--probe', 'bad host:25')).toMatchObject(
      { code: 2 },
    )
    expect(
      (await json('diagnose', '--demo', '2019-ex2019', '--probe', '127.0.0.1:25', '--timeout', '5'))
        .code,
    ).toBe(2)
  })
})
