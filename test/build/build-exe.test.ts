/**
 * The standalone exe's layout, checked with Linux node: the SEA bundle (scripts/build-exe.mjs's own
 * esbuild options) in a folder of its own with the beside-files, run from elsewhere. It must find
 * renderer/, demo/ and node_modules/ beside itself (in a SEA, __filename and __dirname are the
 * exe's), never in the repository. The SEA itself runs in the Wine stage (.ci/wine-exe.sh).
 */
import { FIRST_SCREEN_ELEMENT } from '../../shared/bridge'
import { execFile, spawn } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyBesideFiles, readmeText, seaBundleOptions } from '../../scripts/build-exe.mjs'

const root = path.join(__dirname, '../..')
const run = promisify(execFile)
let dir = ''
let app = ''

/** Runs the bundle like the exe: from another working folder, with its own log folder. */
async function exe(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await run(process.execPath, [path.join(app, 'tlswizard.cjs'), ...args], {
    cwd: dir,
    timeout: 30_000,
    env: { ...process.env, TLSWIZARD_LOG_DIR: path.join(dir, 'logs') },
  }).then(
    (ok) => ({ code: 0, out: ok.stdout, err: ok.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      out: e.stdout,
      err: e.stderr,
    }),
  )
  return r
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-exe-'))
  app = path.join(dir, 'app')
  await build(
    seaBundleOptions(path.join(root, 'main/cli/main.ts'), path.join(app, 'tlswizard.cjs')),
  )
  copyBesideFiles(app)
}, 60_000)
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('the SEA bundle and its beside-files', () => {
  it('holds no import() and loads the runtime packages with a require rooted at itself', async () => {
    const code = await readFile(path.join(app, 'tlswizard.cjs'), 'utf8')
    expect(code.split('\n')[0]).toBe(
      "var require = require('node:module').createRequire(__filename);",
    )
    // Booleans, not toMatch: a failure would print the whole bundle.
    expect(/\bimport\(\s*["'](native-reg|regedit)/.test(code)).toBe(false)
    expect(/require\("native-reg"\)/.test(code)).toBe(true)
    expect(/require\.resolve\("regedit"\)/.test(code)).toBe(true)
  })

  it('resolves regedit and native-reg from node_modules beside it', async () => {
    const probe = path.join(dir, 'probe.js')
    await writeFile(
      probe,
      "import('native-reg').then((m) => console.log(JSON.stringify({ regedit: require.resolve('regedit'), hkey: typeof m.HKEY })))\n",
    )
    await build(seaBundleOptions(probe, path.join(app, 'probe.cjs')))
    const { stdout } = await run(process.execPath, [path.join(app, 'probe.cjs')], {
      cwd: dir,
      timeout: 30_000,
    })
    expect(JSON.parse(stdout)).toEqual({
      regedit: path.join(app, 'node_modules', 'regedit', 'index.js'),
      hkey: 'object',
    })
  })

  it('ships native-reg for x64 Windows only, and the licence', async () => {
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(path.join(app, 'node_modules/native-reg/prebuilds'))).toEqual(['win32-x64'])
    expect(await readFile(path.join(app, 'LICENSE'), 'utf8')).toMatch(/MIT/)
  })

  it('runs --version and diagnose --demo with the demo folder beside it', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
    expect(await exe('--version')).toMatchObject({ code: 0, out: `${pkg.version}\n` })
    const d = await exe('diagnose', '--demo', '2012r2-ex2016')
    expect(d.code).toBe(1)
    expect(d.out).toMatch(/^Machine: EX2016 \(ex2016\.contoso\.local\), Windows Server 2012 R2/)
  })

  it('fix writes the patched copy into an out dir, and the copy diagnoses as healthy', async () => {
    const reg = path.join(dir, 'ex2016.reg')
    await copyFile(path.join(app, 'demo', '2012r2-ex2016.reg'), reg)
    const patched = path.join(dir, 'out', 'ex2016-patched.reg')
    const f = await exe('fix', '--registry', reg, '--apply', '--out', patched)
    expect(f.code).toBe(0)
    expect(f.out).toContain(`The live registry was not touched. Files written:\n  ${patched}\n`)
    const d = await exe('diagnose', '--registry', patched)
    expect(d.code).toBe(0)
    expect(d.out).toMatch(/^Healthy: /m)
  })

  it('serve answers from the renderer folder beside it, and the API with its token', async () => {
    const child = spawn(
      process.execPath,
      [path.join(app, 'tlswizard.cjs'), 'serve', '--demo', '2012r2-ex2016', '--out-dir', dir],
      { cwd: dir, env: { ...process.env, TLSWIZARD_LOG_DIR: path.join(dir, 'logs') } },
    )
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('serve printed nothing in 15 s')), 15_000)
        createInterface({ input: child.stdout }).once('line', (l) => {
          clearTimeout(timer)
          resolve(l)
        })
        child.once('exit', (c) => reject(new Error(`serve exited with ${c}`)))
      })
      const m = /^Wizard ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/.exec(first)
      expect(m, first).not.toBeNull()
      const url = new URL(m?.[1] as string)
      const page = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      expect(page.status).toBe(200)
      // The renderer's page as built, with the Welcome step's answers before its end.
      const html = await page.text()
      const block = new RegExp(
        `<script type="application/json" id="${FIRST_SCREEN_ELEMENT}">.*?</script>`,
        's',
      )
      expect(html).toMatch(block)
      expect(html.replace(block, '')).toBe(
        await readFile(path.join(app, 'renderer/index.html'), 'utf8'),
      )
      const api = (token?: string) =>
        fetch(new URL('/api/machine:summary', url), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { 'X-TlsWizard-Token': token } : {}),
          },
          body: '{}',
          signal: AbortSignal.timeout(10_000),
        })
      const ok = await api(url.searchParams.get('token') as string)
      expect(ok.status).toBe(200)
      expect((await ok.json()).machine.computerName).toBe('EX2016')
      expect((await api()).status).toBe(401)
    } finally {
      child.kill()
    }
  })

  it('README.txt says whether the exe is signed, and unsigned unless a release signs it', () => {
    expect(readmeText('1.2.3', false)).toContain('NOT signed')
    expect(readmeText('1.2.3', true)).toContain('is signed (Authenticode)')
    expect(readmeText('1.2.3', null)).toContain('unsigned unless it comes from a signed release')
    expect(readmeText('1.2.3', null)).toMatch(/^Mailflow TLS Wizard 1\.2\.3: tlswizard\.exe/)
  })
})
