/** Recognises the error text an admin pastes (NDR, queue viewer, protocol log) as a known symptom. */
import type { Classification } from '../../shared/channels'
import type { MatchId, SymptomId } from '../../shared/symptoms'

interface Pattern {
  id: MatchId
  re: RegExp
  symptom: SymptomId | null
}

// Most specific first: a 450 4.4.317 wraps a 451 5.7.3, and names the real cause (a stale
// TlsCertificateName after a certificate renewal), so it must win over the plain 451.
const PATTERNS: Pattern[] = [
  {
    id: 'stale-tls-certificate-name',
    re: /450\s*4\.4\.317[^\n]*STARTTLS is required/i,
    symptom: 'starttls-required',
  },
  {
    id: 'socketerror-421',
    re: /421\s*4\.4\.2\s*Connection dropped due to SocketError/i,
    symptom: 'ndr-socketerror',
  },
  {
    id: 'tls-negotiation-socketerror',
    re: /TLS negotiation failed with error SocketError/i,
    symptom: 'sendlog-tls-failed',
  },
  {
    id: 'starttls-required-451',
    re: /451\s*5\.7\.3\s*(Must issue a STARTTLS command first|STARTTLS is required)/i,
    symptom: 'starttls-required',
  },
  {
    id: 'starttls-required-530',
    re: /530\s*5\.7\.0\s*Must issue a STARTTLS command first/i,
    symptom: 'starttls-required',
  },
  {
    id: 'tls-no-credentials',
    re: /TLS negotiation failed with error NoCredentials/i,
    symptom: null,
  },
  {
    id: 'tls-unknown-credentials',
    re: /TLS negotiation failed with error UnknownCredentials/i,
    symptom: null,
  },
  { id: 'tls-success-1-2', re: /SP_PROT_TLS1_2_(CLIENT|SERVER)/i, symptom: null },
  { id: 'tls-success-1-0', re: /SP_PROT_TLS1_0_(CLIENT|SERVER)/i, symptom: null },
]

// Queue Viewer shows the 421 under "Last error"; an NDR says the message was not delivered.
const QUEUE_HINT = /last\s*error|queue|retry|next retry/i

/** Finds every known pattern in the text; the symptom is the first (most specific) one's. */
export function classifyError(text: string): Classification {
  const input = text.slice(0, 20_000)
  const matches = PATTERNS.flatMap((p) => {
    const m = p.re.exec(input)
    return m ? [{ id: p.id, text: m[0] }] : []
  })
  const first = PATTERNS.find((p) => p.symptom && matches.some((m) => m.id === p.id))
  let symptom = first?.symptom ?? null
  if (symptom === 'ndr-socketerror' && QUEUE_HINT.test(input)) symptom = 'queue-socketerror'
  return { symptom, matches }
}
