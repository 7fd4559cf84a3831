/** The preload: exposes the named-function bridge as `window.tlsWizard` and nothing else. */
import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_GLOBAL } from '../../shared/bridge'
import { createBridge } from './bridge-api'

// STYLE.md rule 3: only the bridge's named functions cross the context boundary.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer))
