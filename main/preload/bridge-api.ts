/** Builds the bridge object from an ipcRenderer: named functions only (STYLE.md rule 3). */
import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  BRIDGE_CHANNELS,
  PROGRESS_EVENT,
  type BridgeCalls,
  type TlsWizardBridge,
} from '../../shared/bridge'

/** The part of ipcRenderer the bridge uses. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * One function per channel (each invokes exactly its own channel with one request object) and
 * onProgress. Neither ipcRenderer nor the raw IPC event ever reaches the page.
 */
export function createBridge(ipc: BridgeIpc): TlsWizardBridge {
  const calls = Object.fromEntries(
    Object.entries(BRIDGE_CHANNELS).map(([name, channel]) => [
      name,
      (request: unknown) => ipc.invoke(channel, request),
    ]),
  ) as BridgeCalls
  return {
    ...calls,
    onProgress(listener) {
      const relay = (_event: IpcRendererEvent, progress: unknown): void =>
        listener(progress as Parameters<typeof listener>[0])
      ipc.on(PROGRESS_EVENT, relay)
      return () => {
        ipc.removeListener(PROGRESS_EVENT, relay)
      }
    },
  }
}
