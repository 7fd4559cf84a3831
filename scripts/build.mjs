// Bundles the entry points with esbuild: the CLI, the Electron main process and its preload.
import { build } from 'esbuild'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildNativeProbe } from './build-native-probe.mjs'
import { RUNTIME_PACKAGES } from './runtime-packages.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
}

// `__dirname` and `require` for the CLI's chunks, as dist/cli.cjs had them (its folder is dist/), so
// the demo, renderer and native-probe paths stay the same. Built-in modules come from
// process.getBuiltinModule (Node 20.16+) rather than imports, and node:module only on the first
// require (the CLI requires only regedit, on Windows): each ES import of a built-in costs start-up.
const CLI_BANNER = [
  "const __tlswPath = process.getBuiltinModule('node:path')",
  "const __dirname = __tlswPath.dirname(__tlswPath.dirname(process.getBuiltinModule('node:url').fileURLToPath(new URL('.', import.meta.url))))",
  'let __tlswRequire',
  "const __tlswReq = () => (__tlswRequire ??= process.getBuiltinModule('node:module').createRequire(import.meta.url))",
  'const require = Object.assign((id) => __tlswReq()(id), { resolve: (id, options) => __tlswReq().resolve(id, options) })',
].join(';')

// The CLI: ES modules split per command (main/cli/index.ts imports each command when it runs), so
// `tlswizard --version` or `probe` loads a few small chunks rather than the whole engine and zod.
// The chunks live in dist/cli/; a chunk that names neither `__dirname` nor `require` loses the
// banner after the build (a blank line stays, so the source maps still match).
await build({
  ...common,
  entryPoints: { main: path.join(root, 'main/cli/main.ts') },
  outdir: path.join(dist, 'cli'),
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  banner: { js: CLI_BANNER },
  // regedit ships .wsf scripts it runs from its own folder, native-reg a prebuilt binding: both
  // must stay real packages on disk.
  external: ['electron', ...RUNTIME_PACKAGES],
})
for (const entry of readdirSync(path.join(dist, 'cli'), { recursive: true })) {
  if (!String(entry).endsWith('.mjs')) continue
  const file = path.join(dist, 'cli', String(entry))
  const text = readFileSync(file, 'utf8')
  const body = text.slice(CLI_BANNER.length)
  if (text.startsWith(CLI_BANNER) && !/\b(__dirname|require)\b/.test(body))
    writeFileSync(file, body)
}
// dist/cli.cjs stays the entry bin/tlswizard.cjs and scripts require.
writeFileSync(
  path.join(dist, 'cli.cjs'),
  "'use strict'\n// The CLI's entry: its ES module chunks are in ./cli/ (scripts/build.mjs).\n" +
    "import(require('node:url').pathToFileURL(require('node:path').join(__dirname, 'cli', 'main.mjs')).href)\n",
)

// The Electron main process (package.json "main"). regedit and native-reg stay real packages:
// regedit for its .wsf scripts (unpacked from the asar), native-reg for its prebuilt binding.
await build({
  ...common,
  entryPoints: [path.join(root, 'main/app/main.ts')],
  outfile: path.join(dist, 'main/index.cjs'),
  platform: 'node',
  target: 'node22',
  external: ['electron', ...RUNTIME_PACKAGES],
})

// The preload runs sandboxed: it may require only 'electron' (and a few Node polyfills), so
// everything else is bundled into this one CommonJS file.
await build({
  ...common,
  entryPoints: [path.join(root, 'main/preload/preload.ts')],
  outfile: path.join(dist, 'preload/preload.cjs'),
  platform: 'browser',
  target: 'chrome140',
  external: ['electron'],
})

cpSync(path.join(root, 'main/demo/servers'), path.join(dist, 'demo'), { recursive: true })
// The native Schannel probe (dist/native), when mingw-w64 is here; otherwise one line says so.
buildNativeProbe()
console.log(`built ${path.relative(process.cwd(), dist) || dist}`)

// The renderer (Vite) last: the clean-up above would delete it.
await import('./build-renderer.mjs')
