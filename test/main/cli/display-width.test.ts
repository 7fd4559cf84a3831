import { describe, expect, it } from 'vitest'
import { displayWidth, padColumns } from '../../../main/cli/display-width'

describe('displayWidth', () => {
  it('ASCII: one column a character', () => {
    expect(displayWidth('')).toBe(0)
    expect(displayWidth('tlswizard --help')).toBe(16)
  })

  it('CJK ideographs, kana and Hangul: two columns each', () => {
    expect(displayWidth('用法')).toBe(4)
    expect(displayWidth('注册表 Schannel')).toBe(15)
    expect(displayWidth('カナ한글')).toBe(8)
  })

  it('fullwidth punctuation and forms: two columns; ambiguous quotes: one', () => {
    expect(displayWidth('，。：；（）「」')).toBe(16)
    expect(displayWidth('ＡＢ１')).toBe(6)
    expect(displayWidth('“reg export”')).toBe(12)
  })

  it('combining marks and zero-width characters: no column', () => {
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('Tiếng Việt')).toBe(10)
    expect(displayWidth('a\u200bb\u200d')).toBe(2)
    expect(displayWidth('\u0301')).toBe(0)
  })

  it('emoji: two columns, a joined sequence or a flag counting once', () => {
    expect(displayWidth('✅')).toBe(2)
    expect(displayWidth('😀')).toBe(2)
    expect(displayWidth('❤\ufe0f')).toBe(2)
    expect(displayWidth('👩\u200d💻')).toBe(2)
    expect(displayWidth('🇷🇴')).toBe(2)
  })

  it('padColumns pads to display columns', () => {
    expect(padColumns('关', 4)).toBe('关  ')
    expect(padColumns('on', 4)).toBe('on  ')
    expect(padColumns('已接受', 4)).toBe('已接受')
  })
})
