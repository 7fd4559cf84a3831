import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { TargetError } from '../../../main/probe/host-port'
import { parseSchannelOutput, SchannelProbeError } from '../../../main/probe/schannel-result'
import { runSchannelProbe, type SpawnLike } from '../../../main/probe/schannel-runner'
import { psQuote, schannelProbeScript } from '../../../main/probe/schannel-script'

const base = {
  host: 'mail.contoso.com',
  port: 25,
  mode: 'starttls',
  timeoutMs: 8000,
  helo: 'ex01',
} as const

const version = (result: string, protocol: string | null = null) => ({
  result,
  accepted: result === 'accepted',
  protocol,
  cipher: protocol ? 'Aes256 256, Sha384, 44550' : null,
  error: result === 'accepted' ? null : 'the server sent a TLS alert',
})

/** What the script prints for a server that speaks TLS 1.2 only. */
function sample() {
  return {
    host: 'mail.contoso.com',
    port: 25,
    mode: 'starttls',
    starttlsOffered: true,
    starttlsRequired: null,
    stack: 'Schannel',
    versions: {
      TLSv1: version('refused'),
      'TLSv1.1': version('refused'),
      'TLSv1.2': version('accepted', 'TLSv1.2'),
      'TLSv1.3': version('untestable'),
    },
    certificate: {
      version: 'TLSv1.2',
      subject: 'CN=mail.contoso.com',
      subjectAltNames: ['DNS Name=mail.contoso.com'],
      issuer: "CN=R11, O=Let's Encrypt, C=US",
      validFrom: '2025-01-01T00:00:00.0000000Z',
      validTo: '2025-04-01T00:00:00.0000000Z',
      fingerprint256: 'AB:CD',
      selfSigned: false,
      expired: false,
      trusted: true,
      trustError: null,
      nameMatches: true,
      nameError: null,
    },
    transcript: ['S: 220 mail.contoso.com', 'C: EHLO ex01'],
    durationMs: 912,
    systemDefault: version('accepted', 'TLSv1.2'),
  }
}

describe('schannelProbeScript', () => {
  const script = schannelProbeScript(base)

  it('sets the target as quoted literals and tries every version and the system default', () => {
    expect(script.split('\n').slice(0, 5)).toEqual([
      "$HostName = 'mail.contoso.com'",
      '$Port = 25',
      '$StartTls = $true',
      '$TimeoutMs = 8000',
      "$Helo = 'ex01'",
    ])
    for (const [name, value] of [
      ['TLSv1', 192],
      ['TLSv1.1', 768],
      ['TLSv1.2', 3072],
      ['TLSv1.3', 12288],
    ])
      expect(script).toContain(`@('${name}', ${value})`)
    expect(script).toContain("Probe-Version 0 'the system default'")
    expect(script).toContain('AuthenticateAsClient($HostName, $null, $wanted, $false)')
    expect(script).toContain("Send-Line $stream 'STARTTLS'")
    expect(script).toContain('ConvertTo-Json -Depth 6 -Compress')
    expect(script).not.toMatch(/MAIL FROM|RCPT|DATA/)
  })

  it('implicit TLS skips the SMTP dialogue', () => {
    const implicit = schannelProbeScript({ ...base, port: 465, mode: 'implicit' })
    expect(implicit).toContain('$StartTls = $false')
    expect(implicit).toContain('$Port = 465')
  })

  it('accepts IPv6 literals', () => {
    expect(schannelProbeScript({ ...base, host: '::1' })).toContain("$HostName = '::1'")
  })

  it('refuses anything that is not a host name, so nothing can break out of the quotes', () => {
    for (const host of [
      "x'; Remove-Item -Recurse C:\\; '",
      'x\u2019; calc; \u2018',
      'mail.contoso.com$(calc)',
      'a b',
      'mail`n.contoso.com',
    ])
      expect(() => schannelProbeScript({ ...base, host })).toThrow(TargetError)
    expect(() => schannelProbeScript({ ...base, helo: "ex01'; calc" })).toThrow(TargetError)
    expect(() => schannelProbeScript({ ...base, port: 0 })).toThrow(/not a port number/)
    expect(() => schannelProbeScript({ ...base, port: 25.5 })).toThrow(/not a port number/)
  })

  it('psQuote doubles every kind of single quote PowerShell honours', () => {
    expect(psQuote("it's")).toBe("'it''s'")
    expect(psQuote('a\u2019b')).toBe("'a\u2019\u2019b'")
  })
})

