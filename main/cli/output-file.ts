/** Writing the files commands produce without ever losing an existing one. */
import { translate as t } from '../../shared/i18n/translate'
import { writeFileAtomic, WriteRefusedError } from '../files/atomic-write'
import { UsageError } from './exit-codes'

/**
 * Writes `path` whole or not at all (temporary file, flush, rename), only if it does not exist yet
 * or, with `force`, replacing a regular file; a symbolic link is never followed.
 */
export async function writeNewFile(
  path: string,
  data: string | Uint8Array,
  force: boolean,
): Promise<void> {
  try {
    await writeFileAtomic(path, data, { overwrite: force })
  } catch (e) {
    if (e instanceof WriteRefusedError && e.code === 'EEXIST')
      throw new UsageError(t('error.cli.exists', { file: path }))
    throw e
  }
}
