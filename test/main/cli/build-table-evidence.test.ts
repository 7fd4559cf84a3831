/**
 * The Exchange build table's age is evidence about the table this version carries, not about a
 * registry key (review finding: `shared/exchange-builds.json` stood under "Key"): the terminal,
 * the report and the wizard all give it the catalog's words, in the language asked for.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { diagnose } from '../../../main/checks/diagnose'
import { renderDiagnosis } from '../../../main/cli/render-diagnosis'
import { buildReport } from '../../../main/report/build-report'
import { renderReportHtml } from '../../../main/report/render-html'
import { gatherFacts } from '../../../main/system/facts'
import '../../../shared/i18n/catalogs'
import { setLanguage, translate as t } from '../../../shared/i18n/translate'
import { openDemo } from '../../helpers/demo'

afterEach(() => setLanguage('en'))

// Long after the table's date, so the finding is there whatever today is.
async function agedDiagnosis() {
  const store = await openDemo('2012r2-ex2016')
  return diagnose(await gatherFacts(store), {
    tool: { name: 't', version: '0' },
    source: { kind: 'file', adapter: store.adapter, location: store.location },
    now: new Date('2031-01-01T00:00:00Z'),
  })
}

describe.each(['en', 'lt', 'zh-CN'] as const)('the build table evidence in %s', (lang) => {
  it('the terminal and the report name the table, never its source file', async () => {
    setLanguage(lang)
    const d = await agedDiagnosis()
    expect(d.findings.map((f) => f.id)).toContain('exchange-build-table-old')
    const terminal = renderDiagnosis(d)
    const page = renderReportHtml(buildReport(d))
    for (const out of [terminal, page]) {
      expect(out).not.toContain('exchange-builds.json')
      expect(out).toContain(t('evidence.item.buildTable'))
    }
    // Its key on a line of its own, its date under it as the other evidence rows.
    expect(terminal).toMatch(
      new RegExp(
        `\\n {3}${t('evidence.item.buildTable')}\\n {7}${t('evidence.item.tableDate')} = `,
      ),
    )
  })
})
