import { mkdir, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../../main/input-error'
import { reportJson } from '../../../main/report/build-report'
import { loadReport, MAX_REPORT_BYTES, parseReport } from '../../../main/report/load-report'
import { renderReportHtml } from '../../../main/report/render-html'
import { renderReportFile } from '../../../main/report/report-file'
import { scratchDir } from '../../helpers/demo'
import { hostileReport } from './fixtures'

let dir = ''
beforeAll(async () => {
  dir = await scratchDir()
})

async function fails(content: string | null, name = 'r.json'): Promise<string> {
  const file = path.join(dir, name)
  if (content !== null) await writeFile(file, content)
  const e = await loadReport(file).catch((x: unknown) => x)
  expect(e).toBeInstanceOf(InputError)
  return (e as Error).message
}

describe('saving and opening a JSON report', () => {
  it('round trip: save, open, re-render gives the same model and the same page', async () => {
    const report = await hostileReport()
    const file = path.join(dir, 'round.json')
    await writeFile(file, renderReportFile(report, 'json'))
    const opened = await loadReport(file)
    expect(opened).toEqual(report)
    expect(reportJson(opened)).toBe(reportJson(report))
    expect(renderReportHtml(opened)).toBe(renderReportHtml(report))
  })

  it('a byte-order mark is accepted', async () => {
    const report = await hostileReport('x')
    expect(parseReport(`\ufeff${reportJson(report)}`, 'bom.json')).toEqual(report)
  })
})

describe('opening a file that is not a good report: a clear message, never a crash', () => {
  it('empty, or only white space', async () => {
    expect(await fails('')).toMatch(/r\.json is empty/)
    expect(await fails(' \n ', 'blank.json')).toMatch(/is empty/)
  })

  it('truncated: cut anywhere, it is recognised as cut short', async () => {
    const text = reportJson(await hostileReport('x'))
    for (const at of [1, 20, Math.floor(text.length / 2), text.length - 3])
      expect(await fails(text.slice(0, at), `cut-${at}.json`)).toMatch(/is cut short/)
  })

  it('foreign JSON, a JSON list, or a diagnosis instead of a report', async () => {
    expect(await fails('{"name":"package","version":"1.0.0"}')).toMatch(
      /is not a Mailflow TLS Wizard report/,
    )
    expect(await fails('[1,2,3]', 'list.json')).toMatch(/is not a Mailflow TLS Wizard report/)
    expect(
      await fails('{"schemaVersion":1,"verdict":"healthy","findings":[],"schannel":{}}'),
    ).toMatch(/is a diagnosis saved with --out or --json, not a report/)
  })

  it('a newer schema version asks for an update', async () => {
    const r = { ...(await hostileReport('x')), schemaVersion: 7, newField: true }
    expect(await fails(JSON.stringify(r))).toMatch(
      /written by a newer Mailflow TLS Wizard \(report format 7, this version reads up to 2\)/,
    )
  })

  it('a report of version 1 (before inconclusive, coverage and problems) still opens', async () => {
    const { coverage: _c, problems: _p, ...rest } = await hostileReport('x')
    const v1 = { ...rest, schemaVersion: 1 }
    expect(parseReport(JSON.stringify(v1), 'v1.json')).toEqual(v1)
    expect(
      await fails(JSON.stringify({ ...v1, verdict: 'inconclusive', schemaVersion: 3 })),
    ).toMatch(/report format 3/)
  })

  it('ours but damaged: names the field that is wrong', async () => {
    const r = { ...(await hostileReport('x')), verdict: 'maybe' }
    expect(await fails(JSON.stringify(r))).toMatch(/is a damaged report: verdict:/)
    const { machine: _m, ...noMachine } = await hostileReport('x')
    expect(await fails(JSON.stringify(noMachine))).toMatch(/damaged report: machine/)
  })

  it('not JSON at all, or the HTML page instead of the JSON', async () => {
    expect(await fails('hello', 'text.json')).toMatch(/is not JSON/)
    expect(await fails(renderReportHtml(await hostileReport('x')), 'page.json')).toMatch(
      /is an HTML page; open the \.json report/,
    )
  })

  it('missing file, a folder, a file far too large', async () => {
    expect(await fails(null, 'nothing-here.json')).toMatch(/nothing-here\.json does not exist/)
    await mkdir(path.join(dir, 'folder.json'))
    expect(await fails(null, 'folder.json')).toMatch(/is a folder/)
    const big = path.join(dir, 'big.json')
    await writeFile(big, '{')
    await truncate(big, MAX_REPORT_BYTES + 1)
    expect(await fails(null, 'big.json')).toMatch(
      /is larger than 32 MB; a report is never that large/,
    )
  })
})
