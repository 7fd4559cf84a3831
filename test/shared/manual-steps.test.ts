import { describe, expect, it } from 'vitest'
import { helpLink } from '../../main/app/help-links'
import { REGISTRY_FIX_IDS } from '../../shared/fixes'
import { en } from '../../shared/i18n/en'
import { FIX_IDS } from '../../shared/ids'
import { MANUAL_STEPS, MANUAL_STEP_LINKS, manualStepsFor } from '../../shared/manual-steps'

describe('manual steps', () => {
  it('every remedy that is not a registry write has its place, its words and (if any) an openable link', () => {
    const manual = FIX_IDS.filter((id) => !(REGISTRY_FIX_IDS as readonly string[]).includes(id))
    expect(MANUAL_STEPS.map((s) => s.id).sort()).toEqual([...manual].sort())
    for (const s of MANUAL_STEPS) expect(en).toHaveProperty(`fix.${s.id}`)
    // The app opens these and nothing else: each is https and passes the allow-list exactly.
    for (const link of MANUAL_STEP_LINKS) {
      expect(link).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//)
      expect(helpLink(link)).toBe(link)
    }
    expect(helpLink('https://support.microsoft.com/help/3140245.evil')).toBeNull()
    expect(helpLink('https://support.microsoft.com/help/1234567')).toBeNull()
  })

  it('orders updates before the registry changes and the restart after, each once', () => {
    const f = (fixes: string[]) => ({ fixes }) as never
    const steps = manualStepsFor([
      f(['restart-server', 'update-exchange']),
      f(['install-kb3140245', 'winhttp-tls12', 'restart-server']),
      f(['collect-registry']),
    ])
    expect(steps.map((s) => `${s.when} ${s.id}`)).toEqual([
      'before collect-registry',
      'before update-exchange',
      'before install-kb3140245',
      'after restart-server',
    ])
  })
})
