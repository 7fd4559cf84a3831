import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import '../../../shared/i18n/catalogs'
import { setLanguage, translate as t } from '../../../shared/i18n/translate'
import type { ProbeResult } from '../../../shared/probe'
import { displayWidth } from '../../../main/cli/display-width'
import { renderProbe } from '../../../main/cli/render-probe'
import { textTable } from '../../../main/cli/text-table'

const BIN = path.join(__dirname, '../../../bin/tlswizard.cjs')

/** The display column at which each cell starts, finding the cells in order in the line. */
function columnStarts(line: string, cells: readonly string[]): number[] {
  let from = 0
  return cells.map((c) => {
    const at = line.indexOf(c, from)
    expect(at, `${c} in ${line}`).toBeGreaterThanOrEqual(0)
    from = at + c.length
    return displayWidth(line.slice(0, at))
  })
}

/** Every row's columns start at the same display columns as the first row's (rows may be short). */
function expectAligned(lines: readonly string[], rows: readonly string[][]) {
  const starts = lines.map((l, i) => columnStarts(l, rows[i] as string[]))
  for (const s of starts) expect(s).toEqual(starts[0]?.slice(0, s.length))
}

afterEach(() => setLanguage('en'))

describe('textTable', () => {
  it('aligns columns by display width when cells hold Chinese', () => {
    const rows = [
      ['Schannel', 'Client', 'Server', '状态'],
      ['TLS 1.0', '开', '开', 'Enabled'],
      ['TLS 1.3', '关', '关', '此 Windows 不支持'],
      ['版本', 'ＦＵＬＬ', 'e\u0301', 'x'],
    ]
    const lines = textTable(rows)
    expectAligned(lines, rows)
    expect(lines[1]).toBe('TLS 1.0   开        开      Enabled')
  })

  it('ASCII tables are unchanged: padEnd by characters, two spaces apart', () => {
    expect(
      textTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toEqual(['a    bb', 'ccc  d'])
  })

  it('the probe table in Chinese: every column starts at the same column', () => {
    setLanguage('zh-CN')
    const v = (result: 'accepted' | 'refused', protocol: string | null) => ({
      result,
      accepted: result === 'accepted',
      protocol,
      cipher: protocol && 'ECDHE-RSA-AES256-GCM-SHA384',
      error: protocol ? null : 'handshake failure',
    })
    const r: ProbeResult = {
      host: 'mail.contoso.com',
      port: 25,
      mode: 'starttls',
      starttlsOffered: true,
      starttlsRequired: false,
      stack: 'OpenSSL',
      versions: {
        TLSv1: v('refused', null),
        'TLSv1.1': v('refused', null),
        'TLSv1.2': v('accepted', 'TLSv1.2'),
        'TLSv1.3': v('accepted', 'TLSv1.3'),
      },
      certificate: null,
      transcript: [],
      durationMs: 12,
    }
    const lines = renderProbe(r).split('\n')
    const head = ['version', 'result', 'protocol', 'cipher', 'detail'].map((k) =>
      t(`probe.col.${k}`),
    )
    const at = lines.findIndex((l) => l.startsWith(head[0] as string))
    const rows = [
      head,
      ['TLSv1', t('probe.result.refused'), '-', '-', 'handshake failure'],
      ['TLSv1.1', t('probe.result.refused'), '-', '-', 'handshake failure'],
      ['TLSv1.2', t('probe.result.accepted'), 'TLSv1.2', 'ECDHE-RSA-AES256-GCM-SHA384'],
      ['TLSv1.3', t('probe.result.accepted'), 'TLSv1.3', 'ECDHE-RSA-AES256-GCM-SHA384'],
    ]
    expectAligned(lines.slice(at, at + rows.length), rows)
  })

  it('the Schannel table of `diagnose --lang zh-CN`, run as a user would', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'diagnose', '--demo', '2012r2-ex2016', '--lang', 'zh-CN'],
      { encoding: 'utf8', timeout: 20_000 },
    )
    const lines = r.stdout.trimEnd().split('\n')
    const table = lines.slice(lines.findIndex((l) => l.startsWith('Schannel  ')))
    expect(table).toHaveLength(5)
    const rows = table.map((l) => l.split(/ {2,}/))
    expect(rows[4]).toEqual(['TLS 1.3', '关', '关', '此 Windows 不支持'])
    expectAligned(table, rows)
  })
})
