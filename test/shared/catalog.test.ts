import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { en, EN_PARTS } from '../../shared/i18n/en'
import { FINDING_IDS, FIX_IDS } from '../../shared/ids'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : []
  })
}

describe('English catalog', () => {
  it('no key is defined in two parts (the later part would silently win)', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const [part, messages] of Object.entries(EN_PARTS)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${part}`)
        seen.set(key, part)
      }
    }
    expect(clashes).toEqual([])
  })

  it('every finding and fix has its messages', () => {
    const keys = new Set(Object.keys(en))
    const missing = [
      ...FINDING_IDS.flatMap((id) => [`finding.${id}.title`, `finding.${id}.advice`]),
      ...FIX_IDS.map((id) => `fix.${id}`),
    ].filter((k) => !keys.has(k))
    expect(missing).toEqual([])
  })

  it('every literal t("...") key used by the renderer exists', () => {
    const keys = new Set(Object.keys(en))
    const used = sources(path.join(__dirname, '../../renderer')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z0-9.-]+)'/g)].map((m) => m[1] as string),
    )
    expect(used.length).toBeGreaterThan(50)
    expect(used.filter((k) => !keys.has(k))).toEqual([])
  })
})
