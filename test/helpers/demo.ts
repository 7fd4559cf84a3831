/** Opens bundled demo servers as stores, and a scratch folder per test. */
import { appendFile, copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoFile } from '../../main/demo/demos'
import { diagnose } from '../../main/checks/diagnose'
import { RegFileStore } from '../../main/registry/reg-file-store'
import { gatherFacts } from '../../main/system/facts'
import type { RegistryStore } from '../../main/registry/registry-store'
import { utf16File } from './reg'

/** A fresh store over a demo server's export. */
export function openDemo(name: string): Promise<RegFileStore> {
  return RegFileStore.open(demoFile(name) as string)
}

/** A new empty folder under the system temp folder. */
export function scratchDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'tlsw-test-'))
}

/** Diagnoses a store as the CLI would. */
export async function diagnoseStore(store: RegistryStore) {
  return diagnose(await gatherFacts(store), {
    tool: { name: 't', version: '0' },
    source: { kind: 'file', adapter: store.adapter, location: store.location },
    now: new Date(0),
  })
}

/** The 2012 R2 demo export with its ComputerName replaced (a snapshot someone crafted). */
export async function snapshotNamed(name: string): Promise<string> {
  // The demo exports are UTF-16LE with a BOM, as reg export writes them.
  const text = (await readFile(demoFile('2012r2-ex2016') as string)).subarray(2).toString('utf16le')
  const crafted = text.replace(
    /"ComputerName"="EX2016"/g,
    `"ComputerName"="${name.replace(/\\/g, '\\\\')}"`,
  )
  if (crafted === text) throw new Error('the demo export has no ComputerName to replace')
  const file = path.join(await scratchDir(), 'crafted.reg')
  await writeFile(file, utf16File(crafted))
  return file
}

/**
 * A demo export with only the sections whose key starts with one of `keep` (case-insensitive), each
 * closed by a blank line as reg export writes it: a partial export someone handed over.
 */
export async function demoSections(demo: string, keep: readonly string[]): Promise<string> {
  const text = (await readFile(demoFile(demo) as string)).subarray(2).toString('utf16le')
  const [head = '', ...sections] = text.split(/\r\n\r\n(?=\[)/)
  const kept = sections.filter((s) =>
    keep.some((k) => s.toLowerCase().startsWith(`[${k}`.toLowerCase())),
  )
  if (!kept.length) throw new Error(`no section of ${demo} starts with ${keep.join(', ')}`)
  const body = [head, ...kept].map((s) => s.replace(/(\r\n)+$/, '')).join('\r\n\r\n')
  const file = path.join(await scratchDir(), `${demo}-part.reg`)
  await writeFile(file, utf16File(`${body}\r\n\r\n`))
  return file
}

/** A copy of a demo export in `dir` where Windows waits for a restart (Component Based Servicing). */
export async function demoPendingRestart(demo: string, dir: string): Promise<string> {
  const file = path.join(dir, `${demo}-pending.reg`)
  await copyFile(demoFile(demo) as string, file)
  await appendFile(
    file,
    '\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending]\r\n\r\n',
    'utf16le',
  )
  return file
}
