/** `tlswizard serve [--port N] [--registry FILE.reg | --demo NAME] [--out-dir DIR] [--verify] [--before FILE.json]` */
import { translate as t } from '../../shared/i18n/translate'
import { parseArgs } from 'node:util'
import { serveWizard } from '../web/serve'
import { EXIT, UsageError, type CliIo } from './exit-codes'

/** Serves the wizard on 127.0.0.1 until interrupted; the first stdout line is its address. */
export async function serveCommand(
  args: string[],
  io: CliIo,
  stop: Promise<void> = interrupted(),
): Promise<number> {
  const { values: o } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      registry: { type: 'string' },
      demo: { type: 'string' },
      'out-dir': { type: 'string' },
      logs: { type: 'string', multiple: true },
      verify: { type: 'boolean', default: false },
      before: { type: 'string' },
    },
  })
  const port = o.port === undefined ? 0 : Number(o.port)
  if (o.port !== undefined && (!/^\d+$/.test(o.port) || port > 65535))
    throw new UsageError(t('error.serve.badPort', { value: o.port }))
  const host = await serveWizard({
    port,
    registry: o.registry,
    demo: o.demo,
    outDir: o['out-dir'],
    logPaths: o.logs ?? [],
    verify: o.verify,
    before: o.before,
    log: io.log,
    audit: io.audit,
    ...(io.lang ? { language: io.lang } : {}),
  })
  io.out(`Wizard ready at ${host.url}\n`)
  io.out(`${t('error.serve.where', { outDir: host.outDir })}\n`)
  await stop
  await host.close()
  return EXIT.ok
}

function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
}
