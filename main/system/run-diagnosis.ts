/** Source -> facts -> checks: the one diagnosis pipeline the CLI, the web host and the app share. */
import type { Diagnosis } from '../../shared/diagnosis'
import pkg from '../../package.json'
import { diagnose } from '../checks/diagnose'
import { gatherFacts } from './facts'
import type { OpenSource } from './registry-source'

/** Name and version of this build, as reports state them. */
export const TOOL = { name: 'Mailflow TLS Wizard', version: pkg.version }

/** Reads the facts from an open source and judges them. */
export async function runDiagnosis(source: OpenSource, now = new Date()): Promise<Diagnosis> {
  const facts = await gatherFacts(source.store)
  return diagnose(facts, {
    tool: TOOL,
    source: { kind: source.kind, adapter: source.store.adapter, location: source.label },
    now,
  })
}
