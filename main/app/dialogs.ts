/** The report file dialogs the service asks for (save and open), bound to the wizard's window. */
import { translate as t } from '../../shared/i18n/translate'
import type { BrowserWindow, Dialog, FileFilter } from 'electron'
import path from 'node:path'

// These few strings belong in the shared message catalog once it has dialog keys.
const FILTERS: Readonly<Record<string, FileFilter>> = {
  '.html': { name: 'HTML report', extensions: ['html'] },
  '.json': { name: 'JSON report', extensions: ['json'] },
}

/** The two choosers of ServiceOptions. */
export interface ReportDialogs {
  chooseReportFile(suggestedName: string): Promise<string | null>
  chooseReportToOpen(): Promise<string | null>
}

/** Creates the choosers; `window()` is the wizard's window (or null while there is none). */
export function reportDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  window: () => BrowserWindow | null,
  defaultDir: string,
): ReportDialogs {
  return {
    async chooseReportFile(suggestedName) {
      // Only a bare file name is taken from the service: the folder is always ours to propose.
      const name = path.basename(suggestedName)
      const filter = FILTERS[path.extname(name).toLowerCase()]
      const options = {
        title: t('dialog.saveReport'),
        defaultPath: path.join(defaultDir, name),
        filters: filter ? [filter] : [],
        properties: ['showOverwriteConfirmation' as const],
      }
      const win = window()
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseReportToOpen() {
      const options = {
        title: t('dialog.openReport'),
        defaultPath: defaultDir,
        filters: [FILTERS['.json'] as FileFilter],
        properties: ['openFile' as const],
      }
      const win = window()
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
