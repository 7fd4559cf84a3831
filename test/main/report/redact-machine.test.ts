import { describe, expect, it } from 'vitest'
import { reportJson } from '../../../main/report/build-report'
import { redactReport } from '../../../main/report/redact'
import { Redactor } from '../../../main/report/redactor'
import { renderReportHtml } from '../../../main/report/render-html'
import { machineReport } from './redact-fixtures'

const fileOf = (p: string) => p.split(/[\\/]/).pop()

describe.each(['MAIL', 'EXCHANGE', 'SMTP', 'EDGE', 'X', 'SERVER', 'EX_01', 'EX01'])(
  'redaction of a machine called %s',
  (name) => {
    it('hides it in its fields, rows, file names, paths, greetings, EHLO and connector ids', async () => {
      const before = await machineReport(name)
      const r = redactReport(before)
      const host = r.machine.computerName as string
      expect(host).toMatch(/^host-\d+$/)
      // One name, one placeholder: the FQDN's host label is the computer name's.
      expect(r.machine.fqdn).toBe(`${host}.domain-1.example`)
      expect(r.registry.values.find((v) => v.value === 'ComputerName')?.actual).toBe(host)
      expect(fileOf(r.source.location)).toBe(`${host}-export.reg`)
      expect(fileOf(r.fixes?.applied?.backupFile ?? '')).toBe(
        `tls-backup-20261122-1630-${host}.reg`,
      )
      const probe = r.probes[0]?.result
      if (!name.includes('_')) expect(r.probes[0]?.target.host).toBe(r.machine.fqdn)
      expect(probe?.certificate?.subjectAltNames).toEqual([`DNS:${r.machine.fqdn}`, `DNS:${host}`])
      const ip = probe?.transcript[2]?.match(/\[(192\.0\.2\.\d+)\]/)?.[1]
      expect(probe?.transcript).toEqual([
        `S: 220 ${r.machine.fqdn} Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026`,
        `C: EHLO ${host}`,
        `S: 250-${r.machine.fqdn} Hello [${ip}]`,
        'S: 250-SIZE 37748736',
        'S: 250 STARTTLS',
        'C: MAIL FROM:<>',
        `S: 250 2.6.0 <user-1@domain-1.example> [InternalId=1, Hostname="${host}"] Queued mail for delivery`,
      ])
      const line = r.logFindings?.[0]
      expect(line?.file).toBe(`D:\\Logs\\${host}\\RECV20261122-1.LOG`)
      expect(line?.text).toMatch(
        new RegExp(`^2026-11-22T10:00:00\\.000Z,${host}\\\\Default Frontend ${host},08DC,3,`),
      )
      expect(line?.text.endsWith(`,<,EHLO ${host},`)).toBe(true)
      // Nothing of the name is left where a name stands, in the JSON or the HTML.
      const out = `${reportJson(r)}${renderReportHtml(r)}`
      for (const where of [
        `"${name}"`,
        `\\${name}\\`,
        `EHLO ${name}`,
        `${name}-export`,
        `${name}.`,
      ])
        expect(out, where).not.toContain(where)
    })

    it("keeps the protocol's and the product's own words", async () => {
      const before = await machineReport(name)
      const r = redactReport(before)
      expect(r.machine.exchange?.installPath).toBe(before.machine.exchange?.installPath)
      expect(r.registry.values.map((v) => [v.key, v.value])).toEqual(
        before.registry.values.map((v) => [v.key, v.value]),
      )
      const files = (s: string[] | undefined) => (s ?? []).join('\n').match(/tls-[\w-]+\.reg/g)
      expect(files(r.coverage?.collect)).toEqual(files(before.coverage?.collect))
      expect(r.coverage?.mailPath).toBe(before.coverage?.mailPath)
      expect(r.problems?.map((p) => p.params)).toEqual(before.problems?.map((p) => p.params))
    })
  },
)

describe('the redactor and a machine name that is also a word', () => {
  it('hides EXCHANGE as a host, in a URL host and in a path, not in a product URL or folder', () => {
    const red = new Redactor()
    red.addMachineName('EXCHANGE.contoso.local')
    expect(
      red.text(
        'https://learn.microsoft.com/exchange/x https://EXCHANGE/owa D:\\EXCHANGE\\a.log ' +
          'C:\\Program Files\\Microsoft\\Exchange Server\\V15 HKLM\\SOFTWARE\\Microsoft\\Exchange\\x ' +
          'E:\\TransportRoles\\Logs\\Exchange\\x tls-exchange.reg Exchange 2016',
      ),
    ).toBe(
      'https://learn.microsoft.com/exchange/x https://host-1/owa D:\\host-1\\a.log ' +
        'C:\\Program Files\\Microsoft\\Exchange Server\\V15 HKLM\\SOFTWARE\\Microsoft\\Exchange\\x ' +
        'E:\\TransportRoles\\Logs\\Exchange\\x tls-exchange.reg Exchange 2016',
    )
  })

  it('a name with an underscore is one name, in its FQDN too', () => {
    const red = new Redactor()
    red.addMachineName('EX_01')
    red.addMachineName('EX_01.contoso.local')
    expect(red.text('EX_01.contoso.local EX_01 ex_01-backup.reg mail.contoso.local')).toBe(
      'host-1.domain-1.example host-1 host-1-backup.reg host-2.domain-1.example',
    )
  })

  it('the same report, redacted twice, gets the same placeholders', async () => {
    const before = await machineReport('MAIL')
    expect(redactReport(before)).toEqual(redactReport(before))
  })
})
