/** The fix plan and its results as they cross to the renderer, the web host and JSON output. */
import { z } from 'zod'
import { FIX_IDS } from './ids'
import { REGISTRY_FIX_IDS } from './fix-names'

export {
  applyStatusKey,
  BACKUP_FILE_NAME,
  fileNameOf,
  REGISTRY_FIX_IDS,
  type RegistryFixId,
} from './fix-names'

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
  /**
   * Why no change could be planned from this registry at all (an offline SYSTEM hive), in the
   * engine's language: the plan is then empty and proves nothing, and no fix is written from it.
   */
  refused: z.string().max(2000).optional(),
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

/** What happened to one planned change. */
export const changeResultSchema = z.object({
  key: z.string(),
  value: z.string(),
  ok: z.boolean(),
  read: z.union([z.number(), z.string(), z.array(z.string()), z.null()]),
})

/** The outcome of applying a plan. */
export const applyResultSchema = z.object({
  /**
   * prepared: written into a fix file (the registry was a file), not applied to any server; reports
   * saved before said 'applied' with `prepared` set, and are read the same way.
   */
  status: z.enum(['applied', 'prepared', 'nothing-to-do', 'rolled-back', 'rollback-failed']),
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

/** A planned change. */
export type PlannedChange = z.infer<typeof plannedChangeSchema>
/** A fix plan. */
export type FixPlan = z.infer<typeof fixPlanSchema>
/** One change's result. */
export type ChangeResult = z.infer<typeof changeResultSchema>
/** The outcome of an apply. */
export type ApplyResult = z.infer<typeof applyResultSchema>
