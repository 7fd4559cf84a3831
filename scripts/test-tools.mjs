// Finds what the browser and PDF tests drive: a Chromium-based browser (Debian's Chromium, or a
// system Chrome or Edge where playwright-core's "chrome" and "msedge" channels install them) and
// poppler's pdftoppm and pdftotext. Shared by scripts/ensure-test-deps.mjs and test/e2e/.
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Where a browser may be, most preferred first; TLSWIZARD_BROWSER overrides them all. */
export function browserCandidates(env = process.env, platform = process.platform) {
  const own = env.TLSWIZARD_BROWSER ? [env.TLSWIZARD_BROWSER] : []
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean)
    const win = path.win32
    return [
      ...own,
      ...roots.map((r) => win.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => win.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ]
  }
  if (platform === 'darwin')
    return [
      ...own,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
  return [
    ...own,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ]
}

/** The browser the tests launch, or undefined when none is installed. */
export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  return browserCandidates(env, platform).find((p) => exists(p))
}

/** A program on PATH (with Windows' PATHEXT), or undefined. */
export function findOnPath(
  name,
  env = process.env,
  platform = process.platform,
  exists = existsSync,
) {
  const p = platform === 'win32' ? path.win32 : path.posix
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean)
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of dirs)
    for (const ext of exts) if (exists(p.join(dir, name + ext))) return p.join(dir, name + ext)
  return undefined
}
