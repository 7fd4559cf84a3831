/** Source -> facts -> checks: the one diagnosis pipeline the CLI, the web host and the app share. */
import type { Diagnosis } from '../../shared/diagnosis'
import pkg from '../../package.json'
import { diagnose } from '../checks/diagnose'
import { gatherFacts } from './facts'
import type { OpenSource } from './registry-source'
import { readWizardState, restartStillNeeded } from './wizard-state'

/** Name and version of this build, as reports state them. */
export const TOOL = { name: 'Mailflow TLS Wizard', version: pkg.version }

/**
 * Reads the facts from an open source and judges them. For the live registry, `stateDir` holds our
 * own record of a Schannel change that still waits for a restart; `registryFiles` names the `.reg`
 * files read, so the commands that collect missing keys can repeat them.
 */
export async function runDiagnosis(
  source: OpenSource,
  now = new Date(),
  stateDir?: string,
  registryFiles?: readonly string[],
): Promise<Diagnosis> {
  const facts = await gatherFacts(source.store)
  if (facts.exchange && source.exSetupVersion)
    facts.exchange = { ...facts.exchange, fileVersion: source.exSetupVersion }
  if (source.kind === 'live' && stateDir) {
    const state = await readWizardState(stateDir)
    if (restartStillNeeded(state)) facts.pendingRestart.wizardChangedAt = state.schannelChangedAt
  }
  return diagnose(facts, {
    tool: TOOL,
    source: { kind: source.kind, adapter: source.store.adapter, location: source.label },
    now,
    registryFiles: registryFiles ?? (source.kind === 'file' ? [source.label] : []),
  })
}
