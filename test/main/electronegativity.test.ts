import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../main/app/csp'

const root = path.resolve(__dirname, '..', '..')
const require = createRequire(path.join(root, 'package.json'))
const SCAN_TIMEOUT_MS = 90_000

interface Entry {
  check: string
  file: string
  reason: string
}
interface AllowList {
  excludedChecks: { check: string; reason: string }[]
  allowed: Entry[]
}
interface Finding {
  check: string
  file: string
  line: number
  message: string
}

interface Sarif {
  runs: {
    results: {
      ruleId: string
      message: { text: string }
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
      }[]
    }[]
  }[]
}

/**
 * Its findings, from the SARIF report. Not the CSV: the tool writes the CSV header and rows as two
 * unordered asynchronous writes, and under load the header overwrote the first finding.
 */
function parseReport(text: string): Finding[] {
  const sarif = JSON.parse(text) as Sarif
  return (sarif.runs[0]?.results ?? []).map((r) => {
    const location = r.locations[0]?.physicalLocation
    const uri = location?.artifactLocation.uri ?? 'file:///'
    return {
      check: r.ruleId,
      // Global checks have no file: the tool writes file:/// for them (N/A in its CSV).
      file: uri === 'file:///' ? 'N/A' : uri.replace(/\\/g, '/'),
      line: location?.region.startLine ?? 0,
      message: r.message.text,
    }
  })
}

const allowList = JSON.parse(
  readFileSync(path.join(__dirname, 'electronegativity-allowlist.json'), 'utf8'),
) as AllowList

let work: string
let findings: Finding[]

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'electronegativity-'))
  const target = path.join(work, 'target')
  cpSync(path.join(root, 'main'), path.join(target, 'main'), { recursive: true })
  // A canary the tool must flag: proves the scan ran and its report was read whole.
  mkdirSync(path.join(target, 'canary'))
  writeFileSync(
    path.join(target, 'canary', 'canary.js'),
    'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n',
  )
  const cli = path.join(
    path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
    'dist',
    'index.js',
  )
  const electron = (require('electron/package.json') as { version: string }).version
  const out = path.join(work, 'report.sarif')
  const args = [cli, '-i', target, '-o', out, '-r', '-e', electron]
  args.push('-x', allowList.excludedChecks.map((c) => c.check).join(','))
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { timeout: SCAN_TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, LANG: 'en-US' } },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`electronegativity failed: ${error.message}\n${stderr}`))
          : resolve(),
    )
  })
  findings = parseReport(readFileSync(out, 'utf8'))
}, SCAN_TIMEOUT_MS + 10_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

const key = (check: string, file: string) => `${check} ${file}`

describe('electronegativity over main/', () => {
  it('ran and flagged the canary', () => {
    const canary = findings.filter((f) => f.file.startsWith('canary/')).map((f) => f.check)
    expect(canary).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK']))
  })

  it('finds nothing outside the reviewed allow-list', () => {
    const allowed = new Set(allowList.allowed.map((e) => key(e.check, e.file)))
    const unreviewed = findings
      .filter((f) => !f.file.startsWith('canary/') && !allowed.has(key(f.check, f.file)))
      .map((f) => `${f.check} ${f.file}:${f.line} ${f.message}`)
    expect(unreviewed).toEqual([])
  })

  it('keeps no stale allow-list entry, and a reason for each', () => {
    const found = new Set(findings.map((f) => key(f.check, f.file)))
    for (const entry of allowList.allowed) {
      expect(entry.reason.length, key(entry.check, entry.file)).toBeGreaterThan(40)
      expect(
        found.has(key(entry.check, entry.file)),
        `stale: ${key(entry.check, entry.file)}`,
      ).toBe(true)
    }
  })

  it("accepts our CSP header by the same evaluator electronegativity's CSP check uses", () => {
    const csp = require('@doyensec/csp-evaluator') as CspEvaluatorModule
    const parsed = new csp.CspParser(CONTENT_SECURITY_POLICY)
    const results = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate()
    const serious = [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM]
    // 'self' in script-src is a "maybe" (JSONP or uploads on our origin): app:// serves only our build.
    expect(results.filter((r) => serious.includes(r.severity))).toEqual([])
  })
})

interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown }
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number }[] }
  Version: { CSP3: unknown }
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM', number>
}
