import { describe, expect, it } from 'vitest'
import { CsvRecordError, CsvRecords } from '../../../main/logs/csv-records'

/** Every record and comment of `text` fed in the given pieces. */
function parse(pieces: string[]): { comments: string[]; records: string[][]; truncated: boolean } {
  const comments: string[] = []
  const records: string[][] = []
  const csv = new CsvRecords({
    comment: (l) => comments.push(l),
    record: (f, n) => records.push(f.slice(0, n)),
  })
  for (const p of pieces) csv.push(p)
  return { comments, records, truncated: csv.end() }
}

const TEXT = [
  '#Fields: a,b,c',
  'plain,row,here',
  '"quoted, with comma","doubled ""quotes"" inside",x',
  '"line\r\nbreak inside",,"last"',
  'empty,,',
  '"",unquoted after quoted,"a""b"',
].join('\r\n')

const EXPECTED = [
  ['plain', 'row', 'here'],
  ['quoted, with comma', 'doubled "quotes" inside', 'x'],
  ['line\r\nbreak inside', '', 'last'],
  ['empty', '', ''],
  ['', 'unquoted after quoted', 'a"b'],
]

describe('CsvRecords', () => {
  it('splits quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
    const r = parse([`${TEXT}\r\n`])
    expect(r.comments).toEqual(['#Fields: a,b,c'])
    expect(r.records).toEqual(EXPECTED)
    expect(r.truncated).toBe(false)
  })

  it('gives the same records wherever the chunks are cut (every cut point)', () => {
    const text = `${TEXT}\n`
    for (let i = 0; i <= text.length; i++)
      expect(parse([text.slice(0, i), text.slice(i)]).records, `cut at ${i}`).toEqual(EXPECTED)
    // One character at a time.
    expect(parse([...text]).records).toEqual(EXPECTED)
  })

  it('a last record without a line break still counts; one cut inside quotes is truncated', () => {
    expect(parse(['a,b,c\nd,e,f'])).toMatchObject({
      records: [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      truncated: false,
    })
    expect(parse(['a,b,c\n"d,e'])).toMatchObject({ records: [['a', 'b', 'c']], truncated: true })
  })

  it('refuses a record longer than the limit, however it arrives', () => {
    const csv = new CsvRecords({ comment: () => {}, record: () => {} }, 1000)
    expect(() => {
      for (let i = 0; i < 20; i++) csv.push('x'.repeat(100))
    }).toThrow(CsvRecordError)
  })
})
