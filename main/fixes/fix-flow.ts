/** The fix flow every front end shares: plan from a diagnosis, apply live or offline, remember it. */
import { translate as t } from '../../shared/i18n/translate'
import { lstat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Diagnosis } from '../../shared/diagnosis'
import type { ApplyResult, FixPlan, RegistryFixId } from '../../shared/fixes'
import { manualStepsFor } from '../../shared/manual-steps'
import { applyEvents, type AuditLog } from '../audit/audit-log'
import { writeFileAtomic } from '../files/atomic-write'
import { safeFileName } from '../files/safe-name'
import { InputError } from '../input-error'
import { RegFileStore } from '../registry/reg-file-store'
import { keyPathId } from '../registry/reg-path'
import { encodeRegFile, writeRegText, type RegSection } from '../registry/reg-write'
import { dword } from '../registry/reg-value'
import type { OpenSource } from '../system/registry-source'
import { readWizardState, writeWizardState, type WizardState } from '../system/wizard-state'
import { fileDigest, withBackupRecorded } from './backup-record'
import { applyPlan } from './apply'
import { planFixes, planId, readFixState, registryFixesFor } from './plan'

/** What a plan may include beyond the findings' own fixes. */
export interface PlanOptions {
  /** Write the .NET TLS switches where Exchange does not run (a relay sends mail without .NET). */
  dotnetWithoutExchange?: boolean
}

const DOTNET_FIXES: readonly RegistryFixId[] = [
  'dotnet-v4-strong-crypto',
  'dotnet-v2-strong-crypto',
]

/**
 * The plan that resolves a diagnosis' findings, against the registry as it is now. The .NET
 * switches are planned only where Exchange runs, unless asked: an IIS SMTP relay sends mail
 * through Schannel without .NET, and its other .NET software is not ours to change unasked.
 */
export async function planFromDiagnosis(
  source: OpenSource,
  diagnosis: Diagnosis,
  o: PlanOptions = {},
): Promise<FixPlan> {
  // An offline SYSTEM hive holds ControlSet00N and no CurrentControlSet. A fix writes
  // CurrentControlSet (what the running server reads): its "now" values and its backup would not be
  // the ones the diagnosis read, and the undo file would delete what the hive shows. Refused.
  const controlSet = diagnosis.coverage.controlSet
  if (source.kind !== 'live' && controlSet !== null && !/^currentcontrolset$/i.test(controlSet)) {
    const body = { changes: [], createKeys: [], restartNeeded: false }
    const refused = t('error.fixes.otherControlSet', { controlSet })
    return { id: planId(body), ...body, refused }
  }
  const exchange = diagnosis.coverage.mailPath === 'exchange'
  const wanted = registryFixesFor(diagnosis.findings)
  const leftOut = wanted.filter(
    (id) => DOTNET_FIXES.includes(id) && !exchange && !o.dotnetWithoutExchange,
  )
  const plan = planFixes(
    await readFixState(source.store),
    wanted.filter((id) => !leftOut.includes(id)),
    diagnosis.machine.os.build ?? undefined,
  )
  const manual = manualStepsFor(diagnosis.findings)
  return {
    ...plan,
    ...(manual.length ? { manual: manual.map((m) => ({ ...m })) } : {}),
    ...(leftOut.length ? { leftOut } : {}),
  }
}

/** Where a live apply keeps its backup and state, and what it records. */
export interface LiveApplyOptions {
  backupDir: string
  stateDir: string
  host: string
  now: Date
  before: Diagnosis
  /** The audit trail: one line per value written (and per value put back if a write failed). */
  audit?: AuditLog
}

