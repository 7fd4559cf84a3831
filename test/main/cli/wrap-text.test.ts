import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../../main/cli/display-width'
import { wrap, wrapLines } from '../../../main/cli/wrap-text'

// A zh-CN help paragraph: Chinese without spaces, Latin words, options and a Windows path.
const MIXED =
  '读取注册表（Windows 上的实时注册表、“reg export”文件或示例服务器），检查 Schannel、.NET、WinHTTP、密码套件、Exchange 内部版本和重新启动状态，然后输出结论。支持日志默认写入 %ProgramData%\\MailflowTlsWizard\\logs，可用 --log-dir DIR 或 --report FILE.html|FILE.json 更改；每个命令都接受 --lang LANG (en, id, lt, vi, zh-CN, ro)。'

const LATIN = MIXED.match(/[\x21-\x7e“”]+/g) ?? []

describe('wrapLines', () => {
  it.each([80, 60, 41])('a mixed Chinese and Latin paragraph at %i columns', (width) => {
    const lines = wrapLines(MIXED, width)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(width)
    // Nothing lost or added: only the line breaks (and the spaces they replaced) differ.
    expect(lines.join('').replace(/ /g, '')).toBe(MIXED.replace(/ /g, ''))
    // Latin words, options and paths are whole on one line.
    for (const word of LATIN)
      expect(
        lines.some((l) => l.includes(word)),
        word,
      ).toBe(true)
    // No line starts with closing punctuation, none ends with opening punctuation.
    for (const l of lines) {
      expect(l, l).not.toMatch(/^[，。、：；！？）」』】”]/)
      expect(l, l).not.toMatch(/[（「『【“]$/)
    }
  })

  it('keeps the spaces between Chinese and Latin words where the text had them', () => {
    expect(wrapLines('在 Windows 之外为临时文件夹', 80)).toEqual(['在 Windows 之外为临时文件夹'])
  })

  it('counts the first line from its column and the others from the indent', () => {
    const lines = wrapLines('一二三四五六七八九十', 12, 4, 6)
    expect(lines).toEqual(['一二三', '四五六七', '八九十'])
    expect(wrap('一二三四五六七八九十', 12, 4, 6)).toBe('一二三\n    四五六七\n    八九十')
  })

  it('English: breaks at spaces only, as before', () => {
    expect(wrapLines('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps'])
    expect(wrapLines('%ProgramData%\\MailflowTlsWizard\\logs or', 10)).toEqual([
      '%ProgramData%\\MailflowTlsWizard\\logs',
      'or',
    ])
  })
})
