/** Writing the files commands produce without ever losing an existing one. */
import { translate as t } from '../../shared/i18n/translate'
import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
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

/** A path as the file system resolves it (links followed where they exist), compared as Windows does. */
async function identity(file: string): Promise<string> {
  const full = path.resolve(file)
  const real = await realpath(full).catch(async () =>
    path.join(
      await realpath(path.dirname(full)).catch(() => path.dirname(full)),
      path.basename(full),
    ),
  )
  return process.platform === 'win32' ? real.toLowerCase() : real
}

/**
 * Checks every file a command will write before it does any work, so that nothing is written when
 * one of them cannot be: none is one of its inputs, or a .reg or .log file inside a folder it reads
 * (never replaced, even with --force), no two are the same file, and none exists unless `force`.
 */
export async function checkOutputs(
  outputs: ReadonlyArray<string | undefined>,
  inputs: readonly string[],
  force: boolean,
): Promise<void> {
  const read = new Set(await Promise.all(inputs.map(identity)))
  const folders: string[] = []
  for (const input of inputs)
    if ((await stat(input).catch(() => undefined))?.isDirectory())
      folders.push(await identity(input))
  const seen = new Set<string>()
  for (const file of outputs) {
    if (file === undefined) continue
    const id = await identity(file)
    const inFolder = /\.(reg|log)$/i.test(id) && folders.some((d) => id.startsWith(d + path.sep))
    if (read.has(id) || inFolder) throw new UsageError(t('error.cli.outputIsInput', { file }))
    if (seen.has(id)) throw new UsageError(t('error.cli.sameOutput', { file }))
    seen.add(id)
    if (
      !force &&
      (await lstat(file).then(
        () => true,
        () => false,
      ))
    )
      throw new UsageError(t('error.cli.exists', { file }))
  }
}
