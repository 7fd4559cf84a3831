import Ajv from 'ajv'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../shared/i18n/languages'

const root = path.join(__dirname, '../..')
const schema = JSON.parse(
  readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
)
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>

describe('electron-builder.yml', () => {
  it('is valid against the schema app-builder-lib ships', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const ok = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('the schema catches a mistake (so the check above means something)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(validate({ ...config, nsis: { oneClick: 'sometimes' } })).toBe(false)
    expect(validate({ ...config, notAnOption: true })).toBe(false)
  })

  it('keeps regedit scripts outside the asar archive and packs the built app', () => {
    expect(config.asarUnpack).toContain('node_modules/regedit/vbs/**')
    expect(config.files).toContain('dist/**')
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.main.startsWith('dist/')).toBe(true)
    expect(pkg.dependencies.regedit).toBeDefined()
  })

  it("ships Chromium's strings for exactly the wizard's languages", () => {
    expect(config.electronLanguages).toEqual([...LANGUAGES])
  })
})

describe('the standalone tlswizard.exe in the installer', () => {
  it('comes beside the app (resources/tlswizard), never inside app.asar, without the zip', () => {
    expect(config.files).toContain('!dist/exe/**')
    expect(config.extraResources).toEqual([
      { from: 'dist/exe', to: 'tlswizard', filter: ['**/*', '!*.zip'] },
      { from: 'dist/exe/node_modules', to: 'tlswizard/node_modules' },
    ])
  })

  it('the NSIS include puts exactly that folder on the machine PATH and takes it off again', () => {
    const nsis = config.nsis as { include?: string }
    expect(nsis.include).toBe('build/installer.nsh')
    const text = readFileSync(path.join(root, nsis.include as string), 'utf8')
    const macro = (name: string) =>
      new RegExp(`!macro ${name}\\n([\\s\\S]*?)\\n!macroend`).exec(text)?.[1] ?? ''
    expect(text).toContain(
      '!define TLSWIZARD_ENV_KEY "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"',
    )
    // The folder electron-builder copies extraResources to: $INSTDIR\resources\<to>.
    expect(text).toContain('!define TLSWIZARD_PATH_DIR "$INSTDIR\\resources\\tlswizard"')
    for (const name of ['customInstall', 'customUnInstall']) {
      const body = macro(name)
      expect(body, name).toMatch(/ReadRegStr \$0 HKLM "\$\{TLSWIZARD_ENV_KEY\}" "Path"/)
      // REG_EXPAND_SZ, as Windows keeps it, and running programs told about the change.
      expect(body, name).toMatch(/WriteRegExpandStr HKLM "\$\{TLSWIZARD_ENV_KEY\}" "Path"/)
      expect(body, name).toContain('!insertmacro tlswizardBroadcastEnvironment')
      expect(body, name).not.toMatch(/WriteRegStr /)
    }
    expect(text).toContain('SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment"')
    // The behaviour itself (added once, exactly ours removed) is run under Wine: .ci/wine-installer.sh.
    expect(readFileSync(path.join(root, '.ci/wine-stage.sh'), 'utf8')).toContain(
      '. "$repo/.ci/wine-installer.sh"',
    )
  })
})
