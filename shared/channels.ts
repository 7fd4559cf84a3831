/**
 * The contract between the renderer and main: one typed map of request/response channels and one
 * of main-to-renderer events, each with a zod schema that main checks before acting. The Electron
 * IPC door, the preload bridge, the loopback web host and the renderer's API all derive from it.
 */
import { z } from 'zod'
import { diagnosisSchema, machineSchema } from './diagnosis'
import { applyResultSchema, BACKUP_FILE_NAME, fixPlanSchema } from './fixes'
import { SHOWN_FILE_NAME } from './format'
import { LANGUAGES } from './i18n/languages'
import { SOURCE_KINDS } from './ids'
import { probeTargetSchema } from './probe'
import { reportSchema } from './report'
import { MATCH_IDS, MAX_PASTE, SYMPTOM_IDS } from './symptoms'

const none = z.object({}).strict()

/** What the Welcome step shows, and whether the wizard opens in verify mode. */
export const machineInfoSchema = z.object({
  machine: machineSchema,
  source: z.object({ kind: z.enum(SOURCE_KINDS), label: z.string() }),
  elevated: z.boolean().nullable(),
  canApply: z.boolean(),
  language: z.enum(LANGUAGES),
  /** The languages offered: those with a complete catalog (the renderer loads one when chosen). */
  languages: z.array(z.enum(LANGUAGES)),
  verify: z.object({ before: diagnosisSchema }).nullable(),
})

/** A pasted error, recognised. */
export const classificationSchema = z.object({
  symptom: z.enum(SYMPTOM_IDS).nullable(),
  matches: z.array(z.object({ id: z.enum(MATCH_IDS), text: z.string() })),
})

/** Progress of one check or probe while a diagnosis runs. */
export const progressSchema = z.object({
  id: z.string(),
  kind: z.enum(['check', 'probe']),
  label: z.string(),
  // unknown: the check could not look (the registry did not show its keys); never shown green.
  state: z.enum(['waiting', 'running', 'ok', 'warning', 'error', 'unknown']),
  /** How far a long check is, in words (the protocol logs: files and bytes read). */
  detail: z.string().max(200).optional(),
})

const rollbackResultSchema = z.object({
  file: z.string(),
  restoredValues: z.number(),
  deletedKeys: z.number(),
  keptKeys: z.array(z.string()),
  mismatches: z.array(z.string()),
})

/** Renderer-to-main calls: request and response schema per channel. */
export const channels = {
  'machine:summary': { request: none, response: machineInfoSchema },
  'targets:propose': {
    request: z.object({ domain: z.string().max(253).nullable() }).strict(),
    response: z.array(probeTargetSchema),
  },
  'diagnosis:run': {
    request: z
      .object({
        symptom: z.enum(SYMPTOM_IDS).nullable(),
        pastedText: z.string().max(MAX_PASTE).nullable(),
        probes: z.array(probeTargetSchema).max(8),
      })
      .strict(),
    // The plan comes with the diagnosis: the Checks step shows both without a second round trip.
    response: z.object({ diagnosis: diagnosisSchema, plan: fixPlanSchema }),
  },
  'error:classify': {
    request: z.object({ text: z.string().max(MAX_PASTE) }).strict(),
    response: classificationSchema,
  },
  'fixes:plan': { request: none, response: fixPlanSchema },
  'fixes:apply': {
    // The client only names the plan it was shown; main computes it again and writes its own values.
    request: z.object({ planId: fixPlanSchema.shape.id }).strict(),
    response: applyResultSchema,
  },
  'fixes:rollback': {
    // A backup by name from the product's own folder (null: the last one), never a path.
    request: z.object({ backup: z.string().max(128).regex(BACKUP_FILE_NAME).nullable() }).strict(),
    response: rollbackResultSchema,
  },
  'restart:schedule': {
    // An immediate restart only by name and confirmed; a delay is 1 to 10080 minutes, never 0.
    request: z.discriminatedUnion('action', [
      z.object({ action: z.literal('now'), confirmed: z.literal(true) }).strict(),
      z
        .object({
          action: z.literal('in'),
          minutes: z.number().int().min(1).max(10_080),
          confirmed: z.literal(true),
        })
        .strict(),
      z.object({ action: z.literal('cancel') }).strict(),
    ]),
    response: z.object({
      command: z.string(),
      done: z.boolean(),
      message: z.string(),
      /** When the restart happens (ISO time), if one was scheduled. */
      at: z.string().nullable(),
      /** The wizard opens by itself after that restart (registered to run once at logon). */
      relaunch: z.boolean(),
    }),
  },
  'report:save': {
    request: z.object({ format: z.enum(['html', 'json']), redact: z.boolean() }).strict(),
    response: z.object({ file: z.string().nullable() }),
  },
  'report:open': {
    // text: a report the browser read from a file the admin picked; null: main asks (Electron dialog).
    // name: the name the browser gave that file, for messages only (SHOWN_FILE_NAME).
    request: z
      .object({
        text: z.string().max(1_000_000).nullable(),
        name: z.string().regex(SHOWN_FILE_NAME).optional(),
      })
      .strict(),
    response: z.object({ report: reportSchema.nullable() }),
  },
  'language:set': {
    request: z.object({ language: z.enum(LANGUAGES) }).strict(),
    response: z.object({ language: z.enum(LANGUAGES) }),
  },
} as const

/** Main-to-renderer events. */
export const events = {
  'diagnosis:progress': progressSchema,
} as const

/** A channel name. */
export type Channel = keyof typeof channels
/** A channel's request. */
export type Req<C extends Channel> = z.infer<(typeof channels)[C]['request']>
/** A channel's response. */
export type Res<C extends Channel> = z.infer<(typeof channels)[C]['response']>
/** An event name. */
export type EventName = keyof typeof events
/** An event's payload. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>
/** The whole API as functions (main implements it; the renderer calls it). */
export type WizardApi = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> }
/** Progress of one item. */
export type Progress = z.infer<typeof progressSchema>
/** Welcome-step information. */
export type MachineInfo = z.infer<typeof machineInfoSchema>
/** A classified error. */
export type Classification = z.infer<typeof classificationSchema>

/** Every channel name, in a stable order (the preload exposes one function per name). */
export const CHANNEL_NAMES = Object.keys(channels) as Channel[]

/** Checks a name that came from outside (IPC, HTTP path) against the map. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name)
}
