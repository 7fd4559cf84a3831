import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findLogSet } from '../../../main/logs/find-logs'
import { scanLogs, type ScanOptions } from '../../../main/logs/scan-logs'
import { translate } from '../../../shared/i18n/translate'
import { logsResultSchema, type ConnectorLogs, type LogsResult } from '../../../shared/logs'
import { FIX_TIME, FRONTEND, TO_O365, writeLogFixtures } from '../../helpers/log-fixtures'

let dir = ''
let fx: Awaited<ReturnType<typeof writeLogFixtures>>
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-logs-'))
  fx = await writeLogFixtures(dir)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const NOW = new Date('2024-01-20T12:00:00Z')

async function scan(paths: string[], opts: ScanOptions = {}): Promise<LogsResult> {
  const r = await scanLogs(await findLogSet(paths), { now: NOW, ...opts })
  // Every result honours the JSON contract, and every message has all its parameters.
  expect(logsResultSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r)
  for (const f of r.findings)
    for (const part of ['title', 'advice'])
      expect(translate(`${f.messageKey}.${part}`, f.params)).not.toMatch(/\{\w+\}/)
  return r
}

const connector = (r: LogsResult, name: string, direction = 'send'): ConnectorLogs => {
  const c = r.connectors.find((x) => x.connector === name && x.direction === direction)
  if (!c) throw new Error(`no ${direction} connector ${name}`)
  return c
}

describe('2013+ hourly send logs (UTF-8 with BOM), a session across two files, rows out of order', () => {
  it('before the fix: 5 failures to Office 365 since 14 Jan 08:00, TLS 1.2 last worked 13 Jan 10:24', async () => {
    const r = await scan([fx.files.a, fx.files.b, fx.files.c])
    expect(r.totals).toMatchObject({ files: 3, sessions: 9 })
    expect(r.fileProblems).toEqual([])
    const c = connector(r, TO_O365)
    expect(c.all).toMatchObject({
      sessions: 8,
      outcomes: { tls: 2, 'tls-failed': 4, 'starttls-required': 1, 'connection-failed': 1 },
      tlsVersions: { 'TLS 1.2': 2 },
      tlsErrors: { SocketError: 4 },
    })
    // The failed connection named no host: not known as Office 365.
    expect(c.office365.sessions).toBe(7)
    expect(c.office365.firstFailure).toMatchObject({
      time: '2024-01-14T08:00:00.000Z',
      error: 'SocketError',
    })
    // The scrambled session: its peer is the banner's host (the lowest sequence number).
    expect(c.office365.lastFailure).toMatchObject({
      time: '2024-01-14T09:10:00.000Z',
      peer: 'am4pepf00027a6c.mail.protection.outlook.com',
      sessionId: '08DC14A3B2C400C1',
    })
    expect(c.office365.lastSuccess).toMatchObject({
      time: '2024-01-13T10:24:00.000Z',
      version: 'TLS 1.2',
      cipher: 'CALG_AES_256 256 CALG_ECDHE',
    })
    expect(r.summary).toEqual([
      'Outbound to Office 365 (send): 5 sessions to Office 365 failed (most often with TLS negotiation SocketError) since 14 Jan 08:00 UTC; TLS 1.2 last worked 13 Jan 10:24 UTC',
    ])
    const failing = r.findings.find((f) => f.id === 'logs-o365-tls-failing')
    expect(failing).toMatchObject({
      severity: 'error',
      messageKey: 'finding.logs-o365-tls-failing.send',
    })
    expect(r.findings.find((f) => f.id === 'logs-starttls-required')).toMatchObject({
      severity: 'error',
      params: { count: 1, office365: 1 },
    })
    // The partner that still takes TLS 1.0.
    expect(connector(r, 'Outbound to Partner').legacyPeers).toEqual([
      {
        peer: 'mx.partner.example',
        version: 'TLS 1.0',
        sessions: 1,
        lastSeen: '2024-01-13T10:30:00.000Z',
      },
    ])
    expect(r.findings.find((f) => f.id === 'logs-legacy-tls-peers')?.params.peers).toBe(
      'mx.partner.example (TLS 1.0, 1)',
    )
  })

  it('the crossing session is one session, judged from both files, whatever order they are named in', async () => {
    const both = connector(await scan([fx.files.c, fx.files.b]), TO_O365)
    expect(both.all.sessions).toBe(6)
    expect(both.all.outcomes).toEqual({
      'tls-failed': 4,
      'starttls-required': 1,
      'connection-failed': 1,
    })
    // File B alone: the session that goes on in file C has no end yet.
    const alone = connector(await scan([fx.files.b]), TO_O365)
    expect(alone.all.outcomes).toEqual({
      'tls-failed': 2,
      'starttls-required': 1,
      'connection-failed': 1,
      incomplete: 1,
    })
  })

  it('with the fix time: after it, 3 sessions, all TLS 1.2, and no error any more', async () => {
    const r = await scan([fx.hubSend], { pivot: { time: new Date(FIX_TIME), source: 'option' } })
    const c = connector(r, TO_O365)
    expect(c.office365.beforePivot).toMatchObject({
      sessions: 7,
      outcomes: { tls: 2, 'tls-failed': 4, 'starttls-required': 1 },
    })
    expect(c.office365.afterPivot).toEqual({
      sessions: 3,
      outcomes: { tls: 3 },
      tlsVersions: { 'TLS 1.2': 3 },
      tlsErrors: {},
    })
    expect(r.summary[0]).toBe(
      'Outbound to Office 365 (send): 5 sessions to Office 365 failed (most often with TLS negotiation SocketError) since 14 Jan 08:00 UTC; TLS 1.2 last worked 16 Jan 09:35 UTC; since the fix: 3 sessions, all TLS 1.2',
    )
    expect(r.findings.map((f) => `${f.severity}:${f.id}`)).toEqual([
      'warning:logs-starttls-required',
      'warning:logs-legacy-tls-peers',
      'info:logs-o365-tls-working',
    ])
    expect(r.pivot).toBe(FIX_TIME)
  })

  it('--since leaves out the sessions that started before it (and the files that end before it)', async () => {
    const r = await scan([fx.hubSend], { since: new Date('2024-01-16T00:00:00Z') })
    expect(r.totals).toMatchObject({ files: 1, sessions: 3 })
    expect(r.summary).toEqual([
      'Outbound to Office 365 (send): 3 sessions to Office 365, all TLS 1.2',
    ])
  })
})

