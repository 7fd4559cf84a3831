/**
 * Evidence words (a catalog message per word, put in the reader's language) come back from saved
 * reports and diagnoses, files an admin may be sent: only the evidence's own messages are taken.
 */
import { describe, expect, it } from 'vitest'
import { evidenceSchema } from '../../shared/finding-schema'
import { evidenceText } from '../../shared/format'
import { makeT } from '../../renderer/i18n'

const row = {
  key: 'HKLM\\SYSTEM\\x',
  value: 'Enabled',
  actual: null,
  expected: 'defined',
}

describe('evidence words', () => {
  it('takes evidence and probe-result messages', () => {
    for (const messageKey of ['evidence.item.key', 'probe.result.refused'])
      expect(
        evidenceSchema.safeParse({ ...row, words: { expected: { messageKey, params: {} } } })
          .success,
      ).toBe(true)
  })

  it('refuses any other message, and oversized parameters', () => {
    for (const messageKey of ['error.lost.title', 'app.title', 'evidence.', '', 'evidence.a b'])
      expect(
        evidenceSchema.safeParse({ ...row, words: { expected: { messageKey, params: {} } } })
          .success,
      ).toBe(false)
    const huge = { messageKey: 'evidence.item.alert', params: { alert: 'x'.repeat(2001) } }
    expect(evidenceSchema.safeParse({ ...row, words: { actual: huge } }).success).toBe(false)
  })

  it('a row without words reads as stored (reports made before them)', () => {
    const t = makeT('en')
    expect(evidenceText(row, t, { notSet: 'not set', emptyList: '' })).toEqual({
      key: 'HKLM\\SYSTEM\\x',
      value: 'Enabled',
      actual: 'not set',
      expected: 'defined',
    })
    const said = { ...row, words: { key: { messageKey: 'evidence.item.key', params: {} } } }
    expect(evidenceText(said, t, { notSet: 'not set', emptyList: '' }).key).toBe('(key)')
  })
})
