/** Opens bundled demo servers as stores, and a scratch folder per test. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoFile } from '../../main/demo/demos'
import { diagnose } from '../../main/checks/diagnose'
import { RegFileStore } from '../../main/registry/reg-file-store'
import { gatherFacts } from '../../main/system/facts'
import type { RegistryStore } from '../../main/registry/registry-store'

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
