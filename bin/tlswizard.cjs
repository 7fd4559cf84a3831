#!/usr/bin/env node
'use strict'
// Entry point of the `tlswizard` command: the bundled CLI is built by `npm run build` (run by `npm ci`).
// `--version` alone is answered here, as dist/cli.cjs would answer it: a script that asks for the
// version pays for Node's start and nothing else.
const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${require('../package.json').version}\n`)
  return
}
const path = require('node:path')
const fs = require('node:fs')

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs')
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    `tlswizard: ${bundle} is missing; run "npm run build" in ${path.dirname(__dirname)} first.\n`,
  )
  process.exit(3)
}
require(bundle)
