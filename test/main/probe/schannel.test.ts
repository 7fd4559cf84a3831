import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  errorText,
  parseNativeOutput,
  SchannelProbeError,
  toSchannelResult,
} from '../../../main/probe/native-schannel'
import {
  probeExeCandidates,
  runSchannelProbe,
  type SpawnLike,
} from '../../../main/probe/schannel-runner'
import type { SchannelAttempt } from '../../../shared/schannel-probe'

// Printed by schannel-probe.exe under Wine against a loopback SMTP server that speaks TLS 1.2 only.
const FIXTURE = readFileSync(
  path.join(__dirname, '../../fixtures/schannel-probe/wine-smtp-tls12-only.json'),
  'utf8',
)
const sample = () =>
  JSON.parse(FIXTURE) as Record<string, unknown> & { attempts: SchannelAttempt[] }

const thrown = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e as Error
  }
  throw new Error('did not throw')
}

describe('parseNativeOutput and toSchannelResult', () => {
  it('reads a real run into the probe result shape, per version and the system default', () => {
    const r = toSchannelResult(parseNativeOutput(`noise\r\n${FIXTURE}`))
    expect(r.stack).toBe('Schannel')
    expect(r.starttlsOffered).toBe(true)
    expect(r.systemDefault).toMatchObject({ result: 'accepted', protocol: 'TLSv1.2' })
    expect(r.systemDefault.cipher).toBe('CALG_AES_128 128, CALG_SHA_256 0, CALG_ECDH_EPHEM 0')
    expect(r.versions['TLSv1.2'].accepted).toBe(true)
    expect(r.versions.TLSv1).toMatchObject({ result: 'refused', accepted: false })
    expect(r.versions.TLSv1.error).toBe(
      'the TLS handshake failed (InitializeSecurityContext: SEC_E_INTERNAL_ERROR 0x80090304)',
    )
    // Pinned to 1.3, Wine negotiated 1.2: that says nothing about 1.3.
    expect(r.versions['TLSv1.3']).toMatchObject({ result: 'untestable', accepted: false })
    expect(r.transcript[0]).toBe('S: 220 vm ESMTP')
    expect(r.certificate).toBeNull()
  })

  it('an SMTP dialogue that failed before the handshake is rejected before TLS, not refused', () => {
    const data = sample()
    data.attempts = data.attempts.map((a) =>
      a.name === 'TLSv1'
        ? a
        : {
            ...a,
            ...{ result: 'refused', stage: 'smtp', protocol: null, protocolCode: null },
            ...{ protocolBits: null, cipher: null, hash: null, exchange: null, error: null },
            detail: 'STARTTLS was answered with 454',
          },
    )
    const r = toSchannelResult(parseNativeOutput(JSON.stringify(data)))
    expect(r.systemDefault).toMatchObject({ result: 'smtp-rejected', accepted: false })
    expect(r.versions['TLSv1.2']).toMatchObject({
      result: 'smtp-rejected',
      error: 'STARTTLS was answered with 454',
    })
    // A refusal in the handshake itself stays one.
    expect(r.versions.TLSv1.result).toBe('refused')
  })

  it('names a status it does not know by its number only', () => {
    const a = {
      ...(sample().attempts[1] as SchannelAttempt),
      error: { function: 'X', name: null, code: '0x80090999' },
    }
    expect(errorText(a)).toBe('the TLS handshake failed (X: status 0x80090999)')
    expect(errorText({ ...a, detail: null, error: null })).toBe('refused')
  })

  it('says clearly what is wrong', () => {
    expect(() => parseNativeOutput('', 3, 'wine: cannot start')).toThrow(
      'schannel-probe.exe printed no JSON (exit code 3): wine: cannot start',
    )
    expect(() => parseNativeOutput(FIXTURE.slice(0, 300))).toThrow(/not valid JSON/)
    expect(() => parseNativeOutput('{"fatal":"the port is not 1-65535"}', 2)).toThrow(
      'schannel-probe.exe refused the request: the port is not 1-65535',
    )
    const s = sample()
    s.attempts = [...s.attempts].reverse()
    expect(() => parseNativeOutput(JSON.stringify(s))).toThrow(/attempts: .* in that order/)
    // A result the schema does not know, as a damaged or foreign program could print.
    s.attempts[0] = { ...s.attempts[0], result: 'maybe' } as unknown as SchannelAttempt
    const e = thrown(() => parseNativeOutput(JSON.stringify(s)))
    expect(e).toBeInstanceOf(SchannelProbeError)
    expect(e.message).toMatch(/does not have the expected shape: attempts\.0\.result/)
  })
})

