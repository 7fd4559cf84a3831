import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUNTIME_PACKAGES } from '../../scripts/runtime-packages.mjs'
import { packApp, runtimeClosure, unexpectedEntries, type PackedApp } from '../helpers/pack-app'

/** A fuse's state in the wire: the characters '1' and '0' (@electron/fuses' FuseState). */
const ON = 0x31
const OFF = 0x30

const root = path.join(__dirname, '../..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

describe('package.json dependencies', () => {
  it('are exactly the packages the bundles leave external (scripts/runtime-packages.mjs)', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...RUNTIME_PACKAGES].sort())
  })

  it('nothing bundled is a production dependency (react, Fluent UI, zod are bundled by Vite/esbuild)', () => {
    for (const name of [
      'react',
      'react-dom',
      '@fluentui/react-components',
      '@fluentui/react-icons',
      'zod',
    ])
      expect(pkg.devDependencies[name], name).toBeDefined()
  })
})

/** What scripts/build-exe.mjs leaves in dist/exe (a few of each kind). */
const EXE_FILES = [
  'tlswizard.exe',
  'tlswizard-win-x64.zip',
  'README.txt',
  'LICENSE',
  'renderer/index.html',
  'demo/2012r2-ex2016.reg',
  'node_modules/native-reg/package.json',
  'node_modules/native-reg/prebuilds/win32-x64/node.napi.node',
  'node_modules/regedit/vbs/regList.wsf',
]

describe('what electron-builder packs into the app', () => {
  let dir = ''
  let app: PackedApp
  const runtime = runtimeClosure(root, RUNTIME_PACKAGES)

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/main/index.cjs')))
      throw new Error('dist/ is missing: run npm run build first')
    dir = await mkdtemp(path.join(tmpdir(), 'tlsw-pack-'))
    // A stand-in for dist/exe (scripts/build-exe.mjs needs node.exe and Wine: the Wine stage).
    const exe = path.join(dir, 'exe')
    for (const f of EXE_FILES) {
      await mkdir(path.dirname(path.join(exe, f)), { recursive: true })
      await writeFile(path.join(exe, f), f)
    }
    app = await packApp(root, dir, exe)
  }, 120_000)
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('is the built app and the run-time packages, nothing else', () => {
    expect(unexpectedEntries(app.asar, runtime)).toEqual([])
    expect(unexpectedEntries(app.unpacked, runtime)).toEqual([])
    for (const file of [
      '/package.json',
      '/dist/main/index.cjs',
      '/dist/preload/preload.cjs',
      '/dist/renderer/index.html',
    ])
      expect(app.asar, file).toContain(file)
    for (const p of RUNTIME_PACKAGES)
      expect(app.asar, p).toContain(`/node_modules/${p}/package.json`)
  })

  it('puts tlswizard.exe and its beside-files, not the zip, in resources/tlswizard', () => {
    expect(app.extra.sort()).toEqual(
      EXE_FILES.filter((f) => !f.endsWith('.zip'))
        .map((f) => `/tlswizard/${f}`)
        .sort(),
    )
  })

  it("keeps regedit's scripts outside the archive, where the Windows Script Host can read them", () => {
    expect(app.unpacked).toContain('/node_modules/regedit/vbs/regList.wsf')
  })

  it("keeps Chromium's strings for the wizard's languages only (electronLanguages)", () => {
    expect(app.locales).toEqual(
      ['en-GB', 'en-US', 'id', 'lt', 'ro', 'vi', 'zh-CN'].map((l) => `${l}.pak`),
    )
  })

  it('flips the fuses electron-builder.yml asks for in the executable', async () => {
    const wire = await getCurrentFuseWire(app.executable)
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    }).toEqual({
      runAsNode: OFF,
      nodeOptions: OFF,
      inspect: OFF,
      onlyAsar: ON,
      asarIntegrity: ON,
    })
  })

  it('is small: a few MB, not the hundreds that bundled packages would add', () => {
    expect(app.bytes).toBeLessThan(8 * 1024 * 1024)
  })

  it('the check fails on a bundled package or a source map (so the first test means something)', () => {
    expect(
      unexpectedEntries(
        [
          '/dist/main/index.cjs',
          '/dist/main/index.cjs.map',
          '/node_modules/react/index.js',
          '/node_modules/regedit/index.js',
        ],
        runtime,
      ),
    ).toEqual(['/dist/main/index.cjs.map', '/node_modules/react/index.js'])
  })
})
