/** The product's own state file: Windows sets no restart marker for Schannel, so we remember. */
import { translate as t } from '../../shared/i18n/translate'
import { mkdir } from 'node:fs/promises'
import { uptime } from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { LANGUAGES } from '../../shared/i18n/languages'
import { readRegularFile, UnreadableFileError } from '../files/bounded-read'
import { writeFileAtomic } from '../files/atomic-write'
import { InputError } from '../input-error'

const stateSchema = z.object({
  schannelChangedAt: z.string().optional(),
  backupFile: z.string().optional(),
  beforeDiagnosisFile: z.string().optional(),
  /** The language the admin chose in the wizard. */
  language: z.enum(LANGUAGES).optional(),
  /** The backups this product wrote here, with their SHA-256 (main/fixes/backup-record.ts). */
  backups: z
    .array(z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .max(50)
    .optional(),
})

/** What the wizard remembers between runs (and across the restart). */
export type WizardState = z.infer<typeof stateSchema>

/** %ProgramData%\MailflowTlsWizard, where the state file and backups live on Windows. */
export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ProgramData ? path.win32.join(env.ProgramData, 'MailflowTlsWizard') : undefined
}

// A few paths, a date and the backups' records: anything larger is not our state file.
const MAX_STATE_BYTES = 64 * 1024

function stateFile(dir: string): string {
  return path.join(dir, 'state.json')
}

/** Reads the state; a missing file is an empty state, a damaged one a clear error. */
export async function readWizardState(dir: string): Promise<WizardState> {
  let text: string
  try {
    text = (await readRegularFile(stateFile(dir), MAX_STATE_BYTES)).toString('utf8')
  } catch (e) {
    if (e instanceof UnreadableFileError && e.reason === 'missing') return {}
    throw e
  }
  try {
    return stateSchema.parse(JSON.parse(text))
  } catch {
    throw new InputError(t('error.state.damaged', { file: stateFile(dir) }))
  }
}

/** Writes the state atomically (temporary file, flush, then rename). */
export async function writeWizardState(dir: string, state: WizardState): Promise<void> {
  await mkdir(dir, { recursive: true })
  const text = `${JSON.stringify(stateSchema.parse(state), null, 2)}\n`
  await writeFileAtomic(stateFile(dir), text, { overwrite: true })
}

/** When this machine last started. */
export function bootTime(now = Date.now(), upSeconds = uptime()): Date {
  return new Date(now - upSeconds * 1000)
}

/** True when we changed Schannel and the machine has not restarted since. */
export function restartStillNeeded(state: WizardState, booted: Date = bootTime()): boolean {
  return (
    state.schannelChangedAt !== undefined &&
    new Date(state.schannelChangedAt).getTime() > booted.getTime()
  )
}
