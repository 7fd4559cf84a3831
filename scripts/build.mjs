// Bundles the engine entry points with esbuild: the CLI now, the Electron main and preload later.
import { build } from 'esbuild'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

await build({
  entryPoints: { cli: path.join(root, 'main/cli/main.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // regedit ships .wsf scripts it runs from its own folder: it must stay a real package on disk.
  external: ['electron', 'regedit'],
  logLevel: 'warning',
})

cpSync(path.join(root, 'main/demo/servers'), path.join(dist, 'demo'), { recursive: true })
console.log(`built ${path.relative(process.cwd(), dist) || dist}`)
