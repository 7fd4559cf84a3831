/** The application menu: no dev tools and no reload in packaged builds. */
import type { MenuItemConstructorOptions } from 'electron'

/** The menu template; `dev` adds reload and the dev tools for development builds only. */
export function menuTemplate(
  dev: boolean,
  platform: NodeJS.Platform,
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
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ]
}
