/**
 * The fixture servers, written as Exchange writes its protocol logs. The story: TLS 1.2 to Office
 * 365 worked on 13 Jan, failed from 14 Jan 08:00 (SocketError, then the 451 5.7.3 retry), and
 * works again after the fix on 16 Jan 09:00. Each file's comment says what it holds.
 */
import path from 'node:path'
import {
  headerLines,
  logBytes,
  put,
  recvStarttlsRequired,
  recvTlsSuccess,
  sendConnectFailure,
  sendStarttlsRequired,
  sendTlsFailure,
  sendTlsSuccess,
  sessionLines,
  type Encoding,
  type SessionSpec,
} from './exchange-logs'

export const O365_HOST = 'AM4PEPF00027A6C.mail.protection.outlook.com'
export const O365_OUTBOUND = 'EUR05-AM6-obe.outbound.protection.outlook.com'
export const O365_CERT =
  'CN=mail.protection.outlook.com, O=Microsoft Corporation, L=Redmond, S=WA, C=US'
export const TO_O365 = 'Outbound to Office 365'
export const FRONTEND = 'EX01\\Default Frontend EX01'
/** The time the fix was applied in the story. */
export const FIX_TIME = '2024-01-16T09:00:00.000Z'

const sid = (tag: string) => `08DC14A3B2C4${tag}`
const s = (
  tag: string,
  connector: string,
  start: string,
  rows: SessionSpec['rows'],
): SessionSpec => ({
  sid: sid(tag),
  connector,
  start,
  rows,
})

/** Folders of the Exchange 2016 server, relative to the fixture root. */
export const HUB_SEND = 'ex2016/TransportRoles/Logs/Hub/ProtocolLog/SmtpSend'
export const FE_RECV = 'ex2016/TransportRoles/Logs/FrontEnd/ProtocolLog/SmtpReceive'
export const V14_SEND = 'ex2010/V14/TransportRoles/Logs/ProtocolLog/SmtpSend'
export const EDGE_RECV = 'edge/TransportRoles/Logs/Edge/ProtocolLog/SmtpReceive'

/** The receive sessions of 14 Jan 09:00 (file E), re-used by the re-saved copies. */
function receiveLines(connector = FRONTEND): string[] {
  const cut = sessionLines(s('00E4', connector, '2024-01-14T09:04:00.000Z', [{ ev: '+' }]))
  return [
    ...headerLines('receive', '2024-01-14T09:00:00.031Z'),
    ...sessionLines({
      ...s('00E1', connector, '2024-01-14T09:01:00.000Z', recvTlsSuccess(O365_OUTBOUND)),
      remote: '40.107.22.100:38912',
      local: '10.0.0.5:25',
    }),
    ...sessionLines({
      ...s(
        '00E2',
        connector,
        '2024-01-14T09:02:00.000Z',
        recvStarttlsRequired('scanner.contoso.local'),
      ),
      remote: '10.0.0.40:50122',
      local: '10.0.0.5:25',
    }),
    ...sessionLines({
      ...s(
        '00E3',
        connector,
        '2024-01-14T09:03:00.000Z',
        recvTlsSuccess('oldmta.partner.example', 'TLS1_0'),
      ),
      remote: '192.0.2.25:41000',
      local: '10.0.0.5:25',
    }),
    ...cut,
    // Copied while Exchange was writing: the last row stops half way.
    '2024-01-14T09:04:00.020Z,EX01\\Default Frontend EX01,08DC14A3B2C400E4,1,10.0.0.5:25,203.0.113',
  ]
}

