import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { loadReport } from '../../../main/report/load-report'
import { scratchDir } from '../../helpers/demo'

let dir = ''
const f = (name: string) => path.join(dir, name)
beforeAll(async () => {
  dir = await scratchDir()
})

describe('tlswizard diagnose --report', () => {
  it('writes HTML or JSON by extension; the exit code and output are those of diagnose, and say where the report went', async () => {
    const plain = await cli('diagnose', '--demo', '2012r2-ex2016')
    const html = await cli('diagnose', '--demo', '2012r2-ex2016', '--report', f('d.html'))
    expect(html.code).toBe(1)
    // The same text, then where the report went (as `report` says it).
    expect(html.out).toBe(`${plain.out}\nReport written: ${f('d.html')}\n`)
    const page = await readFile(f('d.html'), 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('Action needed')
    const json = await cli('diagnose', '--demo', '2019-ex2019', '--report', f('d.json'), '--json')
    expect(json.code).toBe(0)
    JSON.parse(json.out)
    const r = await loadReport(f('d.json'))
    expect(r.verdict).toBe('healthy')
    expect(r.fixes?.plan?.changes).toEqual([])
  })

  it('the report carries the plan that fixes the findings', async () => {
    await cli('diagnose', '--demo', '2008r2-ex2010', '--report', f('plan.json'))
    const r = await loadReport(f('plan.json'))
    expect(r.fixes?.plan?.changes.map((c) => c.value)).toContain('DisabledByDefault')
    expect(r.restart?.neededAfterFixes).toBe(true)
  })

  it('never overwrites without --force; unknown extensions and a lone --redact are usage errors', async () => {
    await writeFile(f('keep.html'), 'mine')
    const again = await cli('diagnose', '--demo', '2019-ex2019', '--report', f('keep.html'))
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/already exists; choose another name or add --force/)
    expect(await readFile(f('keep.html'), 'utf8')).toBe('mine')
    const forced = await cli(
      'diagnose',
      '--demo',
      '2019-ex2019',
      '--report',
      f('keep.html'),
      '--force',
    )
    expect(forced.code).toBe(0)
    expect(await readFile(f('keep.html'), 'utf8')).toMatch(/^<!doctype html>/)
    const txt = await cli('diagnose', '--demo', '2019-ex2019', '--report', f('r.txt'))
    expect(txt.code).toBe(2)
    expect(txt.err).toMatch(/must end in \.html or \.json/)
    const lone = await cli('diagnose', '--demo', '2019-ex2019', '--redact')
    expect(lone.code).toBe(2)
    expect(lone.err).toMatch(/--redact applies to a report/)
  })

  it('--redact: no computer name, domain or host left in the file', async () => {
    const r = await cli(
      'diagnose',
      '--demo',
      '2012r2-ex2016',
      '--report',
      f('red.html'),
      '--redact',
    )
    expect(r.code).toBe(1)
    const page = (await readFile(f('red.html'), 'utf8')).toLowerCase()
    for (const name of ['ex2016', 'contoso']) expect(page).not.toContain(name)
    expect(page).toContain('redacted for sharing')
  })
})

describe('tlswizard report FILE.json --html OUT.html', () => {
  it('re-renders a saved report: the saved diagnosis as it was, problems first, nothing run again', async () => {
    await cli('diagnose', '--demo', '2012r2-ex2016', '--report', f('saved.json'))
    const r = await cli('report', f('saved.json'), '--html', f('again.html'))
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out).toContain('again.html')
    // Independent facts, not the renderer's own output: the saved diagnosis, shown as it was.
    const saved = JSON.parse(await readFile(f('saved.json'), 'utf8'))
    const page = await readFile(f('again.html'), 'utf8')
    expect(page).toMatch(/^<!doctype html>/i)
    expect(page).toContain('EX2016')
    expect(page).toContain('Action needed')
    // The problems lead, as the CLI counts them for this demo: 7 problems, 2 of them errors.
    expect(page).toMatch(/id="problems"[\s\S]*7 problems: 2 errors, 4 warnings, 1 note/)
    expect(page).toContain('TLS 1.2 is switched off for incoming connections')
    expect(page).toContain('15.1.845.34')
    // The time of the saved diagnosis, as the page writes it (minutes, UTC).
    expect(page).toContain(`${(saved.diagnosedAt as string).slice(0, 16).replace('T', ' ')} UTC`)
    expect(page).not.toContain('<script')
  })

  it('an inconclusive diagnosis: exit 4, and the page says so with the collect commands', async () => {
    const reg = path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg')
    const d = await cli('diagnose', '--registry', reg, '--report', f('inc.json'))
    expect(d.code).toBe(4)
    const saved = await loadReport(f('inc.json'))
    expect(saved).toMatchObject({ schemaVersion: 2, verdict: 'inconclusive' })
    expect(saved.coverage?.collect.at(-1)).toMatch(/^tlswizard diagnose --registry .*schannel-only/)
    expect((await cli('report', f('inc.json'), '--html', f('inc.html'))).code).toBe(0)
    const page = await readFile(f('inc.html'), 'utf8')
    expect(page).toContain('Not enough evidence to decide')
    expect(page).toContain('<pre class="commands"><code>reg export')
  })

  it('--redact makes a copy for sharing; --force replaces', async () => {
    await cli('diagnose', '--demo', '2012r2-ex2016', '--report', f('s2.json'))
    expect((await cli('report', f('s2.json'), '--html', f('s2.html'), '--redact')).code).toBe(0)
    expect((await readFile(f('s2.html'), 'utf8')).toLowerCase()).not.toContain('contoso')
    expect((await cli('report', f('s2.json'), '--html', f('s2.html'))).code).toBe(2)
    expect((await cli('report', f('s2.json'), '--html', f('s2.html'), '--force')).code).toBe(0)
  })

  it('bad input: exit 2 with one clear line', async () => {
    await writeFile(f('foreign.json'), '{"hello":"world"}')
    const cases: Array<[string[], RegExp]> = [
      [[], /give one saved report/],
      [[f('saved.json')], /--html OUT\.html/],
      [
        [f('saved.json'), '--html', f('out.pdf')],
        /--html writes an HTML page: its name must end in \.html/,
      ],
      [[f('foreign.json'), '--html', f('x.html')], /is not a Mailflow TLS Wizard report/],
      [[f('absent.json'), '--html', f('x.html')], /absent\.json does not exist/],
      [[f('saved.json'), '--html', f('x.html'), '--colour'], /Unknown option/],
    ]
    for (const [args, message] of cases) {
      const r = await cli('report', ...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.err.trim().split('\n')).toHaveLength(1)
    }
  })

  it('--html with a .json name: refused as a name --html cannot take, the report left as it was', async () => {
    await cli('diagnose', '--demo', '2012r2-ex2016', '--report', f('r1.json'))
    const before = await readFile(f('r1.json'), 'utf8')
    const r = await cli('report', f('r1.json'), '--html', f('r1.json'), '--force')
    expect(r).toMatchObject({ code: 2, out: '' })
    expect(r.err).toContain(
      `--html writes an HTML page: its name must end in .html (not "${f('r1.json')}")`,
    )
    expect(r.err).not.toContain('.html or .json')
    expect(await readFile(f('r1.json'), 'utf8')).toBe(before)
  })

  it('is listed in --help', async () => {
    expect((await cli('--help')).out).toContain(
      'tlswizard report FILE.json --html OUT.html [--redact] [--force]',
    )
  })
})
