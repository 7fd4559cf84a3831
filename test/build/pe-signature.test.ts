import { describe, expect, it } from 'vitest'
import { certificateTable, isSigned, withoutSignature } from '../../scripts/pe-signature.mjs'
import { buildPe } from '../main/system/pe-image'

/** The PE/COFF security directory (data directory 4) of a PE32+ image built by buildPe. */
const SECURITY_ENTRY = 0x80 + 24 + 112 + 4 * 8

/** `pe` with a certificate table (WIN_CERTIFICATE, PKCS#7 type) appended and registered. */
function signed(pe: Buffer, size = 0x40): Buffer {
  const cert = Buffer.alloc(size, 0xab)
  cert.writeUInt32LE(size, 0)
  cert.writeUInt16LE(0x0200, 4) // revision 2
  cert.writeUInt16LE(0x0002, 6) // WIN_CERT_TYPE_PKCS_SIGNED_DATA
  const out = Buffer.concat([pe, cert])
  out.writeUInt32LE(pe.length, SECURITY_ENTRY)
  out.writeUInt32LE(size, SECURITY_ENTRY + 4)
  return out
}

describe('the Authenticode signature of node.exe (scripts/pe-signature.mjs)', () => {
  const pe = buildPe([22, 23, 3, 0])

  it('finds the certificate table and removes it with its directory entry', () => {
    const s = signed(pe)
    expect(isSigned(pe)).toBe(false)
    expect(isSigned(s)).toBe(true)
    expect(certificateTable(s)).toEqual({ entry: SECURITY_ENTRY, offset: pe.length, size: 0x40 })
    const stripped = withoutSignature(s)
    expect(isSigned(stripped)).toBe(false)
    expect(stripped.equals(pe)).toBe(true)
    // An unsigned file comes back as it is.
    expect(withoutSignature(pe)).toBe(pe)
  })

  it('refuses files it does not understand instead of cutting them', () => {
    const s = signed(pe)
    const moved = Buffer.concat([s, Buffer.from('trailing data')])
    expect(() => withoutSignature(moved)).toThrow(/not at the end/)
    expect(() => certificateTable(Buffer.from('#!/bin/sh\n'.repeat(10)))).toThrow(/not a PE file/)
  })
})
