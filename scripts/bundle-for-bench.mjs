// Bundles a TypeScript entry of the engine into bench-output/ so benchmarks run the real code in plain Node.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
export const outDir = path.join(root, 'bench-output')

/** Bundles `entry` (relative to the repo root) to bench-output/NAME.cjs and returns its path. */
export async function bundle(entry, name) {
  mkdirSync(outDir, { recursive: true })
  const outfile = path.join(outDir, `${name}.cjs`)
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'regedit'],
    logLevel: 'warning',
  })
  return outfile
}
