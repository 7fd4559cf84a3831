/** Reading a file the user named: regular files only, with a byte limit counted while reading. */
import { constants, type FileHandle, open, stat } from 'node:fs/promises'
import { translate as t } from '../../shared/i18n/translate'
import { InputError } from '../input-error'

/** Why a file could not be read; callers map it to their own words. */
export type UnreadableReason =
  'missing' | 'folder' | 'not-a-file' | 'too-large' | 'denied' | 'other'

/** A file that cannot be read as asked. The message never quotes the file's content. */
export class UnreadableFileError extends InputError {
  override name = 'UnreadableFileError'
  /** The reason in words, without the file name. */
  readonly words: string
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    readonly limit: number,
    detail?: string,
  ) {
    const size = megabytes(limit)
    super(
      detail === undefined
        ? t(MESSAGE_KEYS[reason], { file, size })
        : t('error.read.detail', { file, detail }),
    )
    this.words = detail ?? t(REASON_KEYS[reason], { size })
  }
}

// The reason alone (for callers that name the file their own way), and the whole sentence.
const REASON_KEYS = {
  missing: 'error.read.reason.missing',
  folder: 'error.read.reason.folder',
  'not-a-file': 'error.read.reason.notAFile',
  'too-large': 'error.read.reason.tooLarge',
  denied: 'error.read.reason.denied',
  other: 'error.read.reason.other',
} as const satisfies Record<UnreadableReason, string>

const MESSAGE_KEYS = {
  missing: 'error.read.missing',
  folder: 'error.read.folder',
  'not-a-file': 'error.read.notAFile',
  'too-large': 'error.read.tooLarge',
  denied: 'error.read.denied',
  other: 'error.read.other',
} as const satisfies Record<UnreadableReason, string>

/** A byte count in words for messages. */
export function megabytes(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`
}

/** What a file-system error says of the file: missing, a folder, denied, or something else. */
export function reasonOf(e: unknown): UnreadableReason {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
  if (code === 'EISDIR') return 'folder'
  if (code === 'EACCES' || code === 'EPERM') return 'denied'
  return 'other'
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused right after, as not a file).
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK)

/**
 * Opens `file` for reading after checking, before and after opening, that it is a regular file:
 * `/dev/zero`, a FIFO or a folder is refused without reading a byte (stat's size is 0 for them).
 */
export async function openRegularFile(file: string, limit: number): Promise<FileHandle> {
  let handle: FileHandle
  try {
    const before = await stat(file)
    if (before.isDirectory()) throw new UnreadableFileError(file, 'folder', limit)
    if (!before.isFile()) throw new UnreadableFileError(file, 'not-a-file', limit)
    handle = await open(file, OPEN_FLAGS)
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e
    throw new UnreadableFileError(file, reasonOf(e), limit)
  }
  const info = await handle.stat()
  if (!info.isFile()) {
    await handle.close()
    throw new UnreadableFileError(file, 'not-a-file', limit)
  }
  if (info.size > limit) {
    await handle.close()
    throw new UnreadableFileError(file, 'too-large', limit)
  }
  return handle
}

const CHUNK = 1024 * 1024

/**
 * Streams a regular file in chunks to `onChunk`, refusing it as soon as more than `limit` bytes have
 * arrived: the count is what was read, not what stat promised (a file may grow while it is read).
 * The chunk is only valid during the call.
 */
export async function streamRegularFile(
  file: string,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const handle = await openRegularFile(file, limit)
  try {
    const buf = Buffer.allocUnsafe(CHUNK)
    let total = 0
    for (;;) {
      let bytesRead: number
      try {
        ;({ bytesRead } = await handle.read(buf, 0, CHUNK, null))
      } catch (e) {
        throw new UnreadableFileError(file, reasonOf(e), limit)
      }
      if (bytesRead === 0) return
      total += bytesRead
      if (total > limit) throw new UnreadableFileError(file, 'too-large', limit)
      onChunk(buf.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
}

/** Reads a whole regular file of at most `limit` bytes. */
export async function readRegularFile(file: string, limit: number): Promise<Buffer> {
  const parts: Buffer[] = []
  await streamRegularFile(file, limit, (chunk) => void parts.push(Buffer.from(chunk)))
  return Buffer.concat(parts)
}
