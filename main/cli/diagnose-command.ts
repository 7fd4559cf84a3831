/** `tlswizard diagnose [--registry FILE.reg | --demo NAME] [--json] [--out FILE.json] [--force]` */
import { parseArgs } from 'node:util'
import { withProbeFindings } from '../checks/probe-findings'
import { requestedTargets, runProbes } from '../probe/run-probes'
import { runDiagnosis } from '../system/run-diagnosis'
import { defaultStateDir } from '../system/wizard-state'
import { parseTimeout, renderProbe } from './probe-command'
import { openRegistrySource } from '../system/registry-source'
import { EXIT, type CliIo } from './exit-codes'
import { writeNewFile } from './output-file'
import { renderDiagnosis } from './render-diagnosis'

/** Runs a diagnosis and prints it; the exit code says healthy (0) or action needed (1). */
export async function diagnoseCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      registry: { type: 'string' },
      demo: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      probe: { type: 'string', multiple: true },
      domain: { type: 'string' },
      timeout: { type: 'string' },
    },
    allowPositionals: false,
  })
  const timeoutMs = parseTimeout(values.timeout)
  const source = await openRegistrySource({ registry: values.registry, demo: values.demo })
  const registryOnly = await runDiagnosis(
    source,
    new Date(),
    source.kind === 'live' ? defaultStateDir() : undefined,
  )
  const targets = await requestedTargets({
    probes: values.probe,
    domain: values.domain,
    fqdn: registryOnly.machine.fqdn,
  })
  // Schannel's own view of the wire only where it exists: on the live Windows server.
  const schannel = source.kind === 'live' && process.platform === 'win32'
  const outcomes = targets.length ? await runProbes(targets, { timeoutMs, schannel }) : undefined
  const diagnosis = outcomes
    ? { ...withProbeFindings(registryOnly, outcomes), probes: outcomes }
    : registryOnly
  const json = `${JSON.stringify(diagnosis, null, 2)}\n`
  if (values.out !== undefined) await writeNewFile(values.out, json, values.force)
  const probes = (diagnosis.probes ?? []).map((o) => `\n${renderProbe(o.result)}`).join('')
  io.out(values.json ? json : renderDiagnosis(diagnosis) + probes)
  return diagnosis.verdict === 'healthy' ? EXIT.ok : EXIT.actionNeeded
}
