import { describe, expect, it } from 'vitest'
import { reportJson } from '../../../main/report/build-report'
import { redactReport } from '../../../main/report/redact'
import { Redactor } from '../../../main/report/redactor'
import { renderReportHtml } from '../../../main/report/render-html'
import { CONNECTORS, logsReport } from './redact-fixtures'

// ("partners" alone is ours: "Some partners still use TLS 1.0".)
const LEAKS = ['jsmith', 'EX01', 'LYON', 'fabrikam', 'Fabrikam Partners', 'Relay LYON']

describe('redaction of a report with protocol logs', () => {
  it('a connector name is one name: kept when Microsoft gave it, else replaced whole', async () => {
    const { report } = await logsReport()
    const r = redactReport(report)
    const host = r.machine.computerName as string
    expect(host).toMatch(/^host-\d+$/)
    const names = (x: typeof r) => x.protocolLogs?.connectors.map((c) => c.connector).sort()
    expect(names(report)).toEqual(
      [CONNECTORS.SEND, CONNECTORS.FRONTEND, CONNECTORS.RELAY, CONNECTORS.PARTNERS].sort(),
    )
    const relay = r.protocolLogs?.connectors.find((c) => c.connector.includes('\\connector-'))
    expect(names(r)).toEqual(
      [
        'Outbound to Office 365',
        `${host}\\Default Frontend ${host}`,
        relay?.connector,
        expect.stringMatching(/^connector-\d+$/),
      ].sort(),
    )
    expect(relay?.connector).toMatch(new RegExp(`^${host}\\\\connector-\\d+$`))
  })

  it('never replaces the words of the sentences, the summary or the evidence', async () => {
    const { report } = await logsReport()
    const r = redactReport(report)
    const host = r.machine.computerName as string
    const swap = (s: string) => s.replaceAll('EX01', host)
    // Office 365, "to", "from", "Outbound": the sentences are ours and stay word for word.
    expect(r.protocolLogs?.summary).toEqual(report.protocolLogs?.summary.map(swap))
    const params = (x: typeof r) =>
      (x.protocolLogs?.findings ?? []).map((f) => [f.params.sentence, f.params.toFrom])
    expect(params(r)).toEqual(params(report))
    const o365 = r.problems?.find((p) => p.id === 'mail-flow-failing')
    expect(o365?.params).toMatchObject({ connector: 'Outbound to Office 365', toFrom: 'to' })
    expect(o365?.evidence[0]?.key).toBe('Outbound to Office 365 (send)')
    const json = reportJson(r)
    expect(json).not.toMatch(/host-\d+ host-\d+/)
    expect(json).toContain('1 session to Office 365 failed with TLS negotiation SocketError')
  })

  it('hides the user and the server in the log folder, the file names and the install path', async () => {
    const { report, folder } = await logsReport()
    const r = redactReport(report)
    const host = r.machine.computerName as string
    const redFolder = folder.replace('jsmith', 'user-1').replace('EX01', host)
    expect(r.protocolLogs?.folders[0]?.path).toBe(redFolder)
    expect(r.protocolLogs?.fileProblems.map((p) => p.path)).toEqual([
      `${redFolder}${folder.includes('\\') ? '\\' : '/'}broken-user-1.LOG`,
    ])
    expect(r.machine.exchange?.installPath).toBe('C:\\Users\\user-1\\Exchange Server\\V15\\')
    const out = `${reportJson(r)}${renderReportHtml(r)}`.toLowerCase()
    for (const leak of LEAKS) expect(out, leak).not.toContain(leak.toLowerCase())
  })
})

describe('the redactor and connector ids', () => {
  it('replaces an id where it stands whole: a field, a CSV cell, before "(send)"', () => {
    const red = new Redactor()
    red.addMachineName('EX01')
    red.addConnector('EX01\\Relay LYON-APP7')
    red.addConnector('Outbound to Office 365 - 6a1c3e2f-1b2c-4d5e-8f90-a1b2c3d4e5f6')
    red.addConnector('EdgeSync - Lyon to Internet')
    expect(red.text('EX01\\Relay LYON-APP7')).toBe('host-1\\connector-1')
    expect(red.text('EX01\\Relay LYON-APP7 (receive): 2 sessions')).toBe(
      'host-1\\connector-1 (receive): 2 sessions',
    )
    expect(red.text('2024-01-14T09:00:00.000Z,EX01\\Relay LYON-APP7,08DC,0')).toBe(
      '2024-01-14T09:00:00.000Z,host-1\\connector-1,08DC,0',
    )
    expect(red.text('EdgeSync - Lyon to Internet')).toBe('EdgeSync - site-1 to Internet')
    const hybrid = 'Outbound to Office 365 - 6a1c3e2f-1b2c-4d5e-8f90-a1b2c3d4e5f6 (send)'
    expect(red.text(hybrid)).toBe(hybrid)
  })

  it('a machine called like a connector word leaves the sentences alone', () => {
    const red = new Redactor()
    red.addMachineName('OUTBOUND')
    red.addConnector('OUTBOUND\\Default OUTBOUND')
    expect(
      red.text('OUTBOUND\\Default OUTBOUND (receive): mail to Office 365 Outbound works'),
    ).toBe('host-1\\Default host-1 (receive): mail to Office 365 Outbound works')
  })
})
