/** `tlswizard diagnose [--registry FILE.reg | --demo NAME] [--json] [--out FILE.json] [--force]` */
import { parseArgs } from 'node:util'
import { runDiagnosis } from '../system/run-diagnosis'
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
    },
    allowPositionals: false,
  })
  const source = await openRegistrySource({ registry: values.registry, demo: values.demo })
  const diagnosis = await runDiagnosis(source)
  const json = `${JSON.stringify(diagnosis, null, 2)}\n`
  if (values.out !== undefined) await writeNewFile(values.out, json, values.force)
  io.out(values.json ? json : renderDiagnosis(diagnosis))
  return diagnosis.verdict === 'healthy' ? EXIT.ok : EXIT.actionNeeded
}
