// `npm run bench`: every benchmark, one after the other, printing figures (never pass/fail).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
for (const name of [
  'bench-cli.mjs',
  'bench-registry.mjs',
  'bench-logs.mjs',
  'bench-probe.mjs',
  'bench-renderer.mjs',
  'bench-wine.mjs',
]) {
  const script = path.join(here, name)
  if (!existsSync(script)) continue
  console.log(`\n== ${name}`)
  execFileSync(process.execPath, [script], { stdio: 'inherit' })
}