describe('receive logs', () => {
  it('Office 365 by EHLO name, 451 5.7.3 refused for want of STARTTLS, TLS 1.0 peer, truncated last row', async () => {
    const r = await scan([fx.files.e])
    expect(r.fileProblems).toEqual([
      { path: fx.files.e, error: null, truncatedRows: 1, badRows: 0 },
    ])
    const c = connector(r, FRONTEND, 'receive')
    expect(c.all).toMatchObject({
      sessions: 4,
      outcomes: { tls: 2, 'starttls-required': 1, incomplete: 1 },
      tlsVersions: { 'TLS 1.2': 1, 'TLS 1.0': 1 },
    })
    expect(c.office365).toMatchObject({ sessions: 1, outcomes: { tls: 1 } })
    expect(c.legacyPeers.map((p) => p.peer)).toEqual(['oldmta.partner.example'])
    expect(r.findings.find((f) => f.id === 'logs-starttls-required')).toMatchObject({
      severity: 'warning',
      messageKey: 'finding.logs-starttls-required.receive',
    })
    expect(r.summary).toEqual([
      'EX01\\Default Frontend EX01 (receive): 1 session from Office 365, all TLS 1.2',
    ])
  })

  it.each([['utf16le'], ['utf16be'], ['ansi']] as const)(
    're-saved as %s: the same counts',
    async (enc) => {
      const r = await scan([fx.files[enc]])
      expect(r.connectors).toHaveLength(1)
      const c = r.connectors[0] as ConnectorLogs
      expect(c.connector).toBe(enc === 'ansi' ? 'EX01\\Réception EX01' : FRONTEND)
      expect(c.all.outcomes).toEqual({ tls: 2, 'starttls-required': 1, incomplete: 1 })
      expect(r.fileProblems[0]?.truncatedRows).toBe(1)
    },
  )

  it('Edge: Office 365 known by its certificate subject only', async () => {
    const r = await scan([fx.edge])
    const c = r.connectors[0] as ConnectorLogs
    expect(c.all.sessions).toBe(2)
    expect(c.office365).toMatchObject({ sessions: 1, lastSuccess: { peer: '[40.107.22.100]' } })
  })
})

describe('Exchange 2010 daily send log (UTF-8 without BOM)', () => {
  it('counts its sessions and finds the failure to Office 365 with no later success', async () => {
    const r = await scan([fx.v14])
    const c = connector(r, 'Internet')
    expect(c.all.outcomes).toEqual({ 'tls-failed': 1, 'starttls-required': 1, tls: 1 })
    expect(c.office365.sessions).toBe(2)
    expect(c.legacyPeers).toMatchObject([{ peer: 'mx.legacy.example', version: 'TLS 1.0' }])
    expect(r.summary[0]).toBe(
      'Internet (send): 2 sessions to Office 365 failed (most often with TLS negotiation SocketError) since 14 Jan 07:00 UTC; no session with Office 365 succeeded with TLS in these logs',
    )
  })
})

describe('the whole fixture tree given as one folder', () => {
  it('finds every log below it, per folder', async () => {
    const r = await scan([dir])
    expect(r.folders.map((f) => path.relative(dir, f.path)).sort()).toEqual([
      'edge/TransportRoles/Logs/Edge/ProtocolLog/SmtpReceive',
      'ex2010/V14/TransportRoles/Logs/ProtocolLog/SmtpSend',
      'ex2016/TransportRoles/Logs/FrontEnd/ProtocolLog/SmtpReceive',
      'ex2016/TransportRoles/Logs/Hub/ProtocolLog/SmtpSend',
      'resaved/ansi',
      'resaved/be',
      'resaved/le',
    ])
    expect(r.totals.files).toBe(10)
  })
})
