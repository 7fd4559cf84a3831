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
