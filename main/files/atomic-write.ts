/**
 * Writing output files so that none is ever half-written, overwritten by accident or redirected:
 * a temporary file in the same folder, flushed, then moved into place in one step.
 */
import type { MessageKey } from '../../shared/i18n/en'
import { translate as t } from '../../shared/i18n/translate'
import { randomBytes } from 'node:crypto'
import { link, lstat, open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../input-error'

/** A write that failed for a reason the admin can act on (disk full, read-only, permission...). */
export class WriteRefusedError extends InputError {
  override name = 'WriteRefusedError'
  constructor(
    message: string,
    /**
     * The system error code behind it (EEXIST, ENOSPC...), when there was one; ELINK and ENOTFILE
     * when a link or something but a file is in the way (neither is followed or replaced).
     */
    readonly code?: string,
  ) {
    super(message)
  }
}

// The message of each system error code (a code with the same meaning shares one).
const WORDS: Record<string, MessageKey> = {
  ENOSPC: 'error.write.ENOSPC',
  EDQUOT: 'error.write.EDQUOT',
  EROFS: 'error.write.EROFS',
  EACCES: 'error.write.EACCES',
  EPERM: 'error.write.EACCES',
  ENOENT: 'error.write.ENOENT',
  ENOTDIR: 'error.write.ENOENT',
  EISDIR: 'error.write.EISDIR',
  EEXIST: 'error.write.EEXIST',
  ENAMETOOLONG: 'error.write.ENAMETOOLONG',
  EFBIG: 'error.write.EFBIG',
  EIO: 'error.write.EIO',
}

/** True for the error codes of a disk or permission problem (exit 2 with a clear message). */
export function isDiskProblem(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && code in WORDS
}

/** The admin-facing message for a failed write of `file`. */
export function writeFailure(file: string, e: unknown): WriteRefusedError {
  const code = (e as NodeJS.ErrnoException).code ?? ''
  const key = WORDS[code]
  const message = key
    ? t(key, { file })
    : t('error.write.other', { file, reason: (e as Error).message })
  return new WriteRefusedError(message, code)
}

/** How a write treats an existing file. */
export interface AtomicWriteOptions {
  /** Replace an existing regular file (never a link or a folder). Default: refuse. */
  overwrite?: boolean
}

async function existing(file: string) {
  try {
    return await lstat(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/**
 * Writes `data` to `file` atomically: the bytes go to a new temporary file beside it (created
 * exclusively, so a planted link is never followed), are flushed, then the file appears whole under
 * its name or not at all. A symbolic link or anything but a regular file at `file` is refused, and
 * an existing file too unless `overwrite`. On any failure the temporary file is removed and a
 * WriteRefusedError says why (disk full, read-only, permission, exists).
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  o: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(file)
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  let created = false
  try {
    const found = await existing(file)
    if (found?.isSymbolicLink())
      throw new WriteRefusedError(t('error.write.symlink', { file }), 'ELINK')
    if (found && !found.isFile())
      throw new WriteRefusedError(t('error.write.notFile', { file }), 'ENOTFILE')
    if (found && !o.overwrite) throw Object.assign(new Error('exists'), { code: 'EEXIST' })
    const handle = await open(tmp, 'wx')
    created = true
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (o.overwrite) await rename(tmp, file)
    else await linkNew(tmp, file)
    created = false
  } catch (e) {
    if (created) await unlink(tmp).catch(() => undefined)
    if (e instanceof WriteRefusedError) throw e
    if (isDiskProblem(e)) throw writeFailure(file, e)
    throw e
  }
}

// A hard link creates the name only if it is free (EEXIST otherwise, a dangling link included);
// where links are not supported (FAT, some network shares) the name is checked, then renamed.
async function linkNew(tmp: string, file: string): Promise<void> {
  try {
    await link(tmp, file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e
    if (await existing(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' })
    await rename(tmp, file)
    return
  }
  await unlink(tmp)
}
