// A small ZIP writer (deflate or stored, UTF-8 names, no ZIP64) for the Server Core zip of
// tlswizard.exe: Node's zlib only, so the build needs no zip tool on Linux or Windows.
import { crc32, deflateRawSync } from 'node:zlib'

const LIMIT = 0xffffffff

/** MS-DOS date and time (local fields, two-second steps) of `d`; 1980 is the format's first year. */
function dosDateTime(d) {
  const year = Math.max(d.getFullYear(), 1980)
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  }
}

/** The bytes of a ZIP archive holding `entries` ({ name: 'dir/file' with '/', data, mtime? }). */
export function zipBytes(entries) {
  const parts = []
  const central = []
  let offset = 0
  const names = new Set()
  for (const e of entries) {
    if (
      !e.name ||
      e.name.startsWith('/') ||
      e.name.includes('\\') ||
      e.name.split('/').includes('..')
    )
      throw new Error(`zip: unsafe entry name ${JSON.stringify(e.name)}`)
    if (names.has(e.name)) throw new Error(`zip: duplicate entry ${e.name}`)
    names.add(e.name)
    const name = Buffer.from(e.name, 'utf8')
    const deflated = deflateRawSync(e.data, { level: 9 })
    const stored = deflated.length >= e.data.length
    const body = stored ? e.data : deflated
    if (e.data.length >= LIMIT || offset + body.length >= LIMIT)
      throw new Error('zip: larger than 4 GiB needs ZIP64, which this writer does not do')
    const { time, date } = dosDateTime(e.mtime ?? new Date())
    // The fields local and central headers share, from "version needed" on (APPNOTE 4.3.7).
    const common = Buffer.alloc(26)
    common.writeUInt16LE(20, 0) // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2) // bit 11: the name is UTF-8
    common.writeUInt16LE(stored ? 0 : 8, 4)
    common.writeUInt16LE(time, 6)
    common.writeUInt16LE(date, 8)
    common.writeUInt32LE(crc32(e.data), 10)
    common.writeUInt32LE(body.length, 14)
    common.writeUInt32LE(e.data.length, 18)
    common.writeUInt16LE(name.length, 22)
    common.writeUInt16LE(0, 24) // no extra field
    const local = Buffer.alloc(4)
    local.writeUInt32LE(0x04034b50, 0)
    parts.push(local, common, name, body)
    const head = Buffer.alloc(6)
    head.writeUInt32LE(0x02014b50, 0)
    head.writeUInt16LE(20, 4) // made by: MS-DOS host, version 2.0 (no Unix modes to carry)
    const tail = Buffer.alloc(10) // comment length, disk, internal and external attributes: none
    const at = Buffer.alloc(4)
    at.writeUInt32LE(offset, 0)
    central.push(head, common, tail, at, name)
    offset += 4 + common.length + name.length + body.length
  }
  const dir = Buffer.concat(central)
  if (entries.length > 0xffff || offset + dir.length >= LIMIT)
    throw new Error('zip: too many entries or too large for a ZIP without ZIP64')
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, dir, end])
}
