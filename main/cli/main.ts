/** Process entry of the bundled CLI (dist/cli.cjs). */
import { runCli } from './index'

runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`tlswizard: unexpected failure: ${String(e)}\n`)
    process.exitCode = 3
  },
)
