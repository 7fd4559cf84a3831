// Regenerates docs/sample-report.json and docs/sample-report.html from the built CLI and the
// bundled "Server 2012 R2 + Exchange 2016" demo server (run `npm run build` first).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = path.join(root, 'bin', 'tlswizard.cjs')
const json = path.join(root, 'docs', 'sample-report.json')
const html = path.join(root, 'docs', 'sample-report.html')

if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('dist/cli.cjs is missing: run npm run build first')
  process.exit(1)
}

function tlswizard(...args) {
  try {
    execFileSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  } catch (e) {
    // Exit 1 means "action needed", which is what this demo server shows.
    if (e.status !== 1) throw e
  }
}

// The HTML is rendered from the saved JSON, so the two files hold the same report.
tlswizard('diagnose', '--demo', '2012r2-ex2016', '--report', json, '--force')
tlswizard('report', json, '--html', html, '--force')
console.log(`wrote ${path.relative(process.cwd(), json)} and ${path.relative(process.cwd(), html)}`)