/** Writes the whole fixture set under `root` and returns the full paths of its folders and files. */
export async function writeLogFixtures(root: string) {
  const at = (...p: string[]) => path.join(root, ...p)
  const file = (dir: string, name: string, lines: string[], enc?: Encoding, cut?: boolean) =>
    put(at(dir, name), logBytes(lines, enc, cut))

  // A: 13 Jan, TLS 1.2 works to Office 365 (last at 10:24); a partner still takes TLS 1.0.
  const a = await file(HUB_SEND, 'SEND2024011310-1.LOG', [
    ...headerLines('send', '2024-01-13T10:00:00.012Z'),
    ...sessionLines(s('00A1', TO_O365, '2024-01-13T10:05:00.000Z', sendTlsSuccess(O365_HOST))),
    ...sessionLines(s('00A2', TO_O365, '2024-01-13T10:24:00.000Z', sendTlsSuccess(O365_HOST))),
    ...sessionLines({
      ...s(
        '00A3',
        'Outbound to Partner',
        '2024-01-13T10:30:00.000Z',
        sendTlsSuccess('mx.partner.example', 'TLS1_0'),
      ),
      remote: '192.0.2.25:25',
    }),
  ])
  // B: 14 Jan 08:00, SocketError twice, the 451 5.7.3 retry, a connection that failed, and a
  // session that starts here and ends in the next file.
  const crossing = sessionLines(
    s('00B5', TO_O365, '2024-01-14T08:59:59.800Z', sendTlsFailure(O365_HOST)),
  )
  const b = await file(HUB_SEND, 'SEND2024011408-1.LOG', [
    ...headerLines('send', '2024-01-14T08:00:00.004Z'),
    ...sessionLines(s('00B1', TO_O365, '2024-01-14T08:00:00.000Z', sendTlsFailure(O365_HOST))),
    ...sessionLines(s('00B2', TO_O365, '2024-01-14T08:05:00.000Z', sendTlsFailure(O365_HOST))),
    ...sessionLines(
      s('00B3', TO_O365, '2024-01-14T08:06:00.000Z', sendStarttlsRequired(O365_HOST)),
    ),
    ...sessionLines(s('00B4', TO_O365, '2024-01-14T08:20:00.000Z', sendConnectFailure())),
    ...crossing.slice(0, 10),
  ])
  // C: the rest of the crossing session, then one whose rows were flushed out of order and
  // whose fields hold commas, doubled quotes and a line break inside quotes.
  const scrambled = sessionLines(
    s('00C1', TO_O365, '2024-01-14T09:10:00.000Z', sendTlsFailure(O365_HOST)),
  )
  const quoted = `2024-01-14T09:10:00.500Z,${TO_O365},${sid('00C1')},99,10.0.0.5:51234,104.47.11.202:25,<,"250-${O365_HOST} says ""hello, again""\r\nsecond line",`
  const c = await file(HUB_SEND, 'SEND2024011409-1.LOG', [
    ...headerLines('send', '2024-01-14T09:00:00.020Z'),
    ...crossing.slice(10),
    ...[...scrambled].reverse(),
    quoted,
  ])
  // D: after the fix, TLS 1.2 again.
  const d = await file(HUB_SEND, 'SEND2024011609-1.LOG', [
    ...headerLines('send', '2024-01-16T09:00:00.020Z'),
    ...['00D1', '00D2', '00D3'].flatMap((tag, i) =>
      sessionLines(
        s(tag, TO_O365, `2024-01-16T09:${15 + i * 10}:00.000Z`, sendTlsSuccess(O365_HOST)),
      ),
    ),
  ])
  // E: receive, 14 Jan 09:00: from Office 365 over TLS 1.2, a scanner refused with 451 5.7.3,
  // a partner on TLS 1.0, and a truncated last row.
  const e = await file(FE_RECV, 'RECV2024011409-1.LOG', receiveLines(), 'utf-8-bom', true)
  // F: Exchange 2010, daily file, UTF-8 without BOM.
  const f = await file(
    V14_SEND,
    'SEND20240114-1.LOG',
    [
      ...headerLines('send', '2024-01-14T00:00:00.000Z', '14.0.0.0'),
      ...sessionLines(
        s(
          '00F1',
          'Internet',
          '2024-01-14T07:00:00.000Z',
          sendTlsFailure('contoso-com.mail.protection.outlook.com'),
        ),
      ),
      ...sessionLines(
        s(
          '00F2',
          'Internet',
          '2024-01-14T07:05:00.000Z',
          sendStarttlsRequired('contoso-com.mail.protection.outlook.com'),
        ),
      ),
      ...sessionLines({
        ...s(
          '00F3',
          'Internet',
          '2024-01-14T07:10:00.000Z',
          sendTlsSuccess('mx.legacy.example', 'TLS1_0'),
        ),
        remote: '198.51.100.80:25',
      }),
    ],
    'utf-8',
  )
  // G: Edge, from Office 365 known only by its certificate (the EHLO names an address).
  const g = await file(EDGE_RECV, 'RECV2024011412-1.LOG', [
    ...headerLines('receive', '2024-01-14T12:00:00.000Z'),
    ...sessionLines(
      s(
        '00G1',
        'EDGE01\\Default internal receive connector EDGE01',
        '2024-01-14T12:01:00.000Z',
        recvTlsSuccess('[40.107.22.100]', 'TLS1_2', O365_CERT),
      ),
    ),
    ...sessionLines(
      s(
        '00G2',
        'EDGE01\\Default internal receive connector EDGE01',
        '2024-01-14T12:02:00.000Z',
        recvTlsSuccess('mail.fabrikam.com', 'TLS1_2', 'CN=mail.fabrikam.com, O=Fabrikam'),
      ),
    ),
  ])
  // H: file E re-saved by an admin: UTF-16 LE and BE with BOM, and ANSI with an accented name.
  const resaved = {
    utf16le: await file('resaved/le', 'RECV2024011409-1.LOG', receiveLines(), 'utf-16le', true),
    utf16be: await file('resaved/be', 'RECV2024011409-1.LOG', receiveLines(), 'utf-16be', true),
    ansi: await file(
      'resaved/ansi',
      'RECV2024011409-1.LOG',
      receiveLines('EX01\\Réception EX01'),
      'ansi',
      true,
    ),
  }
  return {
    root,
    files: { a, b, c, d, e, f, g, ...resaved },
    hubSend: at(HUB_SEND),
    feRecv: at(FE_RECV),
    v14: at(V14_SEND),
    edge: at(EDGE_RECV),
  }
}
