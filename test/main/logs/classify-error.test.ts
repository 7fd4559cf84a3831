import { describe, expect, it } from 'vitest'
import { classifyError } from '../../../main/logs/classify-error'

describe('classifyError', () => {
  const cases: Array<[string, string | null, string[]]> = [
    [
      'Remote Server returned 421 4.4.2 Connection dropped due to SocketError',
      'ndr-socketerror',
      ['socketerror-421'],
    ],
    [
      'Last error: 421 4.4.2 Connection dropped due to SocketError. Next retry 10:15',
      'queue-socketerror',
      ['socketerror-421'],
    ],
    [
      '2026-11-20T10:00:00.000Z,Outbound to Office 365,08DA,3,10.0.0.5:24571,104.47.1.36:25,*,,TLS negotiation failed with error SocketError',
      'sendlog-tls-failed',
      ['tls-negotiation-socketerror'],
    ],
    [
      '<,451 5.7.3 Must issue a STARTTLS command first',
      'starttls-required',
      ['starttls-required-451'],
    ],
    [
      '530 5.7.0 Must issue a STARTTLS command first',
      'starttls-required',
      ['starttls-required-530'],
    ],
    [
      '450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]',
      'starttls-required',
      ['stale-tls-certificate-name', 'starttls-required-451'],
    ],
    ['TLS negotiation failed with error NoCredentials', null, ['tls-no-credentials']],
    ['*,,TLS protocol SP_PROT_TLS1_2_CLIENT negotiated', null, ['tls-success-1-2']],
    [
      'tls negotiation FAILED with error socketerror',
      'sendlog-tls-failed',
      ['tls-negotiation-socketerror'],
    ],
    ['hello world', null, []],
  ]
  for (const [text, symptom, ids] of cases) {
    it(text.slice(0, 60), () => {
      const c = classifyError(text)
      expect(c.symptom).toBe(symptom)
      expect(c.matches.map((m) => m.id)).toEqual(ids)
    })
  }
  it('is bounded on huge input', () => {
    expect(
      classifyError('x'.repeat(5_000_000) + '421 4.4.2 Connection dropped due to SocketError')
        .matches,
    ).toEqual([])
  })
})
