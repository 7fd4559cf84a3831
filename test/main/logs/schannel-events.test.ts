import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  fileSchannelEvents,
  liveSchannelEvents,
  wevtutilArgs,
} from '../../../main/logs/event-source'
import { parseSchannelEvents, schannelQuery } from '../../../main/logs/schannel-events'
import { InputError } from '../../../main/input-error'

/** One event as `wevtutil qe System /f:xml` prints it. */
export function eventXml(id: number, time: string, data: Record<string, string>): string {
  const fields = Object.entries(data)
    .map(([k, v]) => `<Data Name='${k}'>${v}</Data>`)
    .join('')
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Schannel' Guid='{1f678132-5938-4686-9fdc-c8ff68f15c85}'/><EventID Qualifiers='49152'>${id}</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${id}1</EventRecordID><Correlation/><Execution ProcessID='708' ThreadID='1024'/><Channel>System</Channel><Computer>EX01.contoso.com</Computer><Security UserID='S-1-5-18'/></System><EventData>${fields}</EventData></Event>`
}

const XML = [
  eventXml(36887, '2024-01-14T08:00:01.1234567Z', { AlertDesc: '70' }),
  eventXml(36887, '2024-01-14T09:10:01.1234567Z', { AlertDesc: '70' }),
  eventXml(36888, '2024-01-14T08:30:00.0000000Z', { AlertDesc: '40', ErrorState: '1205' }),
  eventXml(36874, '2024-01-14T08:40:00.0000000Z', { Protocol: 'TLS 1.2' }),
  eventXml(36871, '2024-01-13T07:00:00.0000000Z', { Type: 'client', ErrorState: '10013' }),
  // Another provider's event in the same file is not Schannel's.
  eventXml(7036, '2024-01-14T08:00:00.0000000Z', {}).replace(
    "Name='Schannel'",
    "Name='Service Control Manager'",
  ),
].join('\r\n')

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-events-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('Schannel events from wevtutil XML', () => {
  it('counts them by event and alert, with the alert explained', () => {
    expect(parseSchannelEvents(XML)).toEqual([
      {
        eventId: 36887,
        alert: 70,
        alertName: 'protocol_version',
        detail: null,
        count: 2,
        first: '2024-01-14T08:00:01.1234567Z',
        last: '2024-01-14T09:10:01.1234567Z',
      },
      {
        eventId: 36871,
        alert: null,
        alertName: null,
        detail: 'client',
        count: 1,
        first: '2024-01-13T07:00:00.0000000Z',
        last: '2024-01-13T07:00:00.0000000Z',
      },
      {
        eventId: 36874,
        alert: null,
        alertName: null,
        detail: 'TLS 1.2',
        count: 1,
        first: '2024-01-14T08:40:00.0000000Z',
        last: '2024-01-14T08:40:00.0000000Z',
      },
      {
        eventId: 36888,
        alert: 40,
        alertName: 'handshake_failure',
        detail: null,
        count: 1,
        first: '2024-01-14T08:30:00.0000000Z',
        last: '2024-01-14T08:30:00.0000000Z',
      },
    ])
    expect(
      parseSchannelEvents(XML, new Date('2024-01-14T00:00:00Z')).map((e) => e.eventId),
    ).not.toContain(36871)
    expect(parseSchannelEvents('')).toEqual([])
  })

  it('a saved file in UTF-16 with BOM, with a declaration and an <Events> wrapper, reads the same', async () => {
    const file = path.join(dir, 'events.xml')
    await writeFile(
      file,
      Buffer.from(
        `\ufeff<?xml version="1.0" encoding="UTF-16"?>\r\n<Events>${XML}</Events>`,
        'utf16le',
      ),
    )
    const r = await fileSchannelEvents(file, null)
    expect(r).toMatchObject({ source: 'file', error: null })
    expect(r.events.map((e) => e.count)).toEqual([2, 1, 1, 1])
  })

  it('not event XML, damaged XML or an .evtx export: an error in the result; a missing file: bad input', async () => {
    const text = path.join(dir, 'notes.txt')
    await writeFile(text, 'hello')
    expect((await fileSchannelEvents(text, null)).error).toMatch(/not wevtutil event XML/)
    const broken = path.join(dir, 'broken.xml')
    await writeFile(broken, `${XML.slice(0, 500)}`)
    expect((await fileSchannelEvents(broken, null)).error).toMatch(/damaged/)
    const evtx = path.join(dir, 'System.evtx')
    await writeFile(evtx, Buffer.concat([Buffer.from('ElfFile\0'), Buffer.alloc(100)]))
    expect((await fileSchannelEvents(evtx, null)).error).toMatch(/\.evtx export/)
    await expect(fileSchannelEvents(path.join(dir, 'none.xml'), null)).rejects.toBeInstanceOf(
      InputError,
    )
  })

  it('live: runs wevtutil through the port with the Schannel query (never for real in tests)', async () => {
    const calls: string[][] = []
    const since = new Date('2024-01-14T00:00:00Z')
    const r = await liveSchannelEvents(since, async (file, args) => {
      calls.push([file, ...args])
      return Buffer.from(XML)
    })
    expect(calls).toEqual([['wevtutil.exe', ...wevtutilArgs(since)]])
    expect(wevtutilArgs(since)).toEqual([
      'qe',
      'System',
      "/q:*[System[Provider[@Name='Schannel'] and (EventID=36871 or EventID=36874 or EventID=36887 or EventID=36888) and TimeCreated[@SystemTime>='2024-01-14T00:00:00.000Z']]]",
      '/f:xml',
      '/c:20000',
      '/rd:true',
    ])
    expect(schannelQuery(null)).not.toContain('TimeCreated')
    expect(r.events).toHaveLength(3)
    const failed = await liveSchannelEvents(null, async () => {
      throw new Error('Access is denied.')
    })
    expect(failed).toMatchObject({ source: 'wevtutil', error: 'Access is denied.', events: [] })
  })
})
