/** Process entry of the bundled CLI (dist/cli/main.mjs, and the standalone exe): every command. */
import { runCli } from './index'
import { startCli } from './start-cli'

startCli(runCli)
