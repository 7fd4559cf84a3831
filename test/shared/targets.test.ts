import { describe, expect, it } from 'vitest'
import { probeTargetSchema } from '../../shared/probe'
import {
  isHostName,
  MAX_TARGETS,
  parseHostPort,
  portOf,
  probeTargetsOf,
  targetProblem,
  type TargetDraft,
} from '../../shared/targets'

const draft = (host: string, port = '25'): TargetDraft => ({
  host,
  port,
  mode: 'starttls',
  role: 'smarthost',
})

describe('probe targets as typed', () => {
  it.each([
    'smtp.contoso.com',
    'relay01',
    'a-b.c',
    '127.0.0.1',
    '::1',
    'fe80::1',
    'x.com.',
    '1and1.com',
  ])('takes %s as a host', (h) => {
    expect(isHostName(h)).toBe(true)
    expect(probeTargetSchema.safeParse({ ...draft(h), port: 25 }).success).toBe(true)
  })

  it.each([
    '',
    'bad host',
    'a_b.com',
    '-a.com',
    'a..b',
    '999.1.1.1',
    '1.2.3',
    '0x7f.1',
    'relay.25',
    'http://x',
    'x'.repeat(64),
  ])('refuses %j as a host, here and in the engine schema', (h) => {
    expect(isHostName(h)).toBe(false)
    expect(probeTargetSchema.safeParse({ ...draft(h), port: 25 }).success).toBe(false)
  })

  it('ports are whole numbers from 1 to 65535; an empty field stays empty, never 25', () => {
    expect(['25', '587', '65535', ' 465 '].map(portOf)).toEqual([25, 587, 65535, 465])
    expect(['', '0', '65536', '99999', '-1', '2.5', '25a'].map(portOf)).toEqual(Array(7).fill(null))
    expect(targetProblem(draft('h', ''), 0)).toBe('port-invalid')
  })

  it('bad entries and those past the eighth are left out of the run, the others stay', () => {
    const list = [
      draft('good1'),
      draft('bad host'),
      draft('good2', '99999'),
      ...Array.from({ length: MAX_TARGETS }, (_, i) => draft(`h${i}`)),
    ]
    expect(list.map((d, i) => targetProblem(d, i))).toEqual([
      null,
      'host-invalid',
      'port-invalid',
      ...Array(MAX_TARGETS - 3).fill(null),
      'too-many',
      'too-many',
      'too-many',
    ])
    const run = probeTargetsOf(list)
    expect(run.map((t) => t.host)).toEqual(['good1', 'h0', 'h1', 'h2', 'h3', 'h4'])
    expect(run.every((t) => typeof t.port === 'number')).toBe(true)
  })

  it('reads host, host:port and [v6]:port; 465 is TLS from the first byte', () => {
    expect(parseHostPort('smtp.contoso.com')).toMatchObject({
      host: 'smtp.contoso.com',
      port: '25',
    })
    expect(parseHostPort('relay:465')).toMatchObject({
      host: 'relay',
      port: '465',
      mode: 'implicit',
    })
    expect(parseHostPort('[::1]:587')).toMatchObject({ host: '::1', port: '587' })
    expect(parseHostPort('fe80::1')).toMatchObject({ host: 'fe80::1', port: '25' })
    expect(parseHostPort('relay:')).toMatchObject({ host: 'relay', port: '' })
  })
})
