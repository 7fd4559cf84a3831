/** One SMTP session from its rows: what each row says, folded into a small state, then judged. */
import type { Direction, LogTlsVersion, SessionOutcome } from '../../shared/logs'
import type { LogColumns } from './log-file'

/** What the rows of a session said so far (rows may come in any order). */
export interface OpenSession {
  sid: string
  connector: string
  direction: Direction
  /** Earliest time seen (ms since 1970), NaN until one is read. */
  start: number
  remote: string
  peer: string | null
  /** Sequence number of the row the peer name came from (the lowest wins). */
  peerSeq: number
  o365Name: boolean
  /** Sequence numbers of certificate rows naming Office 365, and of the certificate markers. */
  o365Certs: number[] | null
  localCertMarks: number[] | null
  version: LogTlsVersion | null
  cipher: string | null
  tlsError: string | null
  starttlsReply: string | null
  connectError: string | null
  starttlsOffered: boolean
  starttlsUsed: boolean
  /** SMTP lines from the peer (replies on send, commands on receive). */
  dialogue: number
  closed: boolean
  /** The generation of rows it was last touched in (see SessionTable). */
  touched: number
}

/** A session judged. */
export interface FinishedSession {
  sid: string
  connector: string
  direction: Direction
  start: number
  outcome: SessionOutcome
  error: string | null
  version: LogTlsVersion | null
  cipher: string | null
  peer: string
  office365: boolean
}

/** A copy that holds no reference to the chunk of text it was cut from (V8 keeps slices' parents). */
export function flat(s: string): string {
  return `${s} `.slice(0, -1)
}

/** Office 365 by name: `*.mail.protection.outlook.com`, `*.outlook.com`. */
export function isOffice365Name(name: string): boolean {
  return /(?:^|\.)outlook\.com\.?$/i.test(name)
}

/** A certificate subject or alternate-name list that names Office 365. */
export function namesOffice365(text: string): boolean {
  return /(?:^|[\s=;,*.])outlook\.com(?:$|[\s;,])/i.test(text)
}

const D0 = 48
const d2 = (s: string, i: number) => (s.charCodeAt(i) - D0) * 10 + s.charCodeAt(i + 1) - D0

/** `2024-01-15T08:00:01.123Z` to ms, without Date.parse's cost on the common shape. */
export function parseLogTime(s: string): number {
  if (s.length === 24 && s.charCodeAt(10) === 84 && s.charCodeAt(23) === 90) {
    const t = Date.UTC(
      d2(s, 0) * 100 + d2(s, 2),
      d2(s, 5) - 1,
      d2(s, 8),
      d2(s, 11),
      d2(s, 14),
      d2(s, 17),
      d2(s, 20) * 10 + s.charCodeAt(22) - D0,
    )
    if (!Number.isNaN(t)) return t
  }
  return Date.parse(s)
}

const VERSIONS: Record<string, LogTlsVersion> = {
  SSL3: 'SSL 3.0',
  TLS1: 'TLS 1.0',
  TLS1_0: 'TLS 1.0',
  TLS1_1: 'TLS 1.1',
  TLS1_2: 'TLS 1.2',
  TLS1_3: 'TLS 1.3',
}

function succeeded(s: OpenSession, text: string): void {
  const v = /SP_PROT_(SSL3|TLS1(?:_\d)?)_(?:CLIENT|SERVER)/.exec(text)
  s.version = VERSIONS[v?.[1] ?? ''] ?? null
  const bulk = /bulk encryption algorithm (\w+) with strength (\d+)/.exec(text)
  const kx = /key exchange algorithm (\w+)/.exec(text)
  const cipher = [bulk?.[1], bulk?.[2], kx?.[1]].filter(Boolean).join(' ')
  s.cipher = cipher ? flat(cipher) : null
}

/** The first word after the command or reply code: the host a banner or EHLO names. */
function hostAfter(data: string, at: number): string | null {
  const end = data.indexOf(' ', at)
  const host = data.slice(at, end === -1 ? undefined : end)
  return host && host.length < 256 ? flat(host.toLowerCase()) : null
}

function namePeer(s: OpenSession, host: string | null, seq: number): void {
  if (!host || seq >= s.peerSeq) return
  s.peer = host
  s.peerSeq = seq
  s.o365Name = isOffice365Name(host)
}

const isStarttlsRequired = (d: string) => d.startsWith('451 5.7.3') || d.startsWith('530 5.7.0')
const isTlsCommand = (d: string) => /^(STARTTLS|X-ANONYMOUSTLS)\b/i.test(d)

