import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDateOption } from '../../../main/cli/logs-command'
import { fixTimeFromState } from '../../../main/logs/gather-logs'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { logsResultSchema } from '../../../shared/logs'
import { cli } from '../../helpers/cli'
import { writeLogFixtures } from '../../helpers/log-fixtures'

let dir = ''
let fx: Awaited<ReturnType<typeof writeLogFixtures>>
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-logs-cli-'))
  fx = await writeLogFixtures(dir)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('tlswizard logs', () => {
  it('text: the summary sentence first, exit 1 while Office 365 still fails', async () => {
    const r = await cli('logs', fx.files.a, fx.files.b, fx.files.c)
    expect(r.code).toBe(1)
    expect(r.err).toBe('')
    expect(r.out).toMatch(
      /^Protocol logs: 3 log files \(\d+ KB\), \d+ rows, 9 sessions, in 1 folder\n/,
    )
    expect(r.out).toContain(
      '\nWhat happened with Office 365\n  Outbound to Office 365 (send): 5 sessions to Office 365 failed (most often with TLS negotiation SocketError) since 14 Jan 2024 08:00 UTC; TLS 1.2 last worked 13 Jan 2024 10:24 UTC\n',
    )
    expect(r.out).toContain('[ERROR] Mail to Office 365 fails on Outbound to Office 365')
    expect(r.out).toContain('mx.partner.example: TLS 1.0, 1 session, last 13 Jan 2024 10:30 UTC')
  })

  it('--json with --fix-time: the versioned contract, the counts after the fix; exit 0 once it works', async () => {
    const r = await cli('logs', fx.hubSend, '--fix-time', '2024-01-16T09:00Z', '--json')
    expect(r.code).toBe(0)
    const j = logsResultSchema.parse(JSON.parse(r.out))
    expect(j).toMatchObject({
      schemaVersion: 1,
      pivot: '2024-01-16T09:00:00.000Z',
      pivotSource: 'option',
    })
    expect(j.connectors[0]?.office365.afterPivot).toMatchObject({
      sessions: 3,
      tlsVersions: { 'TLS 1.2': 3 },
    })
    expect(j.findings.some((f) => f.severity === 'error')).toBe(false)
  })

  it('--since and --events (a saved wevtutil file) are applied', async () => {
    const events = path.join(dir, 'schannel.xml')
    await writeFile(
      events,
      "<Event><System><Provider Name='Schannel'/><EventID>36887</EventID><TimeCreated SystemTime='2024-01-16T08:00:00.0Z'/></System><EventData><Data Name='AlertDesc'>70</Data></EventData></Event>",
    )
    const r = await cli('logs', fx.hubSend, '--since', '2024-01-16T00:00Z', '--events', events)
    expect(r.code).toBe(0)
    expect(r.out).toContain('Protocol logs: 1 log file')
    expect(r.out).toContain(`Schannel events (${events})\n  36887 alert 70 protocol_version: 1`)
    expect(r.out).toContain(
      '[WARNING] Schannel logged TLS errors (1), among them protocol_version alerts',
    )
  })

  it('a folder with no logs: the commands that turn logging on, exit 4', async () => {
    const empty = path.join(dir, 'empty')
    await mkdir(empty)
    const r = await cli('logs', empty)
    expect(r.code).toBe(4)
    expect(r.out).toContain('No SMTP protocol logs were found')
    expect(r.out).toContain(
      'Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose',
    )
    expect(r.out).toContain(
      'Get-ReceiveConnector -Server <SERVER> | Set-ReceiveConnector -ProtocolLoggingLevel Verbose',
    )
  })

  it.each([
    [['logs'], /name the protocol log files or folders/],
    [['logs', '/no/such/folder'], /\/no\/such\/folder: no such file or folder/],
    [['logs', '/no/such', '--since', 'yesterday'], /--since "yesterday" is not a date/],
    [['logs', '/no/such', '--fix-time', '2024-13-45'], /--fix-time "2024-13-45" is not a date/],
    // Days the calendar does not have are refused the same way, not moved into the next month.
    [['logs', '/no/such', '--since', '2024-02-30'], /--since "2024-02-30" is not a date/],
    [['logs', '/no/such', '--fix-time', '2023-02-31'], /--fix-time "2023-02-31" is not a date/],
    [['logs', '/no/such', '--since', '2024-01-14 24:61'], /--since "2024-01-14 24:61" is not a/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await cli(...args)
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toMatch(message)
  })
})

describe('dates and the fix time', () => {
  it('parses dates as local time unless a zone is given, and 7d / 12h before now', () => {
    const now = new Date('2024-01-20T12:00:00Z')
    expect(parseDateOption('--since', '2024-01-14T08:00Z', now).toISOString()).toBe(
      '2024-01-14T08:00:00.000Z',
    )
    expect(parseDateOption('--since', '2024-01-14 08:00+01:00', now).toISOString()).toBe(
      '2024-01-14T07:00:00.000Z',
    )
    expect(parseDateOption('--since', '2024-01-14', now).getTime()).toBe(
      new Date(2024, 0, 14).getTime(),
    )
    expect(parseDateOption('--since', '7d', now).toISOString()).toBe('2024-01-13T12:00:00.000Z')
    expect(parseDateOption('--since', '12h', now).toISOString()).toBe('2024-01-20T00:00:00.000Z')
  })

  it('refuses a day the calendar lacks or a time past 23:59:59, zone or not; leap days stand', () => {
    const now = new Date('2024-01-20T12:00:00Z')
    const refused = [
      ...['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-02-30T08:00Z'],
      ...['2024-01-14T24:00', '2024-01-14T23:60', '2024-01-14T08:00:60', '2024-06-31 08:00+01:00'],
    ]
    for (const text of refused)
      expect(() => parseDateOption('--since', text, now), text).toThrow(
        `--since "${text}" is not a date`,
      )
    expect(parseDateOption('--since', '2024-02-29', now).getTime()).toBe(
      new Date(2024, 1, 29).getTime(),
    )
    expect(parseDateOption('--since', '2000-02-29T23:59:59Z', now).toISOString()).toBe(
      '2000-02-29T23:59:59.000Z',
    )
    expect(parseDateOption('--since', '2024-04-30 08:00+01:00', now).toISOString()).toBe(
      '2024-04-30T07:00:00.000Z',
    )
  })

  it("reads the fix time from the wizard's state file; none without one", async () => {
    await writeFile(
      path.join(dir, 'state.json'),
      JSON.stringify({ schannelChangedAt: '2024-01-16T09:00:00.000Z' }),
    )
    expect((await fixTimeFromState(dir))?.toISOString()).toBe('2024-01-16T09:00:00.000Z')
    expect(await fixTimeFromState(path.join(dir, 'none'))).toBeNull()
    expect(await fixTimeFromState(undefined)).toBeNull()
  })
})

describe('tlswizard diagnose --logs', () => {
  it('adds the scan and its findings; without --logs the diagnosis is unchanged', async () => {
    const plain = await cli('diagnose', '--demo', '2019-ex2019', '--json')
    expect(plain.code).toBe(0)
    expect(JSON.parse(plain.out).logs).toBeUndefined()
    const r = await cli(
      'diagnose',
      '--demo',
      '2019-ex2019',
      '--logs',
      fx.files.b,
      '--logs',
      fx.files.c,
      '--json',
    )
    expect(r.code).toBe(1)
    const d = diagnosisSchema.parse(JSON.parse(r.out))
    expect(d.verdict).toBe('action-needed')
    expect(d.logs?.totals.files).toBe(2)
    expect(d.findings.map((f) => f.id)).toContain('logs-o365-tls-failing')
    expect(d.problems.flatMap((p) => p.findings)).toContain('logs-o365-tls-failing')
    const text = await cli('diagnose', '--demo', '2019-ex2019', '--logs', fx.hubSend)
    expect(text.out).toContain('\nProtocol logs: 4 log files')
    expect(text.out).toContain('Outbound to Office 365 (send): 5 sessions to Office 365 failed')
  })
})
