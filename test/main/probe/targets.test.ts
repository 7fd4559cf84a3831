import { describe, expect, it } from 'vitest'
import { defaultMode, parseHostPort, TargetError } from '../../../main/probe/host-port'
import { requestedTargets, targetFromInput } from '../../../main/probe/run-probes'
import {
  exchangeOnlineHost,
  localTargets,
  office365Target,
  smartHostTarget,
  type ResolveMx,
} from '../../../main/probe/targets'
import { forbidDns } from './no-dns'

forbidDns()

describe('parseHostPort', () => {
  it.each([
    ['mail.contoso.com', 'mail.contoso.com', 25],
    ['Mail.Contoso.com.:587', 'mail.contoso.com', 587],
    ['10.0.0.5:465', '10.0.0.5', 465],
    ['[::1]:25', '::1', 25],
    ['[2001:db8::5]', '2001:db8::5', 25],
    ['::1', '::1', 25],
    ['  relay:2525 ', 'relay', 2525],
    ['mx1.1and1.com', 'mx1.1and1.com', 25],
    ['0x.example', '0x.example', 25],
  ])('%s', (input, host, port) => {
    expect(parseHostPort(input)).toEqual({ host, port })
  })

  it.each([
    ['', /give a host name/],
    ['mail.contoso.com:0', /"0" is not a port number/],
    ['mail.contoso.com:70000', /"70000" is not a port number/],
    ['mail.contoso.com:25x', /"25x" is not a port number/],
    ['mail.contoso.com:', /"" is not a port number/],
    ['[::1', /not a valid host name/],
    ['[mail.contoso.com]:25', /not a valid host name/],
    ["evil'; Remove-Item C:\\ -Recurse #", /not a valid host name/],
    ['-bad.example', /not a valid host name/],
    ['a..b', /not a valid host name/],
    ['host\r\nQUIT', /not a valid host name/],
    // Numbers that are no IPv4 address: the system's resolver would look them up in DNS (999...)
    // or read them as shorthand addresses (1.2.3 is 1.2.0.3, 0x7f.1 is 127.0.0.1), never asked.
    ['999.1.1.1', /"999.1.1.1" is not a valid host name/],
    ['1.2.3', /"1.2.3" is not a valid host name/],
    ['10.1:587', /"10.1" is not a valid host name/],
    ['0x7f.1', /not a valid host name/],
    ['127.0.0.1.', /not a valid host name/],
    ['mail.123', /not a valid host name/],
  ])('rejects %j', (input, message) => {
    expect(() => parseHostPort(input)).toThrow(TargetError)
    expect(() => parseHostPort(input)).toThrow(message)
  })

  it('chooses STARTTLS for 25 and 587, implicit TLS for 465', () => {
    expect([25, 587, 2525, 465, 443].map(defaultMode)).toEqual([
      'starttls',
      'starttls',
      'starttls',
      'implicit',
      'implicit',
    ])
  })
})

describe('proposed targets', () => {
  it('local SMTP: loopback, and the FQDN when there is one', () => {
    expect(localTargets(null)).toEqual([
      { host: '127.0.0.1', port: 25, mode: 'starttls', role: 'local' },
    ])
    expect(localTargets('EX01.Contoso.local').map((t) => t.host)).toEqual([
      '127.0.0.1',
      'ex01.contoso.local',
    ])
    expect(localTargets('not a name')).toHaveLength(1)
  })

  it('derives the Exchange Online host from the domain', () => {
    expect(exchangeOnlineHost('Contoso.co.uk')).toBe('contoso-co-uk.mail.protection.outlook.com')
  })

  it('uses the Microsoft MX with the best preference', async () => {
    const resolveMx: ResolveMx = async (domain) => {
      expect(domain).toBe('contoso.com')
      return [
        { exchange: 'backup.contoso.com', priority: 5 },
        { exchange: 'contoso-com.mail.protection.outlook.com', priority: 10 },
        { exchange: 'contoso-com02.mail.protection.outlook.com', priority: 20 },
      ]
    }
    expect(await office365Target('contoso.com', resolveMx)).toEqual({
      host: 'contoso-com.mail.protection.outlook.com',
      port: 25,
      mode: 'starttls',
      role: 'office365',
      source: 'mx',
    })
  })

  it('falls back to the derived name when the MX is a third-party filter, missing or slow', async () => {
    const filter: ResolveMx = async () => [{ exchange: 'mx1.filter.example', priority: 10 }]
    const missing: ResolveMx = async () => {
      throw Object.assign(new Error('queryMx ENOTFOUND'), { code: 'ENOTFOUND' })
    }
    const slow: ResolveMx = () => new Promise(() => {})
    for (const resolver of [filter, missing]) {
      const t = await office365Target('fabrikam.com', resolver)
      expect(t).toMatchObject({
        host: 'fabrikam-com.mail.protection.outlook.com',
        source: 'derived',
      })
    }
    const started = Date.now()
    const t = await office365Target('fabrikam.com', slow, 100)
    expect(t.source).toBe('derived')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('rejects a domain that is not one, before any lookup', async () => {
    const never: ResolveMx = async () => {
      throw new Error('must not be called')
    }
    await expect(office365Target('localhost', never)).rejects.toThrow(/not a valid domain/)
    await expect(office365Target('bad domain.com', never)).rejects.toThrow(TargetError)
  })

  it('a smart host as typed', () => {
    expect(smartHostTarget('relay.isp.example:587')).toEqual({
      host: 'relay.isp.example',
      port: 587,
      mode: 'starttls',
      role: 'smarthost',
    })
    expect(smartHostTarget('[2001:db8::1]:465')).toMatchObject({ mode: 'implicit', port: 465 })
    expect(() => smartHostTarget('relay:abc')).toThrow(/not a port number/)
  })

  it('roles of typed targets and the request of diagnose --probe --domain', async () => {
    expect(targetFromInput('[::1]:25').role).toBe('local')
    expect(targetFromInput('ex01.contoso.com', 'EX01.contoso.com').role).toBe('local')
    expect(targetFromInput('contoso-com.mail.protection.outlook.com').role).toBe('office365')
    expect(targetFromInput('relay.example:587').role).toBe('other')
    const resolveMx: ResolveMx = async () => []
    const targets = await requestedTargets({
      probes: ['127.0.0.1', '127.0.0.1:25', 'contoso-com.mail.protection.outlook.com'],
      domain: 'contoso.com',
      resolveMx,
    })
    expect(targets.map((t) => `${t.role} ${t.host}:${t.port}`)).toEqual([
      'local 127.0.0.1:25',
      'office365 contoso-com.mail.protection.outlook.com:25',
    ])
  })
})
