/** The protocol-log scan as `tlswizard logs --json` prints it (and `diagnose` embeds it). */
import { z } from 'zod'
import { findingSchema } from './finding-schema'
import { SESSION_OUTCOMES } from './log-outcomes'

/**
 * Version of the logs JSON contract; bump on any breaking change.
 * 1: first release.
 */
export const LOGS_SCHEMA_VERSION = 1

export {
  FAILURE_OUTCOMES,
  SESSION_OUTCOMES,
  failedSessions,
  sessionCountsText,
  type SessionOutcome,
} from './log-outcomes'
/** TLS versions as Schannel names them in the logs (`SP_PROT_TLS1_2_CLIENT` is `TLS 1.2`). */
export const LOG_TLS_VERSIONS = ['SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3'] as const

/** A TLS version seen in a log. */
export type LogTlsVersion = (typeof LOG_TLS_VERSIONS)[number]

/** Send (this server is the client) or receive (this server answers). */
export const DIRECTIONS = ['send', 'receive'] as const

/** A connector direction. */
export type Direction = (typeof DIRECTIONS)[number]

const counts = z.record(z.string(), z.number().int().nonnegative())

/** Sessions counted by outcome, TLS version and TLS error. */
export const countsSchema = z.object({
  sessions: z.number().int().nonnegative(),
  /** By SESSION_OUTCOMES; absent outcomes are 0. */
  outcomes: counts,
  /** By LOG_TLS_VERSIONS, successful sessions only. */
  tlsVersions: counts,
  /** By the X of `TLS negotiation failed with error X`. */
  tlsErrors: counts,
})

/** One session worth naming: when, with whom, how it ended. */
export const sessionRefSchema = z.object({
  /** When the session started (ISO 8601, UTC). */
  time: z.string(),
  outcome: z.enum(SESSION_OUTCOMES),
  /** The TLS error (SocketError, ...) or the SMTP reply code (451 5.7.3); null otherwise. */
  error: z.string().nullable(),
  version: z.enum(LOG_TLS_VERSIONS).nullable(),
  /** The bulk cipher, strength and key exchange Schannel logged, e.g. `CALG_AES_256 256 CALG_ECDHE`. */
  cipher: z.string().nullable(),
  /** The peer's name (banner or EHLO) or, without one, its address. */
  peer: z.string(),
  sessionId: z.string(),
})

/** Counts with the sessions that tell the story: first and last failure, last success. */
export const tallySchema = countsSchema.extend({
  firstFailure: sessionRefSchema.nullable(),
  lastFailure: sessionRefSchema.nullable(),
  lastSuccess: sessionRefSchema.nullable(),
  /** Counts before and after the pivot time (the fix); null when there is no pivot. */
  beforePivot: countsSchema.nullable(),
  afterPivot: countsSchema.nullable(),
})

/** A peer still using TLS 1.0 or 1.1 (it breaks the day either side switches those off). */
export const legacyPeerSchema = z.object({
  peer: z.string(),
  version: z.enum(LOG_TLS_VERSIONS),
  sessions: z.number().int().positive(),
  lastSeen: z.string(),
})

/** One connector in one direction: all its sessions, and those with Office 365. */
export const connectorSchema = z.object({
  connector: z.string(),
  direction: z.enum(DIRECTIONS),
  all: tallySchema,
  office365: tallySchema,
  /** At most 100, most sessions first; `legacyPeersMore` says how many were left out. */
  legacyPeers: z.array(legacyPeerSchema),
  legacyPeersMore: z.number().int().nonnegative(),
})

/** A file that could not be read whole: what was wrong (its other rows still count). */
export const fileProblemSchema = z.object({
  path: z.string(),
  /** Why reading stopped (null: read to the end, only some rows were skipped). */
  error: z.string().nullable(),
  truncatedRows: z.number().int().nonnegative(),
  badRows: z.number().int().nonnegative(),
})

/** A folder scanned and what it held. */
export const folderSchema = z.object({
  path: z.string(),
  /** found: under the Exchange install path; given: named by the admin. */
  origin: z.enum(['found', 'given']),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
})

/** One kind of Schannel event in the period: id, alert code, how often, first and last. */
export const schannelEventSchema = z.object({
  eventId: z.number().int(),
  /** The TLS alert code (36887/36888), null for the other events. */
  alert: z.number().int().nullable(),
  /** The alert's name in RFC 8446 words (protocol_version), null when unknown or none. */
  alertName: z.string().nullable(),
  /** Other event data that tells the kind apart (Protocol for 36874, Type for 36871). */
  detail: z.string().nullable(),
  count: z.number().int().positive(),
  first: z.string(),
  last: z.string(),
})

/** The Schannel events read, or why they could not be. */
export const schannelEventsSchema = z.object({
  source: z.enum(['wevtutil', 'file']),
  location: z.string(),
  /** Why the events could not be read; null when they were. */
  error: z.string().nullable(),
  events: z.array(schannelEventSchema),
})

/** The whole scan. */
export const logsResultSchema = z.object({
  schemaVersion: z.literal(LOGS_SCHEMA_VERSION),
  generatedAt: z.string(),
  /** Sessions that started before this were left out (--since); null: all. */
  since: z.string().nullable(),
  /** The before/after pivot: when the fix was applied (state file) or --fix-time; null: none. */
  pivot: z.string().nullable(),
  pivotSource: z.enum(['state-file', 'option']).nullable(),
  folders: z.array(folderSchema),
  totals: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    rows: z.number().int().nonnegative(),
    sessions: z.number().int().nonnegative(),
    /** Sessions that started before `since`. */
    sessionsBeforeSince: z.number().int().nonnegative(),
    /** Files that could not be read at all (fileProblems lists the first 200). Absent before. */
    unreadable: z.number().int().nonnegative().optional(),
  }),
  fileProblems: z.array(fileProblemSchema),
  /** Worst first: connectors with Office 365 failures, then by sessions. */
  connectors: z.array(connectorSchema),
  schannelEvents: schannelEventsSchema.nullable(),
  /** The sentences a person reads first, one per connector and direction with Office 365 traffic. */
  summary: z.array(z.string()),
  findings: z.array(findingSchema),
})

/** Counts by outcome and version. */
export type Counts = z.infer<typeof countsSchema>
/** One named session. */
export type SessionRef = z.infer<typeof sessionRefSchema>
/** Counts with first/last failure and last success. */
export type Tally = z.infer<typeof tallySchema>
/** A legacy-TLS peer. */
export type LegacyPeer = z.infer<typeof legacyPeerSchema>
/** One connector and direction. */
export type ConnectorLogs = z.infer<typeof connectorSchema>
/** A file that could not be read whole. */
export type FileProblem = z.infer<typeof fileProblemSchema>
/** A folder scanned. */
export type LogFolder = z.infer<typeof folderSchema>
/** One kind of Schannel event. */
export type SchannelEvent = z.infer<typeof schannelEventSchema>
/** The Schannel events read. */
export type SchannelEvents = z.infer<typeof schannelEventsSchema>
/** The whole scan. */
export type LogsResult = z.infer<typeof logsResultSchema>
