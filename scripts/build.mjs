// Bundles the entry points with esbuild: the CLI, the Electron main process and its preload.
import { build } from 'esbuild'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
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

// The CLI: ES modules split per command (main/cli/index.ts imports each command when it runs), so
// `tlswizard --version` or `probe` loads a few small chunks rather than the whole engine and zod.
// The chunks live in dist/cli/; `__dirname` and `require` are defined in each as dist/cli.cjs had
// them (its folder is dist/), so the demo, renderer and native-probe paths stay the same.
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
  banner: {
    js: [
      "import { createRequire as __tlswCreateRequire } from 'node:module'",
      "import { dirname as __tlswDirname } from 'node:path'",
      "import { fileURLToPath as __tlswPath } from 'node:url'",
      "const __dirname = __tlswDirname(__tlswDirname(__tlswPath(new URL('.', import.meta.url))))",
      'const require = __tlswCreateRequire(import.meta.url)',
    ].join(';'),
  },
  // regedit ships .wsf scripts it runs from its own folder, native-reg a prebuilt binding: both
  // must stay real packages on disk.
  external: ['electron', ...RUNTIME_PACKAGES],
})
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
