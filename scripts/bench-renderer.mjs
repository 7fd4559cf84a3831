// Benchmark: renderer JS size (gzip) and time from navigation to an interactive Welcome step in
// Debian's Chromium against `tlswizard serve --demo`. Targets: < 300 KB gzip, < 1 s. Needs `npm run build`.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { findBrowser } from './test-tools.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const assets = path.join(root, 'dist/renderer/assets')
let raw = 0
let gz = 0
for (const f of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
  const b = readFileSync(path.join(assets, f))
  raw += b.length
  gz += gzipSync(b, { level: 9 }).length
}
console.log(
  `renderer JS: ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip (target < 300 KB gzip)`,
)

const child = spawn(
  process.execPath,
  [path.join(root, 'bin/tlswizard.cjs'), 'serve', '--demo', '2012r2-ex2016'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('serve did not start in 15 s')), 15_000)
  createInterface({ input: child.stdout }).once('line', (line) => {
    clearTimeout(timer)
    resolve(line.replace('Wizard ready at ', ''))
  })
})
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const times = []
try {
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    const t0 = Date.now()
    await page.goto(url)
    // Interactive: the machine facts are shown and Next can be pressed.
    await page
      .getByRole('button', { name: 'Next' })
      .and(page.locator(':enabled'))
      .waitFor({ timeout: 10_000 })
    times.push(Date.now() - t0)
    await page.close()
  }
} finally {
  await browser.close()
  child.kill('SIGTERM')
}
times.sort((a, b) => a - b)
console.log(
  `navigation -> Welcome interactive: median ${times[3]} ms, best ${times[0]} ms, worst ${times[6]} ms over 7 loads (target < 1000 ms)`,
)
