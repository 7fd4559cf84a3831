/**
 * The report says what is true and in the words the wizard and the command line use (review of
 * a report saved from the wizard): a prepared fix is imported, not applied with the fix command;
 * the footer claims no JSON file beside the page; the Schannel states and the evidence headers
 * are the same catalog messages as in the wizard and the command line.
 */
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { applyOffline, planFromDiagnosis } from '../../../main/fixes/fix-flow'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { buildReport } from '../../../main/report/build-report'
import { renderReportHtml } from '../../../main/report/render-html'
import { openRegistrySource } from '../../../main/system/registry-source'
import type { Diagnosis } from '../../../shared/diagnosis'
import type { ApplyResult, FixPlan } from '../../../shared/fixes'
import { schannelRows } from '../../../shared/format'
import '../../../shared/i18n/catalogs'
import { LANGUAGES } from '../../../shared/i18n/languages'
import { setLanguage, translate as t } from '../../../shared/i18n/translate'
import { diagnoseStore, scratchDir } from '../../helpers/demo'
import { tokenize } from './html-inert'

afterEach(() => setLanguage('en'))

/** The markup of one section, from its opening tag to the next section's. */
function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<section id="${id}"`)
  expect(start, id).toBeGreaterThan(0)
  const end = page.indexOf('<section id=', start + 1)
  return page.slice(start, end < 0 ? page.indexOf('<footer') : end)
}

const textOf = (markup: string) => tokenize(markup).text.replace(/\s+/g, ' ')

let diagnosis: Diagnosis
let plan: FixPlan
let prepared: ApplyResult
let fixName = ''

beforeAll(async () => {
  // As the wizard does it over a registry file: the fix is written to files, nothing applied.
  const source = await openRegistrySource({ demo: '2012r2-ex2016' })
  diagnosis = await diagnoseStore(source.store)
  plan = await planFromDiagnosis(source, diagnosis)
  const out = path.join(await scratchDir(), 'EX2016-patched.reg')
  const now = new Date('2026-11-25T10:00:00Z')
  prepared = (await applyOffline(source.store as RegFileStore, plan, out, 'EX2016', now)).result
  fixName = 'EX2016-patched.fix.reg'
  expect(prepared.prepared?.fix).toBe(path.join(path.dirname(out), fixName))
})

describe('a fix prepared into files (a registry file, not a live server)', () => {
  it('"What to do" says to import the fix file, restart and check again; not fix --apply', () => {
    const page = renderReportHtml(buildReport(diagnosis, { plan, applied: prepared }))
    const todo = textOf(sectionOf(page, 'actions'))
    expect(todo).toContain(`reg import "${fixName}"`)
    expect(todo).toContain(t('fixes.status.prepared'))
    expect(todo).toContain(t('fixes.prepared.steps', { fix: fixName }).replace(/\s+/g, ' '))
    expect(textOf(page)).not.toContain('fix --apply')
    // The same words as the command line and the wizard, said once in the page.
    expect(textOf(page).split(`reg import "${fixName}"`)).toHaveLength(2)
  })

  it('its section, with the files, comes right after "What to do"', () => {
    const page = renderReportHtml(buildReport(diagnosis, { plan, applied: prepared }))
    const at = (s: string) => page.indexOf(s)
    expect(at('id="actions"')).toBeLessThan(at('id="applied"'))
    expect(page.indexOf('<section id=', at('id="actions"') + 1)).toBe(at('<section id="applied"'))
    const files = textOf(sectionOf(page, 'applied'))
    expect(files).toContain(t('reportDoc.prepared'))
    expect(files).toContain(prepared.prepared?.fix)
  })

  it('a fix applied live: restart, never "run fix --apply" again; its section stays at the end', () => {
    const applied: ApplyResult = { ...prepared, status: 'applied', prepared: null }
    const page = renderReportHtml(buildReport(diagnosis, { plan, applied }))
    const todo = textOf(sectionOf(page, 'actions'))
    expect(todo).toContain(t('fixes.status.applied'))
    expect(todo).not.toContain('fix --apply')
    expect(page.indexOf('id="applied"')).toBeGreaterThan(page.indexOf('id="probes"'))
  })

  it('no fix made yet: the fix command, as before', () => {
    const page = renderReportHtml(buildReport(diagnosis, { plan }))
    expect(textOf(sectionOf(page, 'actions'))).toContain('tlswizard fix --apply')
    expect(page).not.toContain('id="applied"')
  })
})

describe('words the report shares with the wizard and the command line', () => {
  it('the footer claims no .json file beside the page (one format is saved at a time)', () => {
    const page = renderReportHtml(buildReport(diagnosis))
    const footer = textOf(page.slice(page.indexOf('<footer')))
    expect(footer).not.toMatch(/beside|Keep the/i)
    expect(footer).toContain('JSON version of the report')
    expect(footer).toContain('tlswizard diagnose --report FILE.json')
  })

  it.each(LANGUAGES)('%s: the Schannel states are the wizard and command-line words', (lang) => {
    setLanguage(lang)
    const page = renderReportHtml(buildReport(diagnosis))
    const states = [...page.matchAll(/<td rowspan="2">([^<]*)<\/td>/g)].map((m) => m[1]?.trim())
    const rows = schannelRows(diagnosis, t)
    expect(states).toEqual(rows.map((r) => (r.known ? r.state : t('reportDoc.unknownState'))))
    // This demo has both words the review found differing.
    expect(states).toContain(t('schannelState.misconfigured'))
    expect(states).toContain(t('cli.notSupported'))
  })

  it.each(LANGUAGES)(
    "%s: evidence headers are the wizard's (Key, Value, Now, Expected)",
    (lang) => {
      setLanguage(lang)
      const page = renderReportHtml(buildReport(diagnosis))
      const heads = [...page.matchAll(/<table class="evidence">\s*<thead>([\s\S]*?)<\/thead>/g)]
      expect(heads.length).toBeGreaterThan(1)
      const wizard = [
        'evidence.key',
        'evidence.value',
        'evidence.actual',
        'evidence.expectedColumn',
      ]
      for (const [, head] of heads)
        expect([...(head ?? '').matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(
          wizard.map((k) => t(k)),
        )
      if (lang === 'en')
        expect(wizard.map((k) => t(k))).toEqual(['Key', 'Value', 'Now', 'Expected'])
    },
  )
})
