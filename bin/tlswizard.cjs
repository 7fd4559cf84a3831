#!/usr/bin/env node
'use strict'
// Entry point of the `tlswizard` command: the bundled CLI is built by `npm run build` (run by `npm ci`).
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
