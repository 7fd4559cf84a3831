/** The Electron main process: one instance, the app:// scheme, the window, the door, the service. */
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron'
import type { WebContents } from 'electron'
import path from 'node:path'
import { defaultBackupDir } from '../fixes/backup'
import { send } from '../ipc/door'
import { openDoor } from '../ipc/open-door'
import { AuditLog } from '../audit/audit-log'
import { defaultLogDir } from '../audit/log-dir'
import { createWizardService } from '../service/wizard-service'
import { isElevated } from '../system/elevation'
import { openRegistrySource } from '../system/registry-source'
import { relaunchCommandLine } from '../system/relaunch'
import { defaultStateDir, readWizardState } from '../system/wizard-state'
import { reportDialogs } from './dialogs'
import { denyAllPermissions, hardenWebContents } from './harden'
import { startLanguage } from './language'
import { setLanguage } from '../../shared/i18n/translate'
import { parseLaunchArgs } from './launch-args'
import { menuTemplate } from './menu'
import { guardProgramSearch } from '../system/system-programs'
import { registerAppScheme, serveAppScheme } from './protocol'
import { createMainWindow } from './window'

let mainWindow: BrowserWindow | null = null

function liveWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null
}

// The door's "our window" test: the sender is the wizard window's own webContents.
function isOurWindow(sender: WebContents): boolean {
  return liveWindow()?.webContents.id === sender.id
}

function relaunch(): string | undefined {
  // Only the packaged app can be relaunched as itself; a development Electron would open bare.
  if (!app.isPackaged) return undefined
  try {
    return relaunchCommandLine(process.execPath)
  } catch {
    return undefined
  }
}

async function start(): Promise<void> {
  const root = app.getAppPath()
  const dev = !app.isPackaged
  serveAppScheme(protocol, path.join(root, 'dist', 'renderer'))
  denyAllPermissions(session.defaultSession)
  const args = parseLaunchArgs(process.argv.slice(1), process.platform)
  const stateDir = defaultStateDir()
  const [source, elevated, saved] = await Promise.all([
    openRegistrySource(args.source),
    isElevated(),
    stateDir ? readWizardState(stateDir).catch(() => ({ language: undefined })) : undefined,
  ])
  // The saved choice, then Windows' display languages in order, then English.
  const language = startLanguage(saved?.language ?? null, app.getPreferredSystemLanguages())
  setLanguage(language)
  const logDir = defaultLogDir()
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(dev, process.platform, () => void shell.openPath(logDir))),
  )
  const documents = app.getPath('documents')
  const api = createWizardService({
    source,
    platform: process.platform,
    stateDir,
    backupDir: defaultBackupDir(),
    outDir: documents,
    elevated,
    verify: args.verify,
    language,
    emit: (event, payload) => {
      const win = liveWindow()
      if (win) send(win.webContents, event, payload)
    },
    ...reportDialogs(dialog, liveWindow, documents),
    relaunchCommandLine: relaunch(),
    audit: new AuditLog(logDir),
  })
  openDoor(api, isOurWindow)
  const preload = path.join(root, 'dist', 'preload', 'preload.cjs')
  mainWindow = createMainWindow({ BrowserWindow, shell }, { preload, dev })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function fail(error: unknown): void {
  dialog.showErrorBox(
    'Mailflow TLS Wizard',
    `The wizard could not start: ${error instanceof Error ? error.message : String(error)}`,
  )
  app.exit(2)
}

// Electron checklist: every renderer is sandboxed, whatever a window asks for.
app.enableSandbox()
// Programs a library starts by a bare name are never looked for in the current folder.
guardProgramSearch()
// Privileged schemes must be registered before `ready`.
registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) {
  // Single instance: a second start only brings the running wizard forward.
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = liveWindow()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  // STYLE.md rule 4: any webContents that appears gets the same navigation and webview rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell))
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start).catch(fail)
}
