/** Opens the door on Electron's own ipcMain: the only place outside the door that names it. */
import { ipcMain } from 'electron'
import type { WizardApi } from '../../shared/channels'
import { registerChannels, type TrustedSender } from './door'

/** Registers every channel on ipcMain; returns the function that closes the door again. */
export function openDoor(api: WizardApi, isTrustedSender: TrustedSender): () => void {
  return registerChannels(ipcMain, api, isTrustedSender)
}
