import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { reportDialogs } from '../../../main/app/dialogs'
import { languageFromLocale } from '../../../main/app/language'
import { DEFAULT_DEMO, parseLaunchArgs } from '../../../main/app/launch-args'
import { menuTemplate } from '../../../main/app/menu'
import '../../../shared/i18n/catalogs'
import { setLanguage, translate as t } from '../../../shared/i18n/translate'

vi.mock('electron', () => ({}))

describe('languageFromLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['ro-RO', 'ro'],
    ['lt', 'lt'],
    ['vi-VN', 'vi'],
    ['id', 'id'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ] as const)('%j -> %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language)
  })
})

describe('parseLaunchArgs', () => {
  it('reads --verify and a source', () => {
    expect(parseLaunchArgs(['.', '--verify'], 'win32')).toEqual({ verify: true, source: {} })
    expect(parseLaunchArgs(['--registry', 'C:\\s.reg'], 'win32').source).toEqual({
      registry: 'C:\\s.reg',
    })
    expect(parseLaunchArgs(['--demo=2019-ex2019'], 'linux').source).toEqual({ demo: '2019-ex2019' })
  })

  it('opens a demo off Windows when no source is named', () => {
    expect(parseLaunchArgs(['.'], 'linux')).toEqual({
      verify: false,
      source: { demo: DEFAULT_DEMO },
    })
  })
})

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    String(i.role ?? i.label ?? i.type),
    ...(Array.isArray(i.submenu) ? labels(i.submenu) : []),
  ])
}

describe('menuTemplate', () => {
  it('has no dev tools and no reload in production', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const roles = labels(menuTemplate(false, platform))
      expect(roles).not.toContain('toggleDevTools')
      expect(roles).not.toContain('reload')
      expect(roles).not.toContain('forceReload')
      expect(roles).not.toContain('viewMenu')
    }
  })

  it('offers them in development', () => {
    expect(labels(menuTemplate(true, 'win32'))).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    )
  })

  it('opens the logs folder from Help, in the current language', () => {
    let opened = 0
    const help = (l: 'en' | 'ro') => {
      setLanguage(l)
      try {
        return menuTemplate(false, 'win32', () => opened++).find((i) => i.label === t('menu.help'))
      } finally {
        setLanguage('en')
      }
    }
    const en = help('en')
    const item = (en?.submenu as Array<{ label?: string; click?: () => void }>)[0]
    expect([en?.label, item?.label]).toEqual(['Help', 'Open the logs folder'])
    item?.click?.()
    expect(opened).toBe(1)
    expect(help('ro')?.label).toBe('Ajutor')
    expect(menuTemplate(false, 'win32').some((i) => i.label === 'Help')).toBe(false)
  })
})

describe('reportDialogs', () => {
  const win = {} as BrowserWindow

  it('saves into the default folder with the filter of the format', async () => {
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: 'C:\\r\\x.html' })),
      showOpenDialog: vi.fn(),
    }
    const { chooseReportFile } = reportDialogs(dialog as never, () => win, '/docs')
    expect(await chooseReportFile('../../evil/report.HTML')).toBe('C:\\r\\x.html')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        defaultPath: path.join('/docs', 'report.HTML'),
        filters: [{ name: 'HTML report', extensions: ['html'] }],
      }),
    )
  })

  it('returns null when a dialog is cancelled', async () => {
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    }
    const dialogs = reportDialogs(dialog as never, () => null, '/docs')
    expect(await dialogs.chooseReportFile('r.json')).toBeNull()
    expect(await dialogs.chooseReportToOpen()).toBeNull()
  })

  it('opens one JSON report', async () => {
    const dialog = {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/r.json'] })),
    }
    expect(await reportDialogs(dialog as never, () => win, '/docs').chooseReportToOpen()).toBe(
      '/docs/r.json',
    )
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        filters: [{ name: 'JSON report', extensions: ['json'] }],
        properties: ['openFile'],
      }),
    )
  })
})