/** A fake spawn that records its call and answers like the exe would. */
function fakeSpawn(answer: { stdout?: string; code?: number; hang?: boolean; error?: Error }) {
  const calls: { command: string; args: string[] }[] = []
  let killed = false
  const spawn: SpawnLike = (command, args) => {
    calls.push({ command, args })
    const child = Object.assign(new EventEmitter(), {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      kill: () => {
        killed = true
        child.emit('close', null)
      },
    })
    setImmediate(() => {
      if (answer.error) return child.emit('error', answer.error)
      if (answer.hang) return
      child.stdout.end(answer.stdout ?? '')
      child.stderr.end('')
      setImmediate(() => child.emit('close', answer.code ?? 0))
    })
    return child
  }
  return { spawn, calls, killed: () => killed }
}

describe('runSchannelProbe', () => {
  const win = { platform: 'win32' as const, exePath: 'C:\\t\\schannel-probe.exe' }

  it('runs the exe with plain arguments and reads its answer', async () => {
    const fake = fakeSpawn({ stdout: FIXTURE })
    const target = { host: 'Mail.Contoso.com', port: 25 }
    const r = await runSchannelProbe(target, { ...win, spawn: fake.spawn, helo: 'ex01' })
    expect(r.systemDefault.protocol).toBe('TLSv1.2')
    expect(fake.calls).toEqual([
      {
        command: 'C:\\t\\schannel-probe.exe',
        args: [
          ...['--host', 'mail.contoso.com', '--port', '25', '--timeout-ms', '8000'],
          ...['--smtp', '--helo', 'ex01'],
        ],
      },
    ])
    await runSchannelProbe({ host: '::1', port: 465 }, { ...win, spawn: fake.spawn, timeoutMs: 5 })
    expect(fake.calls[1]?.args).toEqual(['--host', '::1', '--port', '465', '--timeout-ms', '100'])
  })

  it('refuses what it cannot run, before starting anything', async () => {
    const fake = fakeSpawn({ stdout: FIXTURE })
    const go = (host: string, o = {}) =>
      runSchannelProbe({ host, port: 25 }, { ...win, spawn: fake.spawn, ...o })
    await expect(go('a.b', { platform: 'linux' })).rejects.toThrow('runs only on Windows')
    await expect(go('x; calc')).rejects.toThrow()
    await expect(go('a.b', { exePath: undefined })).rejects.toThrow(/was not found \(looked in/)
    expect(fake.calls).toEqual([])
  })

  it('stops a run that does not end, and reports a start failure', async () => {
    const hung = fakeSpawn({ hang: true })
    const o = { ...win, spawn: hung.spawn, timeoutMs: 100, startupMs: 0 }
    await expect(runSchannelProbe({ host: '127.0.0.1', port: 25 }, o)).rejects.toThrow(
      'did not finish within 500 ms',
    )
    expect(hung.killed()).toBe(true)
    const broken = fakeSpawn({ error: new Error('ENOENT') })
    await expect(
      runSchannelProbe({ host: '127.0.0.1', port: 25 }, { ...win, spawn: broken.spawn }),
    ).rejects.toThrow('schannel-probe.exe could not be started: ENOENT')
  })
})

describe('probeExeCandidates', () => {
  it('looks at the override, beside the exe, then beside the bundle (outside app.asar)', () => {
    const list = probeExeCandidates(
      { TLSWIZARD_SCHANNEL_PROBE: '/o/p.exe' },
      '/app/Mailflow TLS Wizard.exe',
      '/app/resources/app.asar/dist/main',
    )
    expect(list).toEqual([
      '/o/p.exe',
      '/app/schannel-probe.exe',
      '/app/resources/tlswizard/schannel-probe.exe',
      '/app/resources/app.asar.unpacked/dist/main/native/schannel-probe.exe',
      '/app/resources/app.asar.unpacked/dist/native/schannel-probe.exe',
    ])
  })
})
