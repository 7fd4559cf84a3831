/**
 * A diagnosis or report saved by Windows PowerShell 5.1 (`tlswizard diagnose --json > before.json`
 * writes UTF-16LE with a BOM) is read as it is meant (review finding: "not valid JSON").
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import { jsonFileText } from '../../../main/files/json-text'

const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])

describe('JSON files in the encodings Windows writes', () => {
  it('UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM, UTF-16 LE without one', () => {
    const text = '{"a":"Tiếng Việt 简体"}'
    for (const bytes of [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      utf16le(text),
      utf16be(text),
      Buffer.from(text, 'utf16le'),
    ])
      expect(JSON.parse(jsonFileText(bytes))).toEqual({ a: 'Tiếng Việt 简体' })
  })

  it('verify --before and report take a UTF-16 file', async () => {
    const dir = await scratchDir()
    const diagnosis = (await cli('diagnose', '--demo', '2012r2-ex2016', '--json')).out
    const before = path.join(dir, 'before.json')
    await writeFile(before, utf16le(diagnosis))
    const verify = await cli('verify', '--before', before, '--demo', '2012r2-ex2016')
    expect(verify.err).toBe('')
    expect(verify.code).toBe(1)
    const saved = path.join(dir, 'report.json')
    expect((await cli('diagnose', '--demo', '2012r2-ex2016', '--report', saved)).code).toBe(1)
    const wide = path.join(dir, 'wide.json')
    await writeFile(wide, utf16le(await readFile(saved, 'utf8')))
    const html = path.join(dir, 'r.html')
    const r = await cli('report', wide, '--html', html)
    expect(r.code, r.err).toBe(0)
  })
})
