/**
 * The registry a command works on, as `--registry` (repeated; files or folders) or `--demo` named
 * it: diagnose, fix and verify read it the same way, so a folder the collect script wrote works for
 * each, and several files are one registry.
 */
import { translate as t } from '../../shared/i18n/translate'
import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { reasonOf } from '../files/bounded-read'
import { utf16BomText } from '../files/json-text'
import { InputError } from '../input-error'
import type { RegKeyFilter } from '../registry/reg-file'
import { RegFileStore } from '../registry/reg-file-store'
import { RegistryTree } from '../registry/registry-tree'
import { keyPathId, nameId, shortKeyPath } from '../registry/reg-path'
import { regValueForDisplay, regValuesEqual, type RegValue } from '../registry/reg-value'
import { readExSetupText } from '../system/exsetup-version'
import { openRegistrySource, type OpenSource } from '../system/registry-source'
import { terminalSafe } from '../../shared/terminal-safe'
import { UsageError } from './exit-codes'

/** The names in a folder given with --registry; a folder that cannot be listed is bad input. */
async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (e) {
    if (reasonOf(e) === 'denied') throw new InputError(t('error.diagnose.folderDenied', { folder }))
    throw new InputError(
      t('error.diagnose.folderUnreadable', { folder, reason: (e as Error).message }),
    )
  }
}

/**
 * The `.reg` files given: each file as is, each folder as the `.reg` files in it (sorted); and the
 * folders, where the collect script also leaves ExSetup.exe's version.
 */
async function regFiles(given: readonly string[]): Promise<{ files: string[]; folders: string[] }> {
  const folders: string[] = []
  const lists = await Promise.all(
    given.map(async (p) => {
      const isDir = await stat(p).then(
        (s) => s.isDirectory(),
        () => false, // a missing file gets the reader's own "cannot open" message
      )
      if (!isDir) return [p]
      folders.push(p)
      const names = (await listFolder(p)).filter((n) => /\.reg$/i.test(n)).sort()
      if (!names.length) throw new UsageError(t('error.diagnose.emptyFolder', { folder: p }))
      return names.map((n) => path.join(p, n))
    }),
  )
  // In the order given, whatever order the stats finished in.
  folders.sort((a, b) => given.indexOf(a) - given.indexOf(b))
  return { files: lists.flat(), folders }
}

/**
 * Several `reg export` files read as one registry (a later file wins where two set the same
 * value): the collect commands export a few keys each, not whole hives. Two files that disagree
 * on a value are reported (the notice), so a stale export cannot hide behind a newer one unseen.
 */
async function openExports(
  files: readonly string[],
  keep?: RegKeyFilter,
  valueless: readonly boolean[] = [],
): Promise<OpenSource> {
  const stores = await Promise.all(files.map((f) => RegFileStore.open(f, keep)))
  // The first file's tree is the base (a whole hive is not copied), unless its values stay out.
  const tree = valueless[0] ? new RegistryTree() : (stores[0] as RegFileStore).tree
  const from = new Map<string, string>()
  const conflicts: string[] = []
  stores.forEach((store, i) => {
    const file = files[i] as string
    const merging = store.tree !== tree
    // A later file's [-KEY] sections first, as reg import reads it: the key is known absent.
    // One that an earlier file showed is a disagreement, said like one.
    if (merging)
      for (const key of store.tree.absentKeys()) {
        if (tree.getKey(key))
          conflicts.push(
            terminalSafe(
              `${shortKeyPath(key)}: an earlier file has it, ${file} says it is not there`,
            ),
          )
        tree.deleteKey(key)
      }
    for (const [key, node] of store.tree.walk()) {
      // A key only implied by a subkey's section stays implied: its parent did not export it.
      // (Both read before ensureKey, which marks the key it reaches: for the first file, `node`.)
      const explicit = node.explicit || (tree.getKey(key)?.explicit ?? false)
      tree.ensureKey(key).explicit = explicit
      // The collect script's summary gives its keys and [-KEY]s, never its stand-in values.
      if (valueless[i]) continue
      for (const v of node.values) {
        const id = `${keyPathId(key)}\\${nameId(v.name)}`
        const had = merging ? tree.getValue(key, v.name) : undefined
        if (had && !regValuesEqual(had, v.value))
          conflicts.push(
            terminalSafe(
              `${shortKeyPath(key)}\\${v.name || '(Default)'}: ${from.get(id)} says ${regValueText(had)}, ${file} says ${regValueText(v.value)}`,
            ),
          )
        from.set(id, file)
        if (merging) tree.setValue(key, v.name, v.value)
      }
    }
  })
  const label = files.join(' + ')
  const notice = conflicts.length
    ? `The exports disagree on ${conflicts.length} value(s); the later file wins:\n  ${conflicts.join('\n  ')}`
    : undefined
  return { kind: 'file', store: new RegFileStore(tree, label), label, notice }
}

function regValueText(v: RegValue): string {
  return JSON.stringify(regValueForDisplay(v))
}

/** ExSetup.exe's version as the collect script recorded it in one of the folders given. */
async function exSetupFromFolders(folders: readonly string[]): Promise<string | undefined> {
  for (const p of folders) {
    const version = await readExSetupText(p)
    if (version) return version
  }
  return undefined
}

/** The line the collect script writes at the top of its restart-marker summary (tls-restart.reg). */
const SUMMARY_MARK = '; Made by collect-tls-registry.cmd'

/** Whether a file is the collect script's summary, not an export (its first lines say so). */
async function isCollectSummary(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0)
    const head = buffer.subarray(0, bytesRead)
    // Written by echo (ANSI); re-saved by an editor, maybe UTF-16.
    return (utf16BomText(head) ?? head.toString('latin1')).includes(SUMMARY_MARK)
  } finally {
    await handle.close()
  }
}

/**
 * Opens what `--registry` (files and folders, in order) or `--demo` names, or the live registry;
 * `keep`: only the keys a diagnosis reads (fix reads whole files, for its patched copy).
 * `exportsOnly`: take only the keys and [-KEY]s of the collect script's summary, never its
 * stand-in values (it says whether each restart marker is there, not what it holds): fix's patched
 * copy is meant for reg import, and they must never reach a server.
 */
export async function openGivenRegistry(
  given: { registry?: string[]; demo?: string },
  keep?: RegKeyFilter,
  exportsOnly = false,
): Promise<OpenSource> {
  const found = given.registry?.length ? await regFiles(given.registry) : { files: [], folders: [] }
  const { files, folders } = found
  const summaries = exportsOnly ? await Promise.all(files.map(isCollectSummary)) : []
  const source =
    (files.length > 1 || summaries[0]) && given.demo === undefined
      ? await openExports(files, keep, summaries)
      : await openRegistrySource({ registry: files[0], demo: given.demo, keep })
  source.exSetupVersion = await exSetupFromFolders(folders)
  return source
}
