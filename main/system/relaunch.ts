/** The one-time relaunch after the restart (RunOnce), so that the wizard opens in verify mode. */
import { translate as t } from '../../shared/i18n/translate'
import path from 'node:path'
import { InputError } from '../input-error'
import type { RegistryStore } from '../registry/registry-store'

/** Per user: runs once at the admin's next logon, unelevated (verify mode only reads and probes). */
export const RUNONCE_KEY =
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce'
/** The value name we own under RunOnce. */
export const RUNONCE_VALUE = 'MailflowTlsWizardVerify'

/**
 * The command line RunOnce will run: the packaged app with `--verify`, or for the CLI the Node
 * binary, the tlswizard script and `verify`. Paths are quoted; a quote inside one is refused.
 */
export function relaunchCommandLine(execPath: string, script?: string): string {
  const parts = script ? [execPath, script] : [execPath]
  for (const p of parts) {
    if (!path.win32.isAbsolute(p) || p.includes('"'))
      throw new InputError(t('error.restart.badRelaunchPath', { path: JSON.stringify(p) }))
  }
  return `${parts.map((p) => `"${p}"`).join(' ')} ${script ? 'verify' : '--verify'}`
}

/** Registers the relaunch (replacing an earlier one of ours). */
export async function registerRelaunch(store: RegistryStore, commandLine: string): Promise<void> {
  await store.createKeys([RUNONCE_KEY])
  await store.setValues([
    { key: RUNONCE_KEY, name: RUNONCE_VALUE, value: { type: 'REG_SZ', data: commandLine } },
  ])
}

/** Removes our relaunch (after a cancelled restart). */
export async function unregisterRelaunch(store: RegistryStore): Promise<void> {
  await store.deleteValues([{ key: RUNONCE_KEY, name: RUNONCE_VALUE }])
}
