import path from 'node:path'
import { generate } from 'selfsigned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LogsResult } from '../../../shared/logs'
import type { ProbeResult } from '../../../shared/probe'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import {
  headerLines,
  logBytes,
  put,
  sendTlsSuccess,
  sessionLines,
} from '../../helpers/exchange-logs'
import { forbidDns } from '../probe/no-dns'
import { startImplicitTls, type Running } from '../probe/servers'
import { unsafeChars } from './unsafe-chars'

forbidDns()

describe('logs text output: what remote servers and log files said is terminal-safe', () => {
  it('a connector id and the name in a 220 banner with escape sequences, C1 and bidi controls', async () => {
    const connector = 'Outbound\x1b[2K\x1b[1A to Partner\u202e'
    const host = 'mx\x1b[32m.partner\u009b.example'
    const folder = path.join(await scratchDir(), 'SmtpSend')
    const file = await put(
      path.join(folder, 'SEND2024011410-1.LOG'),
      logBytes([
        ...headerLines('send', '2024-01-14T10:00:00.000Z'),
        ...sessionLines({
          sid: '08DC000000000001',
          connector,
          start: '2024-01-14T10:30:00.000Z',
          rows: sendTlsSuccess(host, 'TLS1_0'),
          remote: '192.0.2.25:25',
        }),
      ]),
    )
    // A file name is data too (Windows allows C1 and bidi controls in one): one without the columns.
    await put(
      path.join(folder, 'SEND\u202e\u009b2J.LOG'),
      logBytes(['#Software: Microsoft Exchange Server', '#Fields: when,who,what', 'x,y,z']),
    )
    const text = await cli('logs', folder)
    expect(text.err).toBe('')
    expect(unsafeChars(text.out)).toEqual([])
    expect(text.out).toMatch(/\n {2}Outbound\.\[2K\.\[1A to Partner\. +send +1 /)
    expect(text.out).toContain(
      '\n  mx.[32m.partner..example: TLS 1.0, 1 session, last 14 Jan 2024 10:30 UTC (Outbound.[2K.[1A to Partner., send)\n',
    )
    expect(text.out).toContain(`\n  ${path.join(folder, 'SEND..2J.LOG')}: `)
    const json = JSON.parse((await cli('logs', file, '--json')).out) as LogsResult
    expect(json.connectors[0]?.connector).toBe(connector)
    expect(json.connectors[0]?.legacyPeers[0]?.peer).toBe(host)
  })
})

describe('probe text output: the names in a server certificate are terminal-safe', () => {
  let server: Running
  const cn = 'mail\x1b[2K\x1b[1A\u202elaer'
  beforeAll(async () => {
    const made = await generate([{ name: 'commonName', value: cn }], {
      keySize: 2048,
      algorithm: 'sha256',
    })
    server = await startImplicitTls(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { key: made.private, cert: made.cert },
    )
  })
  afterAll(() => server.close())

  it('subject and issuer shown with dots; --json exact', async () => {
    const target = `127.0.0.1:${server.port}`
    const args = ['probe', target, '--starttls', 'none', '--timeout', '3000']
    const text = await cli(...args)
    expect(unsafeChars(text.out)).toEqual([])
    expect(text.out).toMatch(/\n {2}Subject +CN=mail\.\[2K\.\[1A\.laer\n/)
    expect(text.out).toMatch(/\n {2}Issuer +CN=mail\.\[2K\.\[1A\.laer\n/)
    const json = JSON.parse((await cli(...args, '--json')).out) as ProbeResult
    expect(json.certificate?.subject).toBe(`CN=${cn}`)
  })
})
