import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { buildReport } from '../../../main/report/build-report'
import { escapeText, html } from '../../../main/report/html-kit'
import { renderReportHtml } from '../../../main/report/render-html'
import { diagnoseStore, openDemo } from '../../helpers/demo'
import { ALL_HOSTILE, HOSTILE, hostileReport } from './fixtures'
import { activeContent, tokenize } from './html-inert'

// Bidi controls, zero-width and other invisible characters, controls but tab and line breaks.
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{DI}]/u

describe('the HTML report stays inert whatever the data holds', () => {
  it('the checker itself finds active content (so a pass means something)', () => {
    expect(activeContent('<p>x</p><script>alert(1)</script>')).toContain('<script> element')
    expect(activeContent('<p title=x onclick="a()">x</p>')).toContain('onclick attribute on <p>')
    expect(activeContent('<img src="https://x.example/a.png">').length).toBeGreaterThan(0)
    expect(activeContent('<style>@import url(https://x)</style>')).toContain('style fetches')
    expect(activeContent('<p>&lt;script&gt;</p>')).toEqual([])
  })

  it('each payload in every outside field: no script, no handler, no URL; shown as text', async () => {
    for (const payload of [...Object.values(HOSTILE), ALL_HOSTILE]) {
      const page = renderReportHtml(await hostileReport(payload))
      expect(activeContent(page), payload).toEqual([])
      const { text, raw, tags } = tokenize(page)
      // Exactly our one stylesheet, unbroken by a "</style>" in the data.
      expect(raw.filter(([n]) => n === 'style')).toHaveLength(1)
      expect(tags.filter((t) => t.name === 'style')).toHaveLength(1)
      // The hostile text is there, as text: machine name, registry value, banner, certificate,
      // log line, backup file, pasted symptom.
      const count = text.split(payload).length - 1
      expect(count, payload).toBeGreaterThanOrEqual(10)
    }
  })

  it('escapes text and attribute values alike; markup only from the template itself', () => {
    expect(escapeText(`<a href="x" b='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; b=&#39;y&#39;&gt;&amp;',
    )
    expect(escapeText('a\u0000b\u001bc\td')).toBe('a&lt;U+0000&gt;b&lt;U+001B&gt;c\td')
    const cls = '" onclick="alert(1)'
    expect(html`<p class="${cls}">${'<b>'}</p>`.markup).toBe(
      '<p class="&quot; onclick=&quot;alert(1)">&lt;b&gt;</p>',
    )
  })

  it('bidi controls and invisible characters are shown as visible escapes, never raw', async () => {
    const sneaky = `EX01\u202Egnp.exe\u202C \u2066x\u2069 \u200E\u200F\u061C\u200B\u00AD\uFEFF\u2028\u0007\u{E0041}`
    const page = renderReportHtml(await hostileReport(sneaky))
    expect(page).not.toMatch(INVISIBLE)
    // In element content: a span of its own, so the escape cannot be mistaken for typed text.
    expect(page).toContain('EX01<span class="cc">&lt;U+202E&gt;</span>gnp.exe')
    for (const code of [
      '2066',
      '2069',
      '200E',
      '200F',
      '061C',
      '200B',
      '00AD',
      'FEFF',
      '2028',
      '0007',
      'E0041',
    ])
      expect(page, code).toContain(`<span class="cc">&lt;U+${code}&gt;</span>`)
    // In the title (text only): the escape as plain text.
    expect(/<title>([^<]*)<\/title>/.exec(page)?.[1]).toContain('EX01&lt;U+202E&gt;gnp.exe')
    expect(activeContent(page)).toEqual([])
  })

  it('self-contained: one document, CSP meta, no external reference anywhere in the text', async () => {
    const page = renderReportHtml(await hostileReport('x'))
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('http-equiv="Content-Security-Policy"')
    expect(page).not.toMatch(/https?:\/\//)
    expect(page).not.toMatch(/<link|<script|<img|<iframe/i)
  })

  it('verdict first, then the problems, what to do, the evidence, and the findings in detail', async () => {
    const d = await diagnoseStore(await openDemo('2012r2-ex2016'))
    const page = renderReportHtml(buildReport(d))
    const at = (s: string) => page.indexOf(s)
    expect(at('class="verdict action-needed"')).toBeGreaterThan(0)
    expect(at('class="verdict')).toBeLessThan(at('id="problems"'))
    expect(at('id="problems"')).toBeLessThan(at('id="actions"'))
    expect(at('id="actions"')).toBeLessThan(at('id="registry"'))
    expect(at('id="registry"')).toBeLessThan(at('id="findings"'))
    expect(at('id="findings"')).toBeLessThan(at('id="probes"'))
    const text = tokenize(page).text
    // The problems: their count, each title worst first with a severity word, its fixes.
    expect(text).toMatch(/Problems\s+6 problems: 2 errors, 3 warnings, 1 note/)
    expect(text).toMatch(/Error\s+1\. TLS 1.2 is switched off for incoming connections/)
    expect(text).toMatch(/Error\s+2\. \.NET may still choose TLS 1\.0/)
    expect(text).toContain(
      'Fixed by: Enable TLS 1.2 for Schannel Client and Server; Restart the server',
    )
    // Each piece of evidence once per problem, though two findings of it name the same value.
    const problems = page.slice(at('id="problems"'), at('id="actions"'))
    expect(problems.split('TLS 1.2\\<wbr>Server</span>').length - 1).toBe(2)
    // The findings in detail keep their own words.
    expect(text).toMatch(/Error\s+TLS 1.2 is off for the server side/)
    expect(text).toContain('Resolves: TLS 1.2 is switched off for incoming connections')
    expect(text).toContain('Restart the server')
  })

  it('inconclusive: its own words and colour, what is missing and the commands, never healthy', async () => {
    const fixture = path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg')
    const d = await diagnoseStore(await RegFileStore.open(fixture))
    expect(d.verdict).toBe('inconclusive')
    const page = renderReportHtml(buildReport(d))
    const text = tokenize(page).text
    expect(page).toContain('class="verdict inconclusive"')
    expect(page).toMatch(/\.verdict\.inconclusive \{ border-left-color: var\(--warn\)/)
    expect(text).toContain('Not enough evidence to decide')
    expect(text).not.toContain('Healthy')
    expect(text).toContain('Not shown by the registry: HKLM\\SOFTWARE')
    // The exact commands, once, as copyable code right under the verdict.
    const verdict = page.slice(page.indexOf('class="verdict'), page.indexOf('id="problems"'))
    expect(verdict).not.toContain('\u2714')
    expect(verdict).toContain('<pre class="commands"><code>reg export')
    for (const cmd of d.coverage.collect) expect(text.split(cmd).length - 1, cmd).toBe(1)
    expect(text).toContain('The commands that collect what is missing are under the verdict')
    expect(text).toMatch(/Warning\s+1\. The export does not show enough to decide/)
    // A side the registry did not decide is "unknown", neither "on" nor "off".
    expect(page).toMatch(
      /TLS 1\.2<\/th>[\s\S]*?badge warning[^<]*<span aria-hidden="true">[^<]*<\/span> unknown/,
    )
    expect(activeContent(page)).toEqual([])
  })

  it('print rules: header rows repeat, rows and groups are not cut', async () => {
    const page = renderReportHtml(buildReport(await diagnoseStore(await openDemo('2019-ex2019'))))
    expect(page).toContain('@media print')
    expect(page).toMatch(/thead \{ display: table-header-group; \}/)
    expect(page).toMatch(/tr, tbody\.group[^{]*\{ break-inside: avoid/)
    expect(tokenize(page).text).toContain('Healthy')
    // Healthy for mail flow; the unknown update level (no ExSetup.exe in a .reg) is a note.
    expect(tokenize(page).text).toContain('Exchange is out of support or missing updates')
  })
})
