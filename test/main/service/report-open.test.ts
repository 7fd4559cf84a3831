/**
 * Opening an uploaded report that is not JSON, in another language (review finding): the message
 * was "Įvyko klaida: the uploaded report nėra JSON: not valid JSON", English fragments inside a
 * Lithuanian sentence, and it did not name the file the admin chose.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { InputError } from '../../../main/input-error'
import { openReportFile } from '../../../main/service/report-files'
import { channels } from '../../../shared/channels'
import '../../../shared/i18n/catalogs'
import { setLanguage } from '../../../shared/i18n/translate'

const noDialog = () => Promise.resolve(null)

async function message(text: string, name?: string): Promise<string> {
  const e = await openReportFile(text, noDialog, name).catch((x: unknown) => x)
  expect(e).toBeInstanceOf(InputError)
  return (e as Error).message
}

afterEach(() => setLanguage('en'))

describe('report:open with text that is not JSON', () => {
  it('says it in the language chosen, the JSON detail and the file label included', async () => {
    setLanguage('lt')
    expect(await message('hello')).toBe('įkeltas ataskaitos failas nėra JSON: netinkamas JSON')
    expect(await message('{\n  x: 1}')).toBe(
      'įkeltas ataskaitos failas nėra JSON: netinkamas JSON ties 5 simboliu',
    )
    setLanguage('zh-CN')
    expect(await message('[1 2]')).toBe('上传的报告文件 不是 JSON：第 4 个字符处不是有效的 JSON')
    for (const english of ['the uploaded report', 'not valid JSON'])
      expect(await message('hello')).not.toContain(english)
  })

  it('names the file the browser gave, when it gave one', async () => {
    setLanguage('lt')
    expect(await message('hello', 'ataskaita.txt')).toBe('ataskaita.txt nėra JSON: netinkamas JSON')
    setLanguage('en')
    expect(await message('', 'report.json')).toBe(
      'report.json is empty: it was not saved completely',
    )
  })

  it('takes a name only as one line of plain text, no folder, at most 255 characters', () => {
    const request = channels['report:open'].request
    const ok = (name: unknown) => request.safeParse({ text: '{}', name }).success
    expect(ok('tls-report-EX2016-20260402-101500.json')).toBe(true)
    expect(ok('ataskaita (2).json')).toBe(true)
    expect(request.safeParse({ text: '{}' }).success).toBe(true)
    expect(ok('')).toBe(false)
    expect(ok('x'.repeat(256))).toBe(false)
    expect(ok('../secret.json')).toBe(false)
    expect(ok('C:\\Users\\a\\r.json')).toBe(false)
    expect(ok('r.json\nforged log line')).toBe(false)
    // A right-to-left override would show "report.json" for "nosj.troper".
    expect(ok('\u202Enosj.troper')).toBe(false)
    expect(ok(42)).toBe(false)
  })
})
