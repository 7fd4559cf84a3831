/** Reading `.reg` files into an in-memory registry, from bytes or from disk (streamed). */
import { translate as t } from '../../shared/i18n/translate'
import { streamRegularFile, UnreadableFileError } from '../files/bounded-read'
import { RegFormatError } from './reg-format-error'
import { RegLineDecoder, type RegEncoding } from './reg-decode'
import { RegParser, type RegFormat, type RegSink } from './reg-parse'
import { KeyCursor, RegistryTree } from './registry-tree'
import type { RegSection } from './reg-write'
import { forgetInternedNames, type RegKeyNode } from './reg-key-node'

/** A parsed `.reg` file: its registry content and what it was written as. */
export interface ParsedRegFile {
  tree: RegistryTree
  format: RegFormat
  encoding: RegEncoding
}

/** Which keys to keep of a file: the rest is parsed (a damaged file is still refused), not kept. */
export type RegKeyFilter = (path: string) => boolean

/**
 * A sink that applies each operation to a tree, as `reg import` applies a file. The key's node is
 * looked up once per [KEY] section, not once per value. With `keep`, only the keys it accepts hold
 * values; their direct subkeys are kept by name (a RegistryStore lists them), deletions always apply.
 */
export function treeSink(tree: RegistryTree, keep?: RegKeyFilter): RegSink {
  const cursor = new KeyCursor(tree)
  let path: string | undefined
  let node: RegKeyNode | undefined
  const section = (p: string): boolean => {
    node?.settle()
    path = p
    if (!keep || keep(p)) {
      node = cursor.open(p)
      return true
    }
    node = undefined
    const cut = p.lastIndexOf('\\')
    if (cut > 0 && keep(p.slice(0, cut))) cursor.open(p)
    return false
  }
  return {
    key: section,
    deleteKey: (p) => {
      path = node = undefined
      cursor.reset()
      tree.deleteKey(p)
    },
    value: (key, name, value) => {
      if (key !== path) section(key)
      node?.putValue(name, value)
    },
    // Kept as bytes, decoded when read: a whole hive holds a million values, few are ever read.
    bytes: (key, name, kind, bytes, wide) => {
      if (key !== path) section(key)
      node?.putBytes(name, kind, bytes, wide)
    },
    deleteValue: (key, name) => void tree.deleteValue(key, name),
  }
}

/**
 * A push reader: bytes in (any chunking), operations out to `sink`. A file that looks cut short
 * is refused at `end()`: what the sink got until then must be thrown away.
 */
export function regReader(file: string, sink: RegSink) {
  const parser = new RegParser(file, sink)
  let last = 0
  const decoder = new RegLineDecoder(file, (line, n) => {
    last = n
    parser.line(line, n)
  })
  return {
    push: (chunk: Uint8Array) => decoder.push(chunk),
    end: (): { format: RegFormat; encoding: RegEncoding } => {
      try {
        const tail = decoder.end() // 8-bit files are decoded here: `last` moves on
        parser.endOfFile(last, tail)
      } finally {
        forgetInternedNames()
      }
      return { format: parser.format as RegFormat, encoding: decoder.detected as RegEncoding }
    },
  }
}

/** A sink that keeps the operations as sections, in file order (for files that delete things). */
export function sectionsSink(sections: RegSection[]): RegSink {
  const current = (path: string, deleteKey: boolean): RegSection => {
    const last = sections[sections.length - 1]
    if (last && last.path === path && !!last.deleteKey === deleteKey) return last
    const s: RegSection = { path, deleteKey, entries: [] }
    sections.push(s)
    return s
  }
  return {
    key: (path) => void current(path, false),
    deleteKey: (path) => void current(path, true),
    value: (key, name, value) => void current(key, false).entries.push({ name, value }),
    deleteValue: (key, name) => void current(key, false).entries.push({ name, value: null }),
  }
}

/** Parses a whole `.reg` file held in memory. */
export function parseRegBytes(bytes: Uint8Array, file: string): ParsedRegFile {
  const tree = new RegistryTree()
  const reader = regReader(file, treeSink(tree))
  reader.push(bytes)
  return { tree, ...reader.end() }
}

/** Parses `.reg` text (already decoded), e.g. written by hand in a test. */
export function parseRegText(text: string, file = '<text>'): RegistryTree {
  const tree = new RegistryTree()
  const parser = new RegParser(file, treeSink(tree))
  const lines = text.split('\n')
  lines.forEach((l, i) => parser.line(l.endsWith('\r') ? l.slice(0, -1) : l, i + 1))
  parser.end(lines.length)
  return tree
}

// A whole-hive export of SOFTWARE on a busy Exchange server is a few hundred MB; 2 GB is past any.
const MAX_REG_BYTES = 2 * 1024 * 1024 * 1024
// A backup holds the twenty-odd values a fix may touch: a few KB.
const MAX_BACKUP_BYTES = 1024 * 1024
// Decoded 64 KiB at a time, the text of a slice stays a small, short-lived object rather than a
// large one that only a full garbage collection frees (measured: -20 MB peak RSS on a 50 MB export).
const SLICE = 64 * 1024

// Opening problems keep the codec's shape: file, no line, "cannot open: why".
async function streamReg(path: string, limit: number, reader: { push(c: Uint8Array): void }) {
  try {
    await streamRegularFile(path, limit, (chunk) => pushSliced(reader, chunk))
  } catch (e) {
    if (e instanceof UnreadableFileError)
      throw new RegFormatError(path, null, t('error.reg.cannotOpen', { reason: e.words }))
    throw e
  }
}

function pushSliced(reader: { push(chunk: Uint8Array): void }, chunk: Uint8Array): void {
  // The decoder keeps no reference to the chunk beyond this call, so one buffer serves all.
  for (let at = 0; at < chunk.length; at += SLICE)
    reader.push(chunk.subarray(at, Math.min(at + SLICE, chunk.length)))
}

/**
 * Reads a `.reg` file from disk in chunks (a whole-hive export can be hundreds of MB): regular files
 * only, and never more than 2 GB whatever the file claims. With `keep`, only the keys it accepts
 * are kept (memory stays flat whatever the file's size); every line is still checked.
 */
export async function readRegFile(path: string, keep?: RegKeyFilter): Promise<ParsedRegFile> {
  const tree = new RegistryTree()
  const reader = regReader(path, treeSink(tree, keep))
  await streamReg(path, MAX_REG_BYTES, reader)
  return { tree, ...reader.end() }
}

/** Reads a backup `.reg` file as the operations it asks for (sections with deletions), not as a registry. */
export async function readRegSections(path: string): Promise<RegSection[]> {
  const sections: RegSection[] = []
  const reader = regReader(path, sectionsSink(sections))
  await streamReg(path, MAX_BACKUP_BYTES, reader)
  reader.end()
  return sections
}