describe('parseSchannelOutput', () => {
  it('validates a complete result, ignoring noise before the JSON line', () => {
    const out = `WARNING: something\r\n${JSON.stringify(sample())}\r\n`
    const r = parseSchannelOutput(out)
    expect(r.stack).toBe('Schannel')
    expect(r.versions['TLSv1.2'].accepted).toBe(true)
    expect(r.systemDefault.protocol).toBe('TLSv1.2')
  })

  it('undoes the {"value": [...], "Count": n} arrays of Windows PowerShell 5.1', () => {
    const s = sample() as Record<string, unknown>
    s.transcript = { value: ['S: 220 hi'], Count: 1 }
    expect(parseSchannelOutput(JSON.stringify(s)).transcript).toEqual(['S: 220 hi'])
  })

  it('says clearly what is wrong', () => {
    const full = JSON.stringify(sample())
    expect(() => parseSchannelOutput('', 1, 'powershell: boom')).toThrow(
      'the Schannel probe printed no JSON (exit code 1): powershell: boom',
    )
    expect(() => parseSchannelOutput(full.slice(0, 200))).toThrow(/not valid JSON/)
    expect(() => parseSchannelOutput('{"fatal":"Exception calling Connect"}', 1)).toThrow(
      'Windows PowerShell could not run the Schannel probe: Exception calling Connect',
    )
    const wrong = { ...sample(), stack: 'OpenSSL', versions: { TLSv1: version('maybe') } }
    const error = (() => {
      try {
        parseSchannelOutput(JSON.stringify(wrong))
      } catch (e) {
        return e as Error
      }
    })()
    expect(error).toBeInstanceOf(SchannelProbeError)
    expect(error?.message).toMatch(/does not have the expected shape: .*stack/)
    expect(error?.message).toMatch(/versions\.TLSv1\.result/)
  })
})

/** A fake spawn that records its call and answers like PowerShell would. */
function fakeSpawn(answer: {
  stdout?: string
  stderr?: string
  code?: number
  hang?: boolean
  error?: Error
}) {
  const calls: { command: string; args: string[]; script: string }[] = []
  let killed = false
  const spawn: SpawnLike = (command, args) => {
    const file = args[args.indexOf('-File') + 1] as string
    calls.push({ command, args, script: readFileSync(file, 'utf8') })
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
      child.stderr.end(answer.stderr ?? '')
      setImmediate(() => child.emit('close', answer.code ?? 0))
    })
    return child
  }
  return { spawn, calls, killed: () => killed }
}

describe('runSchannelProbe', () => {
  const target = { host: 'mail.contoso.com', port: 25 }

  it('runs Windows PowerShell on a temporary script file and parses its answer', async () => {
    const fake = fakeSpawn({ stdout: JSON.stringify(sample()) })
    const r = await runSchannelProbe(target, { spawn: fake.spawn, platform: 'win32', helo: 'ex01' })
    expect(r.versions['TLSv1.2'].result).toBe('accepted')
    const call = fake.calls[0]
    expect(call?.command).toBe('powershell.exe')
    expect(call?.args.slice(0, 5)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-File',
    ])
    expect(call?.script.startsWith("\ufeff$HostName = 'mail.contoso.com'")).toBe(true)
    expect(existsSync(call?.args.at(-1) as string)).toBe(false)
  })

  it('reports the script failing, a spawn error and a hang', async () => {
    const fatal = fakeSpawn({ stdout: '{"fatal":"Access denied"}', code: 1 })
    await expect(
      runSchannelProbe(target, { spawn: fatal.spawn, platform: 'win32' }),
    ).rejects.toThrow(/could not run the Schannel probe: Access denied/)
    const missing = fakeSpawn({
      error: Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' }),
    })
    await expect(
      runSchannelProbe(target, { spawn: missing.spawn, platform: 'win32' }),
    ).rejects.toThrow(/ENOENT/)
    const hang = fakeSpawn({ hang: true })
    await expect(
      runSchannelProbe(target, {
        spawn: hang.spawn,
        platform: 'win32',
        timeoutMs: 50,
        startupMs: 50,
      }),
    ).rejects.toThrow('the Schannel probe did not finish within 100 ms')
    expect(hang.killed()).toBe(true)
  })

  it('is not attempted off Windows, nor for a bad host', async () => {
    const fake = fakeSpawn({})
    await expect(
      runSchannelProbe(target, { spawn: fake.spawn, platform: 'linux' }),
    ).rejects.toThrow(/needs Windows PowerShell/)
    await expect(
      runSchannelProbe({ host: "x';calc;'", port: 25 }, { spawn: fake.spawn, platform: 'win32' }),
    ).rejects.toThrow(TargetError)
    expect(fake.calls).toHaveLength(0)
  })
})
