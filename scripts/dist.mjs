// Builds the Windows installer from dist/ (run "npm run build" first; "npm run dist" does both):
// says whether it will be signed, then runs electron-builder. Windows only (NSIS and signtool).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { signingPlan } from './signing.mjs'

const plan = signingPlan(process.env)
console.log(plan.message)
if (plan.required && !plan.sign) process.exit(1)

const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js')
// A release build must not come out unsigned because signtool was skipped for any reason.
const args = [
  cli,
  '--win',
  '--publish',
  'never',
  ...(plan.required ? ['-c.forceCodeSigning=true'] : []),
]
const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(r.status ?? 1)
