/** The application menu: no dev tools and no reload in packaged builds. */
import type { MenuItemConstructorOptions } from 'electron'
import { translate as t } from '../../shared/i18n/translate'

/**
 * The menu template in the current language; `dev` adds reload and the dev tools for development
 * builds only; `openLogs` opens the folder of the support log and the audit trail.
 */
export function menuTemplate(
  dev: boolean,
  platform: NodeJS.Platform,
  openLogs?: () => void,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  // Packaged builds: no way into the dev tools or a reload that would lose the wizard's state.
  if (dev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: t('menu.view'), submenu: view },
    { role: 'windowMenu' },
    ...(openLogs
      ? [{ label: t('menu.help'), submenu: [{ label: t('menu.openLogs'), click: openLogs }] }]
      : []),
  ]
}
