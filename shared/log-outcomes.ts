/**
 * How protocol-log sessions end, and the count a reader sees ("12 sessions, 3 failed"): shared by
 * the engine, the report and the wizard (no zod here, so the renderer can take it).
 */

/** How one SMTP session ended, judged from its rows in sequence order. */
export const SESSION_OUTCOMES = [
  /** `TLS protocol SP_PROT_TLS1_x_... negotiation succeeded`. */
  'tls',
  /** `TLS negotiation failed with error X` (SocketError, NoCredentials, UnknownCredentials, ...). */
  'tls-failed',
  /** `451 5.7.3` / `530 5.7.0`: the server wanted STARTTLS and the client did not start TLS. */
  'starttls-required',
  /** A whole SMTP dialogue without STARTTLS (not offered, or not used). */
  'no-tls',
  /** No SMTP dialogue: the connection failed or was dropped before the first command. */
  'connection-failed',
  /** STARTTLS started with no result logged, or the session's end is not in the files read. */
  'incomplete',
] as const

/** A session outcome. */
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number]

/** Outcomes that count as a TLS failure (first/last failure, "no later success"). */
export const FAILURE_OUTCOMES: readonly SessionOutcome[] = ['tls-failed', 'starttls-required']

/** How many sessions of a tally failed (TLS failed, or STARTTLS required and not started). */
export function failedSessions(outcomes: Record<string, number>): number {
  return FAILURE_OUTCOMES.reduce((n, o) => n + (outcomes[o] ?? 0), 0)
}

/** "12 sessions, 3 failed" in the reader's words; "-" when there is no such tally. */
export function sessionCountsText(
  c: { sessions: number; outcomes: Record<string, number> } | null,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  return c
    ? t('reportDoc.protocolLogs.counts', {
        sessions: c.sessions,
        failed: failedSessions(c.outcomes),
      })
    : '-'
}
