// The Authenticode signature of a Windows PE file (the certificate table, data directory 4):
// whether there is one, and removing it (node.exe's own signature would be broken by the SEA
// injection, so tlswizard.exe is built unsigned and signed again by a release).

/** Where the certificate table's directory entry is, and the table's file offset and size. */
export function certificateTable(pe) {
  if (pe.length < 0x40 || pe.readUInt16LE(0) !== 0x5a4d) throw new Error('not a PE file (no MZ)')
  const header = pe.readUInt32LE(0x3c)
  if (header + 24 > pe.length || pe.readUInt32LE(header) !== 0x00004550)
    throw new Error('not a PE file (no PE signature)')
  const opt = header + 24
  const magic = pe.readUInt16LE(opt)
  if (magic !== 0x10b && magic !== 0x20b)
    throw new Error(`unknown optional header 0x${magic.toString(16)}`)
  const plus = magic === 0x20b
  const count = pe.readUInt32LE(opt + (plus ? 108 : 92))
  const entry = opt + (plus ? 112 : 96) + 4 * 8
  if (count <= 4) return { entry, offset: 0, size: 0 }
  return { entry, offset: pe.readUInt32LE(entry), size: pe.readUInt32LE(entry + 4) }
}

/** Whether the file carries an Authenticode signature (a certificate table). */
export function isSigned(pe) {
  return certificateTable(pe).size > 0
}

/** A copy of `pe` without its signature: the directory entry cleared, the table cut off. */
export function withoutSignature(pe) {
  const { entry, offset, size } = certificateTable(pe)
  if (size === 0) return pe
  // The table sits after every section, at the end of the file (PE/COFF spec, "The Attribute
  // Certificate Table"); anything else is a file we do not understand and do not touch.
  if (offset + size !== pe.length)
    throw new Error('the certificate table is not at the end of the file')
  const out = Buffer.from(pe.subarray(0, offset))
  out.writeUInt32LE(0, entry)
  out.writeUInt32LE(0, entry + 4)
  return out
}
