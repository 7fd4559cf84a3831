import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../shared/i18n/catalogs'
import { LANGUAGES } from '../../shared/i18n/languages'
import type { VersionOutcome, VersionResult } from '../../shared/probe'
import { errorWords, judgeForOffice365 } from '../../shared/probe-words'

const failed = (result: VersionOutcome, error: string): VersionResult => ({
  result,
  accepted: false,
  protocol: null,
  cipher: null,
  error,
})

// What the wizard's probe table (renderer/components/ProbeDetails.tsx) says for each row.
describe('a version whose SMTP session was rejected before TLS, in plain words', () => {
  it('says the session ended before TLS, whatever words the error uses', () => {
    for (const error of [
      'the server did not greet with 220: 554 5.7.1 go away',
      'STARTTLS was answered with 454 4.7.0 TLS not available',
      'the server closed the connection during EHLO',
      'the server sent more than 65536 bytes during the greeting',
      // Another language's words: the outcome decides, not the text.
      'į STARTTLS atsakyta 454 4.7.0 TLS not available',
    ])
      expect(errorWords(error, 'smtp-rejected')?.key, error).toBe('probe.code.smtp-rejected')
  })

  it('keeps the words of a real TLS failure and the old one-argument call', () => {
    const closed = 'the server closed the connection during the TLS handshake'
    expect(errorWords(closed, 'refused')?.key).toBe('probe.code.reset')
    expect(errorWords(closed)?.key).toBe('probe.code.reset')
    expect(errorWords(null, 'smtp-rejected')).toBeNull()
  })

  it('judges TLS 1.2 "not measured", never "Office 365 needs TLS 1.2" missing', () => {
    const v = failed('smtp-rejected', 'the server did not greet with 220: 554 5.7.1 go away')
    expect(judgeForOffice365('TLSv1.2', v)).toBe('probe.judge.needed-unknown')
    expect(judgeForOffice365('TLSv1.3', v)).toBe('probe.judge.untested')
    expect(judgeForOffice365('TLSv1', v)).toBe('probe.judge.untested')
    expect(judgeForOffice365('TLSv1.2', failed('refused', 'alert'))).toBe(
      'probe.judge.needed-missing',
    )
  })

  it('has the words in every language, each its own', () => {
    const keys = [
      'probe.outcome.smtp-rejected',
      'probe.code.smtp-rejected',
      'probe.result.smtp-rejected',
      'reportDoc.probe.result.smtp-rejected',
    ]
    const en = CATALOGS.en as Record<string, string>
    for (const lang of LANGUAGES.filter((l) => l !== 'en'))
      for (const key of keys) {
        const text = (CATALOGS[lang] as Record<string, string>)[key]
        expect(text, `${lang} ${key}`).toBeTruthy()
        expect(text, `${lang} ${key}`).not.toBe(en[key])
      }
  })
})
