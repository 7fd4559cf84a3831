// The Wine benchmark (batch read of the fact keys through native-reg under Wine): re-runs the Wine
// stage when an earlier run left its prefix and node.exe (a few seconds), and prints its figures.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const home =
  process.env.TLSWIZARD_WINE_HOME ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'tlswizard-wine')

if (!existsSync(path.join(home, 'prefix', '.tlswizard-pristine'))) {
  console.log(`bench-wine: not run: no Wine stage in ${home} yet (run: bash .ci/wine-stage.sh)`)
  process.exit(0)
}
const run = spawnSync('bash', [path.join(root, '.ci/wine-stage.sh')], { encoding: 'utf8' })
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr)
  console.error(`bench-wine: the Wine stage failed (exit ${run.status})`)
  process.exit(1)
}
for (const line of run.stdout.split('\n')) if (line.startsWith('== ')) console.log(line)
const results = JSON.parse(readFileSync(path.join(home, 'run', 'results.json'), 'utf8'))
console.log(JSON.stringify(results))
