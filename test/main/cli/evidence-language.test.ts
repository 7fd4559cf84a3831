/**
 * Evidence speaks the language asked for (review finding): the expected values and the words of
 * the evidence rows ("defined", "or later", "set", "(optional hardening)") came out in English
 * inside Lithuanian and Chinese output. Run as a user would: the built command, the demo servers,
 * the terminal text and the HTML report.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../../shared/i18n/catalogs'
import { format } from '../../../shared/i18n/translate'
import { scratchDir } from '../../helpers/demo'

const BIN = path.join(__dirname, '../../../bin/tlswizard.cjs')

function tlswizard(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

// English that leaked into the evidence of other languages, as the terminal printed it.
const LEAKS = [
  '(optional hardening)',
  ' defined)',
  ' or later',
  'within six months of the diagnosis',
  'a supported product',
  'includes 0x800',
  'Health Checker: ',
  '= set ',
  ' not set)',
  '(key)',
  'not in the export',
]

const DEMOS = ['2008r2-ex2010', '2012r2-ex2016']

describe.each(['lt', 'zh-CN'] as const)('evidence in %s', (language) => {
  const c = CATALOGS[language] as Record<string, string>
  const say = (key: string, params: Record<string, string> = {}) =>
    format(c[key] ?? key, params, language)

  it('the terminal: no English words in the evidence, the translated ones instead', () => {
    const text = DEMOS.map((demo) => tlswizard('diagnose', '--demo', demo, '--lang', language).out)
    const all = text.join('\n')
    expect(LEAKS.filter((w) => all.includes(w))).toEqual([])
    const expected = (words: string) => `(${say('evidence.expected')} ${words})`
    expect(all).toContain(expected(say('evidence.want.optionalHardening')))
    expect(all).toContain(expected(say('evidence.want.defined')))
    expect(all).toContain(expected(say('evidence.want.winhttpTls12')))
    expect(all).toContain(
      `PendingFileRenameOperations = ${say('evidence.found.set')}  ${expected(say('evidence.notSet'))}`,
    )
    // Health Checker's own word for a state stays as it prints it (docs/glossary).
    expect(all).toContain(expected(say('evidence.want.healthChecker', { state: 'Enabled' })))
    expect(all).toContain(
      expected(say('evidence.want.orLater', { build: '15.1.1415.2 (Exchange 2016 CU8)' })),
    )
    expect(all).toContain(expected(say('evidence.want.orLater', { build: 'Windows Server 2016' })))
  })

  it('the HTML report rendered in that language from a saved report', async () => {
    const dir = await scratchDir()
    const json = path.join(dir, 'r.json')
    const page = path.join(dir, 'r.html')
    expect(tlswizard('diagnose', '--demo', '2008r2-ex2010', '--report', json).code).toBe(1)
    const r = tlswizard('report', json, '--html', page, '--lang', language)
    expect(r.err).toBe('')
    const html = readFileSync(page, 'utf8')
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1] ?? '')
    const english = [
      'defined',
      'set',
      'not set',
      '0 (optional hardening)',
      'includes 0x800 (TLS 1.2)',
    ]
    expect(cells.filter((x) => english.includes(x))).toEqual([])
    expect(LEAKS.filter((w) => w.trim().length > 4 && html.includes(w.trim()))).toEqual([])
    expect(cells).toContain(say('evidence.want.defined'))
    expect(cells).toContain(say('evidence.found.set'))
  })
})
