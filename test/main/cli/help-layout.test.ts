/**
 * The help fits a terminal (review finding): in Chinese it wrapped by characters, not columns, to
 * 143 columns, and the synopses ran to 131 columns in every language.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../../main/cli/display-width'
import { synopsisLines, synopsisPieces } from '../../../main/cli/synopsis'
import { COMMAND_NAMES } from '../../../main/cli/usage'

const BIN = path.join(__dirname, '../../../bin/tlswizard.cjs')

function tlswizard(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

// Tokens that cannot be broken and would alone overflow 80 columns: none today. Name any here.
const UNBREAKABLE: string[] = []

const tooWide = (text: string) =>
  text.split('\n').filter((l) => displayWidth(l) > 80 && !UNBREAKABLE.some((u) => l.includes(u)))

describe('--lang zh-CN --help', () => {
  it.each([[[]], ...COMMAND_NAMES.map((n) => [[n]])])(
    'tlswizard %s --help: no line wider than 80 columns',
    (command: string[]) => {
      const r = tlswizard(...command, '--help', '--lang', 'zh-CN')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/用法：/)
      expect(tooWide(r.out)).toEqual([])
    },
  )

  it('keeps Latin words and options whole', () => {
    const out = tlswizard('diagnose', '--help', '--lang', 'zh-CN').out
    for (const word of ['Schannel、.NET、WinHTTP、', '--out', '--report', 'docs/collect/'])
      expect(out).toContain(word)
    expect(out).not.toMatch(/^ *[，。、：；）」]/m)
  })
})

describe('the synopsis', () => {
  it('breaks between options only: groups, option values and alternatives stay whole', () => {
    expect(synopsisPieces('restart --in MINUTES | --now | --cancel [--dry-run]')).toEqual([
      'restart',
      '--in MINUTES | --now | --cancel',
      '[--dry-run]',
    ])
    expect(synopsisPieces('rollback BACKUP.reg | --newest [--report A|B [--redact]]')).toEqual([
      'rollback',
      'BACKUP.reg | --newest',
      '[--report A|B [--redact]]',
    ])
    expect(synopsisPieces('report FILE.json --html OUT.html [--force]')).toEqual([
      'report',
      'FILE.json',
      '--html OUT.html',
      '[--force]',
    ])
  })

  it('wraps within 80 columns, later lines aligned after the command name', () => {
    const lines = synopsisLines(
      'diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--probe HOST[:PORT]]... [--domain DOMAIN] [--logs PATH]... [--timeout MS] [--json]',
      80,
    )
    expect(lines).toEqual([
      '  tlswizard diagnose [--registry FILE.reg|DIR ... | --demo NAME]',
      '                     [--probe HOST[:PORT]]... [--domain DOMAIN] [--logs PATH]...',
      '                     [--timeout MS] [--json]',
    ])
  })

  it.each(['en', 'zh-CN'])(
    'tlswizard --help --lang %s: every synopsis line within 80 columns',
    (lang) => {
      const out = tlswizard('--help', '--lang', lang).out
      // The synopses: from the first command's to the generic lines after the last one.
      const [usage = ''] = (out.split('\n\n')[1] ?? '').split('\n  tlswizard COMMAND --help')
      expect(usage).toMatch(/^\S+\n {2}tlswizard diagnose [^]*\n {2}tlswizard serve /)
      expect(usage.split('\n').filter((l) => displayWidth(l) > 80)).toEqual([])
    },
  )
})
