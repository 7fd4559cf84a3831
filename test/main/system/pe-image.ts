/** Builds a minimal PE32+ image with one `.rsrc` section holding a version resource. */

/** Where the parts of the built image are, so tests can break them on purpose. */
export const PE_LAYOUT = {
  peAt: 0x80,
  sectionTableAt: 0x80 + 24 + 240,
  rsrcAt: 0x200,
  rsrcRva: 0x1000,
  versionDataAt: 0x200 + 0x60,
} as const

function utf16z(s: string): Buffer {
  return Buffer.from(`${s}\0`, 'utf16le')
}

/** A PE file whose VS_FIXEDFILEINFO says `version` (four numbers). */
export function buildPe(version: readonly [number, number, number, number]): Buffer {
  const L = PE_LAYOUT
  const img = Buffer.alloc(0x400)
  img.write('MZ', 0, 'latin1')
  img.writeUInt32LE(L.peAt, 0x3c)
  img.write('PE\0\0', L.peAt, 'latin1')
  img.writeUInt16LE(0x8664, L.peAt + 4) // machine: x64
  img.writeUInt16LE(1, L.peAt + 6) // one section
  img.writeUInt16LE(240, L.peAt + 20) // optional header size (PE32+)
  const opt = L.peAt + 24
  img.writeUInt16LE(0x20b, opt)
  img.writeUInt32LE(16, opt + 108) // NumberOfRvaAndSizes
  img.writeUInt32LE(L.rsrcRva, opt + 112 + 16) // resource directory RVA
  img.writeUInt32LE(0x200, opt + 112 + 20)
  const sec = L.sectionTableAt
  img.write('.rsrc', sec, 'latin1')
  img.writeUInt32LE(0x200, sec + 8) // VirtualSize
  img.writeUInt32LE(L.rsrcRva, sec + 12) // VirtualAddress
  img.writeUInt32LE(0x200, sec + 16) // SizeOfRawData
  img.writeUInt32LE(L.rsrcAt, sec + 20) // PointerToRawData
  // Three directories (type 16 -> id 1 -> language 1033) and one data entry.
  const dir = (at: number, id: number, link: number) => {
    img.writeUInt16LE(1, L.rsrcAt + at + 14)
    img.writeUInt32LE(id, L.rsrcAt + at + 16)
    img.writeUInt32LE(link, L.rsrcAt + at + 20)
  }
  dir(0x00, 16, 0x80000000 + 0x18)
  dir(0x18, 1, 0x80000000 + 0x30)
  dir(0x30, 1033, 0x48)
  const info = Buffer.concat([Buffer.alloc(6), utf16z('VS_VERSION_INFO')])
  const padded = Buffer.concat([info, Buffer.alloc((4 - (info.length % 4)) % 4)])
  const fixed = Buffer.alloc(52)
  fixed.writeUInt32LE(0xfeef04bd, 0)
  fixed.writeUInt32LE(0x10000, 4)
  fixed.writeUInt32LE(((version[0] << 16) | version[1]) >>> 0, 8)
  fixed.writeUInt32LE(((version[2] << 16) | version[3]) >>> 0, 12)
  const data = Buffer.concat([padded, fixed])
  data.writeUInt16LE(data.length, 0)
  data.writeUInt16LE(52, 2)
  img.writeUInt32LE(L.rsrcRva + (L.versionDataAt - L.rsrcAt), L.rsrcAt + 0x48)
  img.writeUInt32LE(data.length, L.rsrcAt + 0x4c)
  data.copy(img, L.versionDataAt)
  return img
}
