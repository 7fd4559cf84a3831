/** The fix plan and its results as they cross to the renderer, the web host and JSON output. */
import { z } from 'zod'
import { FIX_IDS } from './ids'

/** Registry fixes the engine can apply (the other fix ids are manual actions). */
export const REGISTRY_FIX_IDS = [
  'schannel-tls12-enable',
  'dotnet-v4-strong-crypto',
  'dotnet-v2-strong-crypto',
  'winhttp-tls12',
] as const

/** A registry fix id. */
export type RegistryFixId = (typeof REGISTRY_FIX_IDS)[number]

/** One planned registry write: key, value, what it holds now (null = not set) and after. */
export const plannedChangeSchema = z.object({
  fixId: z.enum(REGISTRY_FIX_IDS),
  key: z.string().min(1).max(512),
  value: z.string().min(1).max(256),
  before: z.union([z.number(), z.string(), z.array(z.string()), z.null()]),
  after: z.number().int().min(0).max(0xffffffff),
})

/** A fix plan: every change is a real change (no no-ops); keys to create are listed. */
export const fixPlanSchema = z.object({
  /** SHA-256 of what the plan does: the only thing a client sends back to apply it. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  changes: z.array(plannedChangeSchema).max(64),
  createKeys: z.array(z.string().min(1).max(512)).max(64),
  restartNeeded: z.boolean(),
  /** What the registry cannot do, in order around the changes (shared/manual-steps.ts). */
  manual: z
    .array(
      z.object({
        id: z.enum(FIX_IDS),
        when: z.enum(['before', 'after']),
        link: z.string().nullable(),
      }),
    )
    .optional(),
  /** Registry fixes the findings name that were deliberately not planned (see fixes.leftOut.*). */
  leftOut: z.array(z.enum(REGISTRY_FIX_IDS)).optional(),
})

/** A backup file name as the product writes it: the only names a rollback over IPC/HTTP accepts. */
export const BACKUP_FILE_NAME = /^tls-backup-\d{8}-\d{6}-[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.reg$/

/** What happened to one planned change. */
export const changeResultSchema = z.object({
  key: z.string(),
  value: z.string(),
  ok: z.boolean(),
  read: z.union([z.number(), z.string(), z.array(z.string()), z.null()]),
})

/** The outcome of applying a plan. */
export const applyResultSchema = z.object({
  status: z.enum(['applied', 'nothing-to-do', 'rolled-back', 'rollback-failed']),
  backupFile: z.string().nullable(),
  results: z.array(changeResultSchema),
  error: z.string().nullable(),
  restoreError: z.string().nullable(),
  /**
   * Set when the registry was a file: the fix was written into a patched copy and a fix file,
   * not applied to any server. Optional so that reports saved before still load.
   */
  prepared: z.object({ patched: z.string(), fix: z.string() }).nullable().optional(),
})

/** The last part of a Windows or POSIX path: what an admin copies and types on the server. */
export function fileNameOf(p: string): string {
  return p.split(/[\\/]/).pop() ?? p
}

/** The message key of an outcome: a fix written only into files is "prepared", never "applied". */
export function applyStatusKey(
  r: ApplyResult,
): `fixes.status.${ApplyResult['status'] | 'prepared'}` {
  return r.prepared ? 'fixes.status.prepared' : `fixes.status.${r.status}`
}

/** A planned change. */
export type PlannedChange = z.infer<typeof plannedChangeSchema>
/** A fix plan. */
export type FixPlan = z.infer<typeof fixPlanSchema>
/** One change's result. */
export type ChangeResult = z.infer<typeof changeResultSchema>
/** The outcome of an apply. */
export type ApplyResult = z.infer<typeof applyResultSchema>
