import { open, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../../shared/i18n/translate'
import { findLogSet } from '../../../main/logs/find-logs'
import { readLogFile } from '../../../main/logs/log-file'
import { scanLogs } from '../../../main/logs/scan-logs'
import {
  headerLines,
  logBytes,
  put,
  sendTlsFailure,
  sessionLines,
} from '../../helpers/exchange-logs'
import { O365_HOST, TO_O365 } from '../../helpers/log-fixtures'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-hostile-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const good = () =>
  logBytes([
    ...headerLines('send', '2024-01-14T08:00:00.000Z'),
    ...sessionLines({
      sid: '08DC000000000001',
      connector: TO_O365,
      start: '2024-01-14T08:00:00.000Z',
      rows: sendTlsFailure(O365_HOST),
    }),
  ])

/** A file of `size` bytes of one character and no line break, written in 8 MB pieces. */
async function hugeLine(file: string, size: number): Promise<void> {
  const h = await open(file, 'w')
  const piece = Buffer.alloc(8 << 20, 'A')
  for (let n = 0; n < size; n += piece.length)
    await h.write(piece, 0, Math.min(piece.length, size - n))
  await h.close()
}

describe('hostile input: a clear error for the file, the other files still count', () => {
  it('a 100 MB line, binary garbage, #Fields without the columns needed, an unknown extra column', async () => {
    const folder = path.join(dir, 'mixed')
    await put(path.join(folder, 'SEND2024011408-1.LOG'), good())
    await hugeLine(path.join(folder, 'SEND2024011409-1.LOG'), 100 << 20)
    const garbage = Buffer.alloc(300_000)
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + (i >> 3)) & 0xff
    await put(path.join(folder, 'SEND2024011410-1.LOG'), garbage)
    await put(
      path.join(folder, 'SEND2024011411-1.LOG'),
      logBytes([
        '#Software: Microsoft Exchange Server',
        '#Fields: when,who,what',
        '2024-01-14T11:00:00.000Z,x,y',
      ]),
    )
    // An extra column a later version might add is ignored: the rows still count.
    const extra = logBytes([
      ...headerLines('send', '2024-01-14T12:00:00.000Z').slice(0, 4),
      '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context,future-column',
      ...sessionLines({
        sid: '08DC000000000002',
        connector: TO_O365,
        start: '2024-01-14T12:00:00.000Z',
        rows: sendTlsFailure(O365_HOST),
      }).map((l) => `${l},later`),
    ])
    await put(path.join(folder, 'SEND2024011412-1.LOG'), extra)

    const before = process.memoryUsage().rss
    const r = await scanLogs(await findLogSet([folder]))
    // The 100 MB line was refused after 1 MB, not held whole.
    expect(process.memoryUsage().rss - before).toBeLessThan(80 << 20)
    expect(r.totals.files).toBe(5)
    expect(r.connectors[0]?.all).toMatchObject({ sessions: 2, outcomes: { 'tls-failed': 2 } })
    const errors = Object.fromEntries(r.fileProblems.map((p) => [path.basename(p.path), p.error]))
    expect(errors).toEqual({
      'SEND2024011409-1.LOG': 'a line longer than 1024 KB (protocol log rows are a few KB at most)',
      'SEND2024011410-1.LOG': expect.stringMatching(
        /^(not an Exchange protocol log|a line longer)/,
      ),
      'SEND2024011411-1.LOG':
        'its #Fields header lacks date-time, session-id, sequence-number, event, data, context (it names: when, who, what)',
    })
    expect(r.findings.find((f) => f.id === 'logs-files-unreadable')?.params).toMatchObject({
      count: 3,
    })
  }, 60_000)

  it('rows before any #Fields header, an empty file, a folder instead of a file', async () => {
    const rows = await put(path.join(dir, 'nohead.log'), 'a,b,c\r\n')
    expect((await readLogFile(rows, () => {})).error).toBe(
      'not an Exchange protocol log: no #Fields header before the first row',
    )
    const empty = await put(path.join(dir, 'empty.log'), '')
    expect(await readLogFile(empty, () => {})).toMatchObject({ error: null, rows: 0 })
    expect((await readLogFile(dir, () => {})).error).toBe('this is a folder, not a file')
  })

  it('a row with the wrong number of fields is skipped and counted, the rest of the file goes on', async () => {
    const lines = [
      ...headerLines('send', '2024-01-14T08:00:00.000Z'),
      'too,few,fields',
      ...sessionLines({
        sid: '08DC000000000003',
        connector: TO_O365,
        start: '2024-01-14T08:00:00.000Z',
        rows: sendTlsFailure(O365_HOST),
      }),
    ]
    const file = await put(path.join(dir, 'bad-row', 'SEND2024011408-1.LOG'), logBytes(lines))
    const r = await scanLogs(await findLogSet([file]))
    expect(r.fileProblems).toEqual([{ path: file, error: null, truncatedRows: 0, badRows: 1 }])
    expect(r.totals.sessions).toBe(1)
  })
})

describe('log files that are there but none could be read', () => {
  it('say so, never that protocol logging may be off (review finding)', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'tlsw-logs-unread-'))
    await writeFile(path.join(folder, 'SEND2024011409-1.LOG'), 'a,b,c\r\n')
    const r = await scanLogs(await findLogSet([folder]))
    expect(r.findings.map((f) => f.id)).not.toContain('logs-not-found')
    const unread = r.findings.find((f) => f.id === 'logs-files-unreadable')
    expect(unread?.messageKey).toBe('finding.logs-files-unreadable.all')
    expect(translate('finding.logs-files-unreadable.all.title', { count: 1 })).toBe(
      'The log file could not be read',
    )
  })

  it('counted whole past the 200 files the problem list shows', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'tlsw-logs-unread-'))
    for (let i = 1; i <= 201; i++)
      await writeFile(path.join(folder, `SEND2024011409-${i}.LOG`), 'a,b,c\r\n')
    const r = await scanLogs(await findLogSet([folder]))
    expect(r.fileProblems).toHaveLength(200)
    expect(r.findings.map((f) => f.id)).not.toContain('logs-not-found')
    const unread = r.findings.find((f) => f.id === 'logs-files-unreadable')
    expect(unread).toMatchObject({ messageKey: 'finding.logs-files-unreadable.all' })
    expect(unread?.params.count).toBe(201)
  })
})
