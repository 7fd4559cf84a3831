/** Exchange SMTP protocol logs as Exchange writes them (rows, headers, encodings), for tests. */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** One row before it is written: the event and its data/context; time and sequence are filled in. */
export interface Row {
  ev: '+' | '-' | '<' | '>' | '*'
  data?: string
  ctx?: string
  /** Milliseconds after the session's start (default: 10 ms after the previous row). */
  at?: number
}

/** A session: its id, connector, endpoints, start time and rows. */
export interface SessionSpec {
  sid: string
  connector: string
  start: string
  local?: string
  remote?: string
  rows: Row[]
}

/** A CSV field as Exchange writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The rows of a session as CSV lines, sequence numbers from 0 (or `firstSeq`). */
export function sessionLines(s: SessionSpec, firstSeq = 0): string[] {
  const t0 = Date.parse(s.start)
  let at = 0
  return s.rows.map((r, i) => {
    at = r.at ?? (i === 0 ? 0 : at + 10)
    const time = new Date(t0 + at).toISOString()
    const local = r.ev === '*' && i === 0 ? '' : (s.local ?? '10.0.0.5:51234')
    return [
      time,
      csvField(s.connector),
      s.sid,
      String(firstSeq + i),
      local,
      s.remote ?? '104.47.11.202:25',
      r.ev,
      csvField(r.data ?? ''),
      csvField(r.ctx ?? ''),
    ].join(',')
  })
}

export const FIELDS =
  '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context'

/** The five header lines Exchange starts every protocol log file with. */
export function headerLines(
  kind: 'send' | 'receive',
  date: string,
  version = '15.0.0.0',
): string[] {
  return [
    '#Software: Microsoft Exchange Server',
    `#Version: ${version}`,
    `#Log-type: SMTP ${kind === 'send' ? 'Send' : 'Receive'} Protocol Log`,
    `#Date: ${date}`,
    FIELDS,
  ]
}

/** How a file is saved: as Exchange does (UTF-8 with BOM), or as an editor re-saved it. */
export type Encoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'ansi'

/** The bytes of a log file made of `lines`, CRLF after each (none after the last if `cut`). */
export function logBytes(lines: string[], encoding: Encoding = 'utf-8-bom', cut = false): Buffer {
  const text = lines.join('\r\n') + (cut ? '' : '\r\n')
  switch (encoding) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(text, 'utf8')])
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-16le':
      return Buffer.from(`\ufeff${text}`, 'utf16le')
    case 'utf-16be':
      return Buffer.from(`\ufeff${text}`, 'utf16le').swap16()
    case 'ansi':
      return Buffer.from(text, 'latin1')
  }
}

/** Writes a file, making its folders. */
export async function put(file: string, bytes: Buffer | string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, bytes)
  return file
}

const CIPHER =
  'negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDHE with strength 384 bits'
const OUR_CERT: Row[] = [
  { ev: '*', ctx: 'Sending certificate' },
  {
    ev: '*',
    data: 'CN=mail.contoso.com, O=Contoso Ltd, L=Seattle, S=WA, C=US',
    ctx: 'Certificate subject',
  },
  { ev: '*', data: "CN=R3, O=Let's Encrypt, C=US", ctx: 'Certificate issuer name' },
  { ev: '*', data: '9A3B7C11D2E4F5061728394A5B6C7D8E9F001122', ctx: 'Certificate thumbprint' },
]
const O365_BANNER = (host: string) =>
  `220 ${host} Microsoft ESMTP MAIL Service ready at Mon, 15 Jan 2024 08:00:00 +0000 [08DC15A3B2C4D5E6]`

/** The start of a send session: connect, banner, EHLO, the EHLO answer (with or without STARTTLS). */
function sendOpening(host: string, starttls = true): Row[] {
  return [
    { ev: '*', ctx: 'attempting to connect' },
    { ev: '+' },
    { ev: '<', data: O365_BANNER(host) },
    { ev: '>', data: 'EHLO mail.contoso.com' },
    { ev: '<', data: `250-${host} Hello [198.51.100.7]` },
    { ev: '<', data: '250-SIZE 157286400' },
    ...(starttls ? [{ ev: '<' as const, data: '250-STARTTLS' }] : []),
    { ev: '<', data: '250 SMTPUTF8' },
  ]
}

/** A send session whose TLS handshake fails (`TLS negotiation failed with error X`). */
export function sendTlsFailure(host: string, error = 'SocketError'): Row[] {
  return [
    ...sendOpening(host),
    { ev: '>', data: 'STARTTLS' },
    { ev: '<', data: '220 2.0.0 SMTP server ready' },
    ...OUR_CERT,
    { ev: '*', ctx: `TLS negotiation failed with error ${error}` },
    { ev: '-', ctx: 'Remote' },
  ]
}

