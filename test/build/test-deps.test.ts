import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEBIAN_PACKAGES, missingTools, remedy } from '../../scripts/ensure-test-deps.mjs'
import { findBrowser, findOnPath } from '../../scripts/test-tools.mjs'

const root = path.join(__dirname, '../..')
const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p)

describe('finding the browser the tests drive (scripts/test-tools.mjs)', () => {
  it("Windows: Chrome, else Edge, where playwright-core's channels install them", () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    }
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(env, 'win32', only(edge))).toBe(edge)
    expect(findBrowser(env, 'win32', only(edge, chrome))).toBe(chrome)
    expect(findBrowser(env, 'win32', only())).toBeUndefined()
  })

  it("Linux: Debian's Chromium first; TLSWIZARD_BROWSER overrides", () => {
    expect(findBrowser({}, 'linux', only('/usr/bin/chromium', '/opt/google/chrome/chrome'))).toBe(
      '/usr/bin/chromium',
    )
    expect(findBrowser({ TLSWIZARD_BROWSER: '/x/chrome' }, 'linux', only('/x/chrome'))).toBe(
      '/x/chrome',
    )
  })

  it('programs on PATH, with PATHEXT on Windows', () => {
    const env = { Path: 'C:\\a;C:\\ProgramData\\chocolatey\\bin', PATHEXT: '.COM;.EXE' }
    expect(
      findOnPath('pdftoppm', env, 'win32', only('C:\\ProgramData\\chocolatey\\bin\\pdftoppm.EXE')),
    ).toBe('C:\\ProgramData\\chocolatey\\bin\\pdftoppm.EXE')
    expect(
      findOnPath('pdftoppm', { PATH: '/bin:/usr/bin' }, 'linux', only('/usr/bin/pdftoppm')),
    ).toBe('/usr/bin/pdftoppm')
  })
})

describe('the pretest check (scripts/ensure-test-deps.mjs)', () => {
  it('names everything missing, and how to get it on this platform', () => {
    expect(missingTools({ PATH: '/usr/bin' }, 'linux', only('/etc/debian_version'))).toEqual([
      'a Chromium-based browser',
      "poppler's pdftoppm",
      "poppler's pdftotext",
      'fonts',
    ])
    expect(remedy('win32')).toContain('choco install poppler')
    expect(remedy('linux', true)).toContain(`apt-get install ${DEBIAN_PACKAGES.join(' ')}`)
  })

  it('nothing is missing on a machine that has it all', () => {
    const present = only(
      '/usr/bin/chromium',
      '/usr/bin/pdftoppm',
      '/usr/bin/pdftotext',
      '/etc/debian_version',
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/truetype/liberation2',
      '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    )
    expect(missingTools({ PATH: '/usr/bin' }, 'linux', present)).toEqual([])
  })

  it('installs the same Debian packages as .ci/run, and runs before npm test', () => {
    const ci = readFileSync(path.join(root, '.ci/run'), 'utf8')
    const line = ci.split('\n').find((l) => /install -y --no-install-recommends chromium/.test(l))
    const packages = line
      ?.match(/--no-install-recommends ((?:[a-z0-9.-]+ ?)+)/)?.[1]
      ?.trim()
      .split(' ')
    expect(packages).toEqual([...DEBIAN_PACKAGES])
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.scripts.pretest).toBe('node scripts/ensure-test-deps.mjs')
    // .ci/run runs the README's test command.
    expect(ci).toMatch(/^npm test$/m)
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toMatch(/^npm test {2,}#/m)
  })
})
