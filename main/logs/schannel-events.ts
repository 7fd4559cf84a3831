/** Schannel's System-log events (36871, 36874, 36887, 36888) from `wevtutil qe ... /f:xml` output. */
import { XMLParser } from 'fast-xml-parser'
import type { SchannelEvent } from '../../shared/logs'
import { chunkDecoder, detectEncoding } from './log-text'

/** The Schannel events that tell about TLS failures. */
export const SCHANNEL_EVENT_IDS = [36871, 36874, 36887, 36888] as const

/** TLS alert codes (RFC 5246 / RFC 8446 names), as 36887 and 36888 report them. */
export const TLS_ALERTS: Readonly<Record<number, string>> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  21: 'decryption_failed',
  22: 'record_overflow',
  30: 'decompression_failure',
  40: 'handshake_failure',
  41: 'no_certificate',
  42: 'bad_certificate',
  43: 'unsupported_certificate',
  44: 'certificate_revoked',
  45: 'certificate_expired',
  46: 'certificate_unknown',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  49: 'access_denied',
  50: 'decode_error',
  51: 'decrypt_error',
  60: 'export_restriction',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  100: 'no_renegotiation',
  109: 'missing_extension',
  110: 'unsupported_extension',
  112: 'unrecognized_name',
  116: 'no_application_protocol',
}

/** The XPath query wevtutil runs: Schannel's four events, since a time when given. */
export function schannelQuery(since: Date | null): string {
  const ids = SCHANNEL_EVENT_IDS.map((id) => `EventID=${id}`).join(' or ')
  const time = since ? ` and TimeCreated[@SystemTime>='${since.toISOString()}']` : ''
  return `*[System[Provider[@Name='Schannel'] and (${ids})${time}]]`
}

/** An event file or wevtutil's output that is not event XML. */
export class EventXmlError extends Error {
  override name = 'EventXmlError'
}

/** Bytes from wevtutil or a saved file to text: UTF-8 or UTF-16, with or without a BOM. */
export function eventText(bytes: Uint8Array): string {
  const { encoding, bom } = detectEncoding(bytes.subarray(0, 4096))
  const d = chunkDecoder(encoding)
  return d.write(bytes.subarray(bom)) + d.end()
}

interface XmlData {
  Name?: string
  '#text'?: string | number
}
interface XmlEvent {
  System?: {
    Provider?: { Name?: string }
    EventID?: string | { '#text'?: string }
    TimeCreated?: { SystemTime?: string }
  }
  EventData?: { Data?: XmlData[] }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  // Our own fields only: no entity expansion (a saved file is input like any other).
  processEntities: false,
  htmlEntities: false,
  isArray: (name) => name === 'Event' || name === 'Data',
})

/**
 * The Schannel events in wevtutil's XML (a series of `<Event>` elements, no root element, maybe
 * an `<?xml?>` declaration or an `<Events>` wrapper), counted by event id and alert code.
 */
export function parseSchannelEvents(xml: string, since: Date | null = null): SchannelEvent[] {
  const body = xml.replace(/<\?xml[^>]*\?>/g, '').trim()
  if (body && !/^<(Events?)\b/.test(body))
    throw new EventXmlError('this is not wevtutil event XML (it should start with <Event>)')
  let doc: { Events?: { Event?: XmlEvent[] } }
  try {
    doc = parser.parse(`<Events>${body.replace(/^<Events>|<\/Events>$/g, '')}</Events>`, true)
  } catch (e) {
    throw new EventXmlError(`the event XML is damaged: ${(e as Error).message.split('\n')[0]}`)
  }
  const groups = new Map<string, SchannelEvent>()
  for (const e of doc.Events?.Event ?? []) {
    const sys = e.System
    if (sys?.Provider?.Name && !/schannel/i.test(sys.Provider.Name)) continue
    const rawId = typeof sys?.EventID === 'object' ? sys.EventID['#text'] : sys?.EventID
    const eventId = Number(rawId)
    const time = sys?.TimeCreated?.SystemTime ?? ''
    if (!(SCHANNEL_EVENT_IDS as readonly number[]).includes(eventId)) continue
    if (since && time && time < since.toISOString()) continue
    const data = new Map(
      (e.EventData?.Data ?? []).map((d) => [d.Name ?? '', String(d['#text'] ?? '')]),
    )
    const alertText = data.get('AlertDesc')
    const alert = alertText && /^\d+$/.test(alertText) ? Number(alertText) : null
    const detail = data.get('Protocol') ?? data.get('Type') ?? null
    const key = `${eventId}/${alert}/${detail}`
    const g = groups.get(key)
    if (g) {
      g.count++
      if (time && (!g.first || time < g.first)) g.first = time
      if (time > g.last) g.last = time
    } else
      groups.set(key, {
        eventId,
        alert,
        alertName: alert === null ? null : (TLS_ALERTS[alert] ?? null),
        detail: detail || null,
        count: 1,
        first: time,
        last: time,
      })
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.eventId - b.eventId)
}
