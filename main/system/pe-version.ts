/**
 * The file version of a Windows program (`ExSetup.exe`), read from its PE version resource
 * (VS_FIXEDFILEINFO) with a handful of small bounded reads: no Windows API, no PowerShell.
 */
import { open } from 'node:fs/promises'
import { InputError } from '../input-error'

/** A file that is not a PE image with a readable version resource. */
export class PeVersionError extends InputError {
  override name = 'PeVersionError'
}

/** Reads `length` bytes at `offset`; may return fewer at the end of the file. */
export type ByteReader = (offset: number, length: number) => Promise<Uint8Array>

const RT_VERSION = 16
const FIXED_FILE_INFO_SIGNATURE = 0xfeef04bd
// More entries than any real resource directory holds: a corrupt count must not make us loop long.
const MAX_ENTRIES = 4096

/** Reads the four-part file version (`15.1.2507.63`) of the PE image behind `read`. */
export async function peFileVersionFrom(
  read: ByteReader,
  size: number,
  what: string,
): Promise<string> {
  const fail = (why: string): never => {
    throw new PeVersionError(`${what} has no readable file version: ${why}`)
  }
  const view = async (offset: number, length: number): Promise<DataView> => {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > size)
      fail(`a header points outside the file (offset ${offset})`)
    const bytes = await read(offset, length)
    if (bytes.length < length) fail('the file ends early')
    return new DataView(bytes.buffer, bytes.byteOffset, length)
  }
  const dos = await view(0, 64)
  if (dos.getUint16(0, true) !== 0x5a4d) fail('it is not a Windows program (no MZ header)')
  const pe = dos.getUint32(0x3c, true)
  const coff = await view(pe, 24)
  if (coff.getUint32(0, true) !== 0x00004550) fail('it is not a Windows program (no PE header)')
  const sectionCount = coff.getUint16(6, true)
  const optionalSize = coff.getUint16(20, true)
  const optionalAt = pe + 24
  if (optionalSize < 96) fail('the optional header is too short')
  const optional = await view(optionalAt, Math.min(optionalSize, 240))
  const magic = optional.getUint16(0, true)
  if (magic !== 0x10b && magic !== 0x20b) fail('unknown optional header')
  const dirsAt = magic === 0x10b ? 96 : 112
  if (dirsAt + 24 > optional.byteLength) fail('it has no resource directory')
  if (optional.getUint32(dirsAt - 4, true) < 3) fail('it has no resource directory')
  const resourceRva = optional.getUint32(dirsAt + 16, true)
  if (resourceRva === 0) fail('it has no resources')
  if (sectionCount === 0 || sectionCount > 96) fail(`implausible section count ${sectionCount}`)
  const sections = await view(optionalAt + optionalSize, sectionCount * 40)
  const toOffset = (rva: number): number => {
    for (let i = 0; i < sectionCount; i++) {
      const at = i * 40
      const va = sections.getUint32(at + 12, true)
      const span = Math.max(sections.getUint32(at + 8, true), sections.getUint32(at + 16, true))
      if (rva >= va && rva < va + span) return rva - va + sections.getUint32(at + 20, true)
    }
    return fail(`address 0x${rva.toString(16)} is in no section`)
  }
  const root = toOffset(resourceRva)
  // Three levels (type, name, language), each taking one entry: no recursion, so no loop.
  const entry = async (dirAt: number, want?: number): Promise<number> => {
    const dir = await view(dirAt, 16)
    const named = dir.getUint16(12, true)
    const total = named + dir.getUint16(14, true)
    if (total === 0 || total > MAX_ENTRIES) fail('a resource directory is empty or corrupt')
    const entries = await view(dirAt + 16, total * 8)
    for (let i = 0; i < total; i++) {
      const id = entries.getUint32(i * 8, true)
      if (want === undefined || (i >= named && id === want))
        return entries.getUint32(i * 8 + 4, true)
    }
    return fail('it has no version resource')
  }
  const subdir = (link: number): number => {
    if ((link & 0x80000000) === 0) fail('the version resource is not laid out as a directory')
    return root + (link & 0x7fffffff)
  }
  const byName = subdir(await entry(root, RT_VERSION))
  const byLanguage = subdir(await entry(byName))
  const leaf = await entry(byLanguage)
  if (leaf & 0x80000000) fail('the version resource is nested too deeply')
  const data = await view(root + leaf, 8)
  const dataAt = toOffset(data.getUint32(0, true))
  const dataSize = Math.min(data.getUint32(4, true), 512)
  if (dataSize < 92) fail('the version resource is too small')
  const info = await view(dataAt, dataSize)
  // VS_VERSIONINFO: three WORDs, the key "VS_VERSION_INFO", padding, then VS_FIXEDFILEINFO.
  for (let at = 4; at + 52 <= dataSize; at += 4) {
    if (info.getUint32(at, true) !== FIXED_FILE_INFO_SIGNATURE) continue
    const ms = info.getUint32(at + 8, true)
    const ls = info.getUint32(at + 12, true)
    return `${ms >>> 16}.${ms & 0xffff}.${ls >>> 16}.${ls & 0xffff}`
  }
  return fail('the version resource holds no fixed file information')
}

/** Reads the file version of the PE file at `file` (ExSetup.exe is a few hundred KB; only headers are read). */
export async function peFileVersion(file: string): Promise<string> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (e) {
    throw new PeVersionError(`cannot open ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new PeVersionError(`${file} is not a regular file`)
    const read: ByteReader = async (offset, length) => {
      const buf = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buf, 0, length, offset)
      return buf.subarray(0, bytesRead)
    }
    return await peFileVersionFrom(read, info.size, file)
  } finally {
    await handle.close()
  }
}

/** The same reader over bytes already in memory (tests, fuzzing). */
export function peFileVersionOfBytes(bytes: Uint8Array, what = 'the file'): Promise<string> {
  return peFileVersionFrom(
    async (offset, length) => bytes.subarray(offset, offset + length),
    bytes.length,
    what,
  )
}