/** A send session that negotiates TLS (`SP_PROT_TLS1_2_CLIENT` ...) and delivers a message. */
export function sendTlsSuccess(host: string, version = 'TLS1_2', peerCert?: string): Row[] {
  return [
    ...sendOpening(host),
    { ev: '>', data: 'STARTTLS' },
    { ev: '<', data: '220 2.0.0 SMTP server ready' },
    ...OUR_CERT,
    { ev: '*', ctx: 'Received certificate' },
    ...(peerCert ? [{ ev: '*' as const, data: peerCert, ctx: 'Certificate subject' }] : []),
    { ev: '*', ctx: `TLS protocol SP_PROT_${version}_CLIENT ${CIPHER}` },
    { ev: '>', data: 'EHLO mail.contoso.com' },
    { ev: '<', data: `250-${host} Hello [198.51.100.7]` },
    { ev: '>', data: 'MAIL FROM:<alice@contoso.com> SIZE=2048' },
    { ev: '>', data: 'RCPT TO:<bob@fabrikam.com>' },
    { ev: '<', data: '250 2.1.0 Sender OK' },
    { ev: '<', data: '250 2.1.5 Recipient OK' },
    { ev: '>', data: 'BDAT 2048 LAST' },
    {
      ev: '<',
      data: '250 2.6.0 <a1@contoso.com> [InternalId=1, Hostname="EX01"] 2048 bytes in 0.1, Queued mail for delivery',
    },
    { ev: '>', data: 'QUIT' },
    { ev: '-', ctx: 'Local' },
  ]
}

/** The retry without TLS after a failure, refused with 451 5.7.3. */
export function sendStarttlsRequired(host: string): Row[] {
  return [
    ...sendOpening(host, false),
    { ev: '>', data: 'MAIL FROM:<alice@contoso.com> SIZE=2048' },
    { ev: '<', data: '451 5.7.3 Must issue a STARTTLS command first' },
    { ev: '>', data: 'QUIT' },
    { ev: '-', ctx: 'Local' },
  ]
}

/** A connection that never got an SMTP answer. */
export function sendConnectFailure(): Row[] {
  return [
    { ev: '*', ctx: 'attempting to connect' },
    {
      ev: '-',
      ctx: 'Failed to connect. Winsock error code: 10060, Win32 error code: 10060.',
      at: 21_000,
    },
  ]
}

const RECV_BANNER = {
  ev: '>' as const,
  data: '220 mail.contoso.com Microsoft ESMTP MAIL Service ready at Mon, 15 Jan 2024 09:00:00 +0000',
}
const ehloAnswer = (starttls: boolean) =>
  `250-mail.contoso.com Hello [40.107.22.100] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES${starttls ? ' STARTTLS X-ANONYMOUSTLS' : ''} AUTH NTLM 8BITMIME BINARYMIME CHUNKING SMTPUTF8`

/** A receive session where the sender starts TLS (`SP_PROT_TLS1_x_SERVER`). */
export function recvTlsSuccess(ehlo: string, version = 'TLS1_2', peerCert?: string): Row[] {
  return [
    { ev: '+' },
    { ev: '*', data: 'SMTPSubmit SMTPAcceptAnyRecipient', ctx: 'Set Session Permissions' },
    RECV_BANNER,
    { ev: '<', data: `EHLO ${ehlo}` },
    { ev: '>', data: ehloAnswer(true) },
    { ev: '<', data: 'STARTTLS' },
    { ev: '>', data: '220 2.0.0 SMTP server ready' },
    ...OUR_CERT,
    { ev: '*', ctx: 'Received certificate' },
    ...(peerCert ? [{ ev: '*' as const, data: peerCert, ctx: 'Certificate subject' }] : []),
    { ev: '*', ctx: `TLS protocol SP_PROT_${version}_SERVER ${CIPHER}` },
    { ev: '<', data: `EHLO ${ehlo}` },
    { ev: '<', data: 'MAIL FROM:<carol@fabrikam.com>' },
    { ev: '>', data: '250 2.1.0 Sender OK' },
    { ev: '<', data: 'QUIT' },
    { ev: '-', ctx: 'Remote' },
  ]
}

/** A receive session refused with 451 5.7.3: this server requires TLS, the sender did not start it. */
export function recvStarttlsRequired(ehlo: string, offered = false): Row[] {
  return [
    { ev: '+' },
    RECV_BANNER,
    { ev: '<', data: `EHLO ${ehlo}` },
    { ev: '>', data: ehloAnswer(offered) },
    { ev: '<', data: 'MAIL FROM:<scanner@contoso.com>' },
    { ev: '>', data: '451 5.7.3 Must issue a STARTTLS command first' },
    { ev: '-', ctx: 'Remote' },
  ]
}