/** Applies to the live registry and records the pending restart and the "before" diagnosis. */
export async function applyLive(
  source: OpenSource,
  plan: FixPlan,
  o: LiveApplyOptions,
): Promise<ApplyResult> {
  const result = await applyPlan(source.store, plan, { dir: o.backupDir, host: o.host, now: o.now })
  await o.audit?.record(...applyEvents(plan, result))
  // Recorded as this product's own, with its digest, whatever became of the apply: only recorded
  // backups are restored by the wizard and by rollback --newest.
  let state = await readWizardState(o.stateDir).catch((): WizardState => ({}))
  const digest = result.backupFile ? await fileDigest(result.backupFile) : undefined
  if (result.backupFile && digest) state = withBackupRecorded(state, result.backupFile, digest)
  if (result.status === 'applied') {
    const beforeFile = path.join(o.stateDir, 'before-fix.json')
    await writeFileAtomic(beforeFile, `${JSON.stringify(o.before, null, 2)}\n`, {
      overwrite: true,
    })
    state = {
      ...state,
      schannelChangedAt: o.now.toISOString(),
      backupFile: result.backupFile ?? undefined,
      beforeDiagnosisFile: beforeFile,
    }
  }
  if (result.backupFile) await writeWizardState(o.stateDir, state)
  return result
}

async function exists(f: string): Promise<boolean> {
  // lstat: a dangling symbolic link is a name that is taken too.
  return lstat(f).then(
    () => true,
    () => false,
  )
}

/** The files an offline apply writes. */
export interface OfflineFiles {
  patched: string
  fix: string
  backup: string | null
}

/** The `.reg` that applies just the plan (for `reg import` on the server itself). */
export function fixSections(plan: FixPlan): RegSection[] {
  const byKey = new Map<string, RegSection>()
  for (const k of plan.createKeys) byKey.set(keyPathId(k), { path: k, entries: [] })
  for (const c of plan.changes) {
    const s = byKey.get(keyPathId(c.key)) ?? { path: c.key, entries: [] }
    byKey.set(keyPathId(c.key), s)
    s.entries.push({ name: c.value, value: dword(c.after) })
  }
  return [...byKey.values()]
}

/**
 * Offline mode: nothing live is touched, and `store` keeps what the server holds. Applies the plan to
 * a copy of the snapshot (same checks, backup and verification as live), then writes the patched
 * copy to `out`, the ready-to-import fix next to it (`NAME.fix.reg`) and the undo file (the backup)
 * in the same folder. Never overwrites. The result says "prepared", never that a server changed.
 */
export async function applyOffline(
  store: RegFileStore,
  plan: FixPlan,
  out: string,
  host: string,
  now: Date,
): Promise<{ result: ApplyResult; files: OfflineFiles }> {
  if (!/\.reg$/i.test(out)) throw new InputError(t('error.fixes.outNotReg', { out }))
  const fixFile = out.replace(/\.reg$/i, '.fix.reg')
  for (const f of [out, fixFile])
    if (await exists(f)) throw new InputError(t('error.fixes.outExists', { file: f }))
  // The snapshot stays what the server holds: the fix goes into a copy, until someone imports it.
  const copy = new RegFileStore(store.tree.clone(), out)
  const applied = await applyPlan(copy, plan, { dir: path.dirname(path.resolve(out)), host, now })
  const result: ApplyResult =
    applied.status === 'applied'
      ? { ...applied, status: 'prepared', prepared: { patched: out, fix: fixFile } }
      : applied
  if (result.status === 'prepared') {
    const written: string[] = []
    try {
      await copy.saveAs(out)
      written.push(out)
      const header = `Mailflow TLS Wizard fix for ${safeFileName(host)}, planned ${now.toISOString()}. Import as administrator, then restart.`
      await writeFileAtomic(fixFile, encodeRegFile(writeRegText(fixSections(plan), [header])))
    } catch (e) {
      // All three files or none: an undo file for a fix that was never written would mislead.
      for (const f of [...written, result.backupFile ?? ''])
        if (f) await unlink(f).catch(() => undefined)
      throw e
    }
  }
  return { result, files: { patched: out, fix: fixFile, backup: result.backupFile } }
}