function information(s: OpenSession, text: string, data: string, context: string, seq: number) {
  if (text.startsWith('TLS protocol SP_PROT_')) succeeded(s, text)
  else if (text.startsWith('TLS negotiation failed with error '))
    s.tlsError = flat(text.slice(34).split(/[\s.,;]/)[0] || 'unknown')
  else if (text === 'Sending certificate') (s.localCertMarks ??= []).push(seq)
  else if (/^Certificate (subject|alternate names)$|^Remote certificate$/i.test(context)) {
    if (namesOffice365(data)) (s.o365Certs ??= []).push(seq)
  } else if (/^Failed to connect/i.test(text)) s.connectError = flat(text.slice(0, 120))
}

/** Folds one row into its session. */
export function addRow(s: OpenSession, f: string[], c: LogColumns): void {
  const event = f[c.event] as string
  const data = f[c.data] as string
  const code = event.charCodeAt(0)
  // The session starts with its row 0 (or its connect row), whatever row came first.
  if (code === 43 || f[c.sequence] === '0') {
    const t = parseLogTime(f[c.dateTime] as string)
    if (t < s.start || Number.isNaN(s.start)) s.start = t
  }
  switch (code) {
    case 45: // - disconnect
      s.closed = true
      if (/^Failed to connect/i.test(f[c.context] as string))
        s.connectError = flat((f[c.context] as string).slice(0, 120))
      break
    case 60: // < from the peer
      s.dialogue++
      if (s.direction === 'send') {
        if (data.startsWith('220 ')) namePeer(s, hostAfter(data, 4), Number(f[c.sequence]))
        else if (data.startsWith('250') && data.includes('STARTTLS')) s.starttlsOffered = true
        else if (isStarttlsRequired(data)) s.starttlsReply = data.slice(0, 9)
      } else if (/^(EHLO|HELO) /i.test(data)) namePeer(s, hostAfter(data, 5), Number(f[c.sequence]))
      else if (isTlsCommand(data)) s.starttlsUsed = true
      break
    case 62: // > to the peer
      if (s.direction === 'send') {
        if (isTlsCommand(data)) s.starttlsUsed = true
      } else if (data.startsWith('250') && data.includes('STARTTLS')) s.starttlsOffered = true
      else if (isStarttlsRequired(data)) s.starttlsReply = data.slice(0, 9)
      break
    case 42: {
      // * information: the text sits in context with data empty; certificate values sit in data
      const context = f[c.context] as string
      information(s, context || data, data, context, Number(f[c.sequence]))
      break
    }
  }
}

/** A new session from its first row. */
export function openSession(
  sid: string,
  connector: string,
  direction: Direction,
  f: string[],
  c: LogColumns,
): OpenSession {
  const remote = c.remote < 0 ? '' : (f[c.remote] as string)
  const port = remote.lastIndexOf(':')
  // One literal, always the same shape: sessions are made by the hundred thousand.
  return {
    sid,
    connector,
    direction,
    start: parseLogTime(f[c.dateTime] as string),
    remote: flat(
      remote.indexOf(':') === port || remote[port - 1] === ']' ? remote.slice(0, port) : remote,
    ),
    peer: null,
    peerSeq: Infinity,
    o365Name: false,
    o365Certs: null,
    localCertMarks: null,
    version: null,
    cipher: null,
    tlsError: null,
    starttlsReply: null,
    connectError: null,
    starttlsOffered: false,
    starttlsUsed: false,
    dialogue: 0,
    closed: false,
    touched: 0,
  }
}

/** Whether a certificate row belongs to the peer: the nearest marker before it is not ours. */
function peerCertificate(s: OpenSession): boolean {
  const marks = s.localCertMarks ?? []
  return (s.o365Certs ?? []).some((seq) => {
    const mine = marks.filter((m) => m < seq)
    // Exchange logs its own certificate right after "Sending certificate", two or three rows.
    return !mine.length || seq - Math.max(...mine) > 3
  })
}

/** How the session ended, from everything its rows said. */
export function finishSession(s: OpenSession): FinishedSession {
  let outcome: SessionOutcome
  let error: string | null = null
  if (s.version) outcome = 'tls'
  else if (s.tlsError) [outcome, error] = ['tls-failed', s.tlsError]
  else if (s.starttlsReply) [outcome, error] = ['starttls-required', s.starttlsReply]
  else if (!s.closed) outcome = 'incomplete'
  else if (s.dialogue === 0) [outcome, error] = ['connection-failed', s.connectError]
  else outcome = s.starttlsUsed ? 'incomplete' : 'no-tls'
  return {
    sid: s.sid,
    connector: s.connector,
    direction: s.direction,
    start: s.start,
    outcome,
    error,
    version: s.version,
    cipher: s.cipher,
    peer: s.peer ?? s.remote,
    office365: s.o365Name || (s.o365Certs !== null && peerCertificate(s)),
  }
}
