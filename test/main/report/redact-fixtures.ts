/** Real reports for the redaction tests: a demo export renamed, real protocol logs, a probe. */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ProbeCertificate } from '../../../shared/probe'
import type { Report } from '../../../shared/report'
import { demoFile } from '../../../main/demo/demos'
import { withLogs } from '../../../main/logs/diagnosis-logs'
import { gatherLogs } from '../../../main/logs/gather-logs'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { buildReport } from '../../../main/report/build-report'
import { diagnoseStore, scratchDir } from '../../helpers/demo'
import {
  headerLines,
  logBytes,
  put,
  recvTlsSuccess,
  sendTlsFailure,
  sendTlsSuccess,
  sessionLines,
} from '../../helpers/exchange-logs'
import { O365_HOST, O365_OUTBOUND } from '../../helpers/log-fixtures'
import { utf16File } from '../../helpers/reg'
import { fixes, logFinding, probeOutcome } from './fixtures'

const NOW = new Date('2024-01-15T00:00:00Z')
const reg = (s: string) => s.replace(/\\/g, '\\\\')

/**
 * The 2012 R2 demo export as server `name` (ComputerName, Hostname, NV Hostname) of
 * contoso.local with Exchange under `installPath`, saved as `<dir>/<name>-export.reg`.
 */
export async function machineExport(name: string, dir: string, installPath?: string) {
  const text = (await readFile(demoFile('2012r2-ex2016') as string)).subarray(2).toString('utf16le')
  let crafted = text
    .replace(/"ComputerName"="EX2016"/, `"ComputerName"="${reg(name)}"`)
    .replace(/"(NV )?Hostname"="ex2016"/g, (_, nv = '') => `"${nv}Hostname"="${reg(name)}"`)
  if (installPath)
    crafted = crafted.replace(/"MsiInstallPath"="[^"]*"/, `"MsiInstallPath"="${reg(installPath)}"`)
  if (!crafted.includes(`"NV Hostname"="${reg(name)}"`)) throw new Error('the demo changed')
  const file = path.join(dir, `${name}-export.reg`)
  await writeFile(file, utf16File(crafted))
  return file
}

/** A diagnosis of the demo export renamed to `name`. */
export async function machineDiagnosis(name: string, installPath?: string) {
  const file = await machineExport(name, await scratchDir(), installPath)
  return diagnoseStore(await RegFileStore.open(file))
}

/**
 * A report of server `name` that names itself everywhere a report can: the export's file name,
 * its own probe's greeting and EHLO, a backup file, a receive-connector log line and its folder.
 */
export async function machineReport(name: string): Promise<Report> {
  const d = await machineDiagnosis(name)
  // A probe target is a DNS name: EX_01's own probe goes to 127.0.0.1.
  const target =
    /^[\w-]+$/.test(name) && !name.includes('_') ? `${name}.contoso.local` : '127.0.0.1'
  const probe = probeOutcome('handshake failure', target)
  probe.result.certificate = {
    ...(probe.result.certificate as ProbeCertificate),
    subject: `CN=${name}.contoso.local`,
    issuer: `CN=${name}.contoso.local`,
    subjectAltNames: [`DNS:${name}.contoso.local`, `DNS:${name}`],
  }
  probe.result.transcript = [
    `S: 220 ${name}.contoso.local Microsoft ESMTP MAIL Service ready at Sun, 22 Nov 2026`,
    `C: EHLO ${name}`,
    `S: 250-${name}.contoso.local Hello [10.0.0.5]`,
    'S: 250-SIZE 37748736',
    'S: 250 STARTTLS',
    'C: MAIL FROM:<>',
    `S: 250 2.6.0 <a1@contoso.local> [InternalId=1, Hostname="${name}"] Queued mail for delivery`,
  ]
  const fx = fixes('x')
  fx.applied.backupFile = `C:\\ProgramData\\MailflowTlsWizard\\backups\\tls-backup-20261122-1630-${name}.reg`
  const row = `2026-11-22T10:00:00.000Z,${name}\\Default Frontend ${name},08DC,3,10.0.0.5:25,10.0.0.9:41000,<,EHLO ${name},`
  return buildReport(
    { ...d, probes: [probe] },
    { ...fx, logFindings: [logFinding(row, `D:\\Logs\\${name}\\RECV20261122-1.LOG`)], now: NOW },
  )
}

const SEND = 'Outbound to Office 365'
const FRONTEND = 'EX01\\Default Frontend EX01'
const RELAY = 'EX01\\Relay LYON-APP7'
const PARTNERS = 'To Fabrikam Partners'

/** Protocol logs of server EX01 as an admin copied them to their desktop, and the folder. */
export async function writeDesktopLogs(): Promise<string> {
  const dir = path.join(await scratchDir(), 'Users', 'jsmith', 'Desktop', 'EX01 logs')
  const session = (
    sid: string,
    connector: string,
    start: string,
    rows: Parameters<typeof sessionLines>[0]['rows'],
    remote?: string,
  ) => sessionLines({ sid, connector, start, rows, remote, local: '10.0.0.5:25' })
  await put(
    path.join(dir, 'SEND20240114-1.LOG'),
    logBytes([
      ...headerLines('send', '2024-01-14T08:00:00.000Z'),
      ...session('08DC01', SEND, '2024-01-14T08:00:00.000Z', sendTlsFailure(O365_HOST)),
      ...session(
        '08DC02',
        PARTNERS,
        '2024-01-14T08:10:00.000Z',
        sendTlsSuccess('mx1.fabrikam.net', 'TLS1_0'),
        '198.51.100.20:25',
      ),
    ]),
  )
  await put(
    path.join(dir, 'RECV20240114-1.LOG'),
    logBytes([
      ...headerLines('receive', '2024-01-14T09:00:00.000Z'),
      ...session(
        '08DC03',
        FRONTEND,
        '2024-01-14T09:00:00.000Z',
        recvTlsSuccess(O365_OUTBOUND),
        '40.107.22.100:38912',
      ),
      ...session(
        '08DC04',
        RELAY,
        '2024-01-14T09:05:00.000Z',
        recvTlsSuccess('lyon-app7', 'TLS1_0'),
        '10.9.8.7:40000',
      ),
    ]),
  )
  await put(path.join(dir, 'broken-jsmith.LOG'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))
  return dir
}

/**
 * A report of server EX01 (Exchange installed under jsmith's profile) with the protocol logs of
 * writeDesktopLogs scanned: the Hybrid connector, the Default Frontend, two connectors of the admin's.
 */
export async function logsReport(): Promise<{ report: Report; folder: string }> {
  const d = await machineDiagnosis('EX01', 'C:\\Users\\jsmith\\Exchange Server\\V15\\')
  const folder = await writeDesktopLogs()
  const logs = await gatherLogs({ paths: [folder], now: NOW })
  return { report: buildReport(withLogs(d, logs), { now: NOW }), folder }
}

export const CONNECTORS = { SEND, FRONTEND, RELAY, PARTNERS }
