/** The four symptoms admins report, with the exact text they see (DOMAIN.md table 1). */
export const SYMPTOMS = [
  { id: 'ndr-socketerror', text: '421 4.4.2 Connection dropped due to SocketError' },
  { id: 'queue-socketerror', text: '421 4.4.2 Connection dropped due to SocketError' },
  { id: 'sendlog-tls-failed', text: 'TLS negotiation failed with error SocketError' },
  { id: 'starttls-required', text: '451 5.7.3 Must issue a STARTTLS command first' },
] as const

/** A symptom id. */
export type SymptomId = (typeof SYMPTOMS)[number]['id']

/** Symptom ids, for schemas. */
export const SYMPTOM_IDS = SYMPTOMS.map((s) => s.id) as [SymptomId, ...SymptomId[]]

/** What a pasted error text was recognised as. */
export const MATCH_IDS = [
  'socketerror-421',
  'tls-negotiation-socketerror',
  'starttls-required-451',
  'starttls-required-530',
  'tls-no-credentials',
  'tls-unknown-credentials',
  'stale-tls-certificate-name',
  'tls-success-1-2',
  'tls-success-1-0',
] as const

/** A recognised error pattern. */
export type MatchId = (typeof MATCH_IDS)[number]

/** The most pasted text the engine classifies (the wizard cuts longer text and says so). */
export const MAX_PASTE = 20_000
