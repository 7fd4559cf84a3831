/**
 * The renderer bundles only the English its screens can show (shared/i18n/en-screens.ts), not the
 * CLI's help, the engine's errors or the report's text. Every key the screens and the shared code
 * they call look up must be in it, or a screen would show a raw key: checked here from the sources,
 * literal keys one by one, and keys built at run time by their fixed beginning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../shared/i18n/en'
import { enScreens } from '../../shared/i18n/en-screens'

const root = path.resolve(__dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) return name === 'i18n' ? [] : sources(p)
    return /\.tsx?$/.test(name) ? [p] : []
  })
}

// The screens and everything they import from shared/ (the catalogs themselves aside).
const files = [...sources(path.join(root, 'renderer')), ...sources(path.join(root, 'shared'))]
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n')
const shown = new Set(Object.keys(enScreens))
const english = Object.keys(en)

describe("the screens' English", () => {
  it('has every key the screens look up literally', () => {
    const keys = [...text.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] ?? '')
    const ternaries = [...text.matchAll(/\bt\(\s*[\w.]+\s*\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'/g)]
    keys.push(...ternaries.flatMap((m) => [m[1] ?? '', m[2] ?? '']))
    expect(keys.length).toBeGreaterThan(150)
    expect(keys.filter((k) => !shown.has(k))).toEqual([])
  })

  it('has every key of each family the screens build at run time', () => {
    // `reportDoc.gap.${g}` needs every reportDoc.gap.* key; a finding's or a problem's messageKey
    // (main/checks/finding.ts, shared/check-groups.ts) needs every finding.* and problem.* key.
    const prefixes = [...text.matchAll(/\bt\(\s*`([\w.-]*)\$\{/g)].map((m) => m[1] ?? '')
    const families = new Set(prefixes.filter((p) => p !== ''))
    for (const family of ['finding.', 'problem.']) families.add(family)
    expect(families.size).toBeGreaterThan(15)
    for (const family of families) {
      const members = english.filter((k) => k.startsWith(family))
      expect(members.length, family).toBeGreaterThan(0)
      expect(
        members.filter((k) => !shown.has(k)),
        family,
      ).toEqual([])
    }
  })

  it('leaves out what only the CLI, the engine and the report say', () => {
    const left = english.filter((k) => !shown.has(k))
    for (const family of ['usage.', 'error.cli.', 'reportDoc.title'])
      expect(left.some((k) => k.startsWith(family))).toBe(true)
    expect(left.length).toBeGreaterThan(300)
  })
})
