// Builds the Windows installer from dist/ (run "npm run build" and "npm run build:exe" first;
// "npm run dist" does all three): says whether it will be signed, then runs electron-builder.
// Windows only (NSIS and signtool).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { signingPlan } from './signing.mjs'

// The installer carries tlswizard.exe (electron-builder.yml extraResources): never ship without it.
if (!existsSync(new URL('../dist/exe/tlswizard.exe', import.meta.url))) {
  console.error('dist/exe/tlswizard.exe is missing: run "npm run build:exe" first')
  process.exit(1)
}

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
