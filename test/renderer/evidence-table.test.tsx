/**
 * The wizard's evidence table speaks as the report and the command line do: the same headers
 * (Key, Value, Now, Expected) and, for the Exchange build table's age, the table named in words
 * rather than a source-file path under "Key".
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../../main/checks/diagnose'
import { EvidenceTable } from '../../renderer/components/EvidenceTable'
import { loadCatalog, makeT, TContext } from '../../renderer/i18n'
import type { Language } from '../../shared/i18n/languages'
import { healthyFacts } from '../helpers/facts'

const d = diagnose(
  {
    ...healthyFacts(17763),
    exchange: {
      major: 15,
      minor: 2,
      build: 2562,
      revision: 17,
      edgeRole: false,
      installPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\',
      fileVersion: '15.2.2562.37',
    },
  },
  {
    tool: { name: 't', version: '0' },
    source: { kind: 'file', adapter: 'reg-file', location: 'x.reg' },
    // Long after the table's date: the finding is there whatever today is.
    now: new Date('2031-01-01T00:00:00Z'),
  },
)
const evidence = d.findings.find((f) => f.id === 'exchange-build-table-old')?.evidence ?? []

async function table(language: Language) {
  await loadCatalog(language)
  const t = makeT(language)
  const markup = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <TContext.Provider value={t}>
        <EvidenceTable evidence={evidence} />
      </TContext.Provider>
    </FluentProvider>,
  )
  const cells = (tag: string) =>
    [...markup.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ''),
    )
  return { t, heads: cells('th'), cells: cells('td') }
}

describe('the evidence table', () => {
  it('has the headers the report uses: Key, Value, Now, Expected', async () => {
    const { heads } = await table('en')
    expect(heads).toEqual(['Key', 'Value', 'Now', 'Expected'])
  })

  it.each(['en', 'lt', 'zh-CN'] as const)('%s: the build table row names the table', async (l) => {
    expect(evidence).toHaveLength(1)
    const { t, heads, cells } = await table(l)
    expect(heads).toEqual(
      ['evidence.key', 'evidence.value', 'evidence.actual', 'evidence.expectedColumn'].map((k) =>
        t(k),
      ),
    )
    expect(cells.join('|')).not.toContain('exchange-builds.json')
    expect(cells[0]).toBe(t('evidence.item.buildTable'))
    expect(cells[1]).toBe(t('evidence.item.tableDate'))
  })
})
