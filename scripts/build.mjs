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

// The catalogs other than English (700 KB of text) are one file, dist/cli/catalogs.cjs, made from
// the same sources, which the CLI's ES modules and probe.cjs both require only when a language
// other than English is used: shared/i18n/catalogs.ts's imports of them (./lt, ./zh-CN: named by
// their language code) are pointed at it.
const catalogsModule = path.join(root, 'shared/i18n/catalogs.ts')
const otherCatalogs = new Set()
const catalogsApart = (from) => ({
  name: 'catalogs-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/[a-z]{2,3}(-[A-Z]{2})?$/ }, ({ importer, path: p }) => {
      if (importer !== catalogsModule || p === './en') return undefined
      otherCatalogs.add(path.join(path.dirname(importer), p))
      return { path: from, external: true }
    })
  },
})

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
  // shared/i18n/catalogs.ts is in a chunk, in chunks/ (checked below).
  plugins: [catalogsApart('../catalogs.cjs')],
})
for (const entry of readdirSync(path.join(dist, 'cli'), { recursive: true })) {
  if (!String(entry).endsWith('.mjs')) continue
  const file = path.join(dist, 'cli', String(entry))
  const text = readFileSync(file, 'utf8')
  if (!String(entry).startsWith(`chunks${path.sep}`) && text.includes('../catalogs.cjs'))
    throw new Error(`${file}: shared/i18n/catalogs.ts is no longer in a chunk (../catalogs.cjs)`)
  const body = text.slice(CLI_BANNER.length)
  if (text.startsWith(CLI_BANNER) && !/\b(__dirname|require)\b/.test(body))
    writeFileSync(file, body)
}
// The catalogs are plain data: one that imported code (a second copy of it here) would fail this.
const { metafile } = await build({
  ...common,
  stdin: {
    contents: [...otherCatalogs].map((f) => `export * from ${JSON.stringify(f)}`).join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: path.join(dist, 'cli', 'catalogs.cjs'),
  platform: 'node',
  target: 'node20',
  metafile: true,
})
const inputs = Object.keys(metafile.inputs).filter((f) => f !== '<stdin>')
if (inputs.length !== otherCatalogs.size)
  throw new Error(`dist/cli/catalogs.cjs: the catalogs import other modules: ${inputs.join(', ')}`)

// `tlswizard probe` as one CommonJS file, dist/cli/probe.cjs: Node loads one CommonJS file faster
// than ES modules (its ESM loader costs a few ms, then each chunk's resolve, read and compile), and
// scripts often run a probe once per server. `__dirname` is dist/, as in the chunks.
await build({
  ...common,
  entryPoints: [path.join(root, 'main/cli/probe-main.ts')],
  outfile: path.join(dist, 'cli', 'probe.cjs'),
  platform: 'node',
  target: 'node20',
  // 'use strict' first: esbuild's own comes after the banner, where it would not count.
  banner: { js: "'use strict';const __tlswDirname = require('node:path').dirname(__dirname);" },
  define: { __dirname: '__tlswDirname' },
  external: ['electron', ...RUNTIME_PACKAGES],
  plugins: [catalogsApart('./catalogs.cjs')],
})
// dist/cli.cjs stays the entry bin/tlswizard.cjs and scripts require. A command line with the
// word `probe` asks probe.cjs, which runs it when `probe` is its command (after --log-dir, --lang).
writeFileSync(
  path.join(dist, 'cli.cjs'),
  [
    "'use strict'",
    "// The CLI's entry: `probe` from ./cli/probe.cjs, the rest from the ES modules in ./cli/ (scripts/build.mjs).",
    'const argv = process.argv.slice(2)',
    "if (!(argv.includes('probe') && require('./cli/probe.cjs').runProbeCli(argv)))",
    "  import(require('node:url').pathToFileURL(require('node:path').join(__dirname, 'cli', 'main.mjs')).href)",
    '',
  ].join('\n'),
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
