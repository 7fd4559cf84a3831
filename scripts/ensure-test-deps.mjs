// pretest: makes sure this machine has what the browser and PDF tests drive (scripts/test-tools.mjs).
// On Debian as root it installs what is missing with apt-get, as .ci/run does; anywhere else it
// says in one line what to install and exits 1, so that "npm test" never half-runs.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findBrowser, findOnPath } from './test-tools.mjs'

/** The Debian packages the tests need; .ci/run installs the same list (test/build/test-deps.test.ts). */
export const DEBIAN_PACKAGES = [
  'chromium',
  'poppler-utils',
  'fonts-dejavu-core',
  'fonts-liberation2',
  // Simplified Chinese pages and printed reports: real CJK glyphs, never empty boxes.
  'fonts-noto-cjk',
]

const DEBIAN_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
]

/** What is missing: a browser, poppler's two programs, and on Debian the fonts pages render with. */
export function missingTools(env = process.env, platform = process.platform, exists = existsSync) {
  const missing = []
  if (!findBrowser(env, platform, exists)) missing.push('a Chromium-based browser')
  for (const tool of ['pdftoppm', 'pdftotext'])
    if (!findOnPath(tool, env, platform, exists)) missing.push(`poppler's ${tool}`)
  if (
    platform === 'linux' &&
    exists('/etc/debian_version') &&
    !DEBIAN_FONTS.every((f) => exists(f))
  )
    missing.push('fonts')
  return missing
}

/** The one line that says how to get them on this platform. */
export function remedy(platform = process.platform, debian = existsSync('/etc/debian_version')) {
  if (platform === 'win32')
    return 'install Google Chrome or Microsoft Edge, and poppler (choco install poppler); or set TLSWIZARD_BROWSER to chrome.exe'
  if (platform === 'darwin')
    return 'install Google Chrome or Microsoft Edge, and poppler (brew install poppler)'
  if (debian)
    return `as root: apt-get install ${DEBIAN_PACKAGES.join(' ')} (npm test does this itself when run as root)`
  return "install Chromium, Google Chrome or Microsoft Edge and poppler's pdftoppm and pdftotext; or set TLSWIZARD_BROWSER"
}

function aptInstall() {
  const apt = ['-qq', '-o', 'DPkg::Lock::Timeout=300']
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    [...apt, 'update'],
    [...apt, 'install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    if (r.status !== 0) return false
  }
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let missing = missingTools()
  const canApt =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/etc/debian_version') &&
    findOnPath('apt-get') !== undefined
  if (missing.length && canApt) {
    console.log(
      `test tools: installing ${DEBIAN_PACKAGES.join(' ')} with apt-get (missing: ${missing.join(', ')})`,
    )
    if (aptInstall()) missing = missingTools()
  }
  if (missing.length) {
    console.error(`npm test needs ${missing.join(', ')}: ${remedy()}`)
    process.exit(1)
  }
  console.log(`test tools: browser ${findBrowser()}, poppler ${findOnPath('pdftoppm')}`)
}
