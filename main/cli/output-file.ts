/** Writing the files commands produce without ever losing an existing one. */
import { rename, writeFile } from 'node:fs/promises'
import { UsageError } from './exit-codes'

/**
 * Writes `path` only if it does not exist yet (or, with `force`, replaces it atomically through a
 * temporary file), so a half-written or overwritten report never happens by accident.
 */
export async function writeNewFile(
  path: string,
  data: string | Uint8Array,
  force: boolean,
): Promise<void> {
  try {
    if (!force) return await writeFile(path, data, { flag: 'wx' })
    const tmp = `${path}.${process.pid}.tmp`
    await writeFile(tmp, data, { flag: 'wx' })
    await rename(tmp, path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST')
      throw new UsageError(
        `${path} already exists; choose another name or add --force to replace it`,
      )
    if (code === 'ENOENT') throw new UsageError(`cannot write ${path}: its folder does not exist`)
    if (code === 'EACCES' || code === 'EPERM')
      throw new UsageError(`cannot write ${path}: permission denied`)
    if (code === 'EISDIR') throw new UsageError(`cannot write ${path}: it is a folder`)
    throw e
  }
}
