import { describe, expect, it } from 'vitest'
import { signingPlan } from '../../scripts/signing.mjs'

describe('signing the Windows build (scripts/signing.mjs)', () => {
  it('a local build without a certificate says it is unsigned', () => {
    const plan = signingPlan({})
    expect(plan).toMatchObject({ sign: false, required: false })
    expect(plan.message).toContain('UNSIGNED')
  })

  it('empty secrets (a fork, or none configured) are no certificate', () => {
    expect(signingPlan({ WIN_CSC_LINK: '', WIN_CSC_KEY_PASSWORD: '' }).sign).toBe(false)
  })

  it('signs with the certificate the environment names', () => {
    expect(signingPlan({ WIN_CSC_LINK: 'cert.pfx', WIN_CSC_KEY_PASSWORD: 'x' })).toEqual({
      sign: true,
      required: false,
      message:
        'signing: Authenticode (SHA-256, RFC 3161 timestamp) with the certificate in WIN_CSC_LINK',
    })
    expect(signingPlan({ CSC_LINK: 'cert.pfx' }).message).toContain('CSC_LINK (no password set')
  })

  it('a release build without a certificate is an error, never an unsigned installer', () => {
    expect(signingPlan({ TLSWIZARD_REQUIRE_SIGNING: 'true' })).toMatchObject({
      sign: false,
      required: true,
    })
    expect(signingPlan({ TLSWIZARD_REQUIRE_SIGNING: '1', WIN_CSC_LINK: 'c.pfx' }).sign).toBe(true)
  })
})
