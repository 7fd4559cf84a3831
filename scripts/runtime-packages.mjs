// The packages the built app loads from node_modules at run time; esbuild and Vite bundle
// everything else into dist/. package.json "dependencies" lists exactly these (test/build/pack-list.test.ts),
// so electron-builder packs nothing else into app.asar.
//   regedit     runs .wsf scripts from its own folder (unpacked from the asar)
//   native-reg  loads a prebuilt N-API binding
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const RUNTIME_PACKAGES = ['regedit', 'native-reg']

/** The folder a package resolves to from `from`, as Node would find it (nearest node_modules up). */
function resolvePackage(name, from, root) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (dir === root || dir === path.dirname(dir))
      throw new Error(`${name} not installed (from ${from})`)
  }
}

/** `packages` and every production dependency they pull in, as node_modules/... paths. */
export function runtimeClosure(root, packages) {
  const seen = new Set()
  const visit = (dir) => {
    const rel = path.relative(root, dir).split(path.sep).join('/')
    if (seen.has(rel)) return
    seen.add(rel)
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }))
      visit(resolvePackage(dep, dir, root))
  }
  for (const p of packages) visit(resolvePackage(p, root, root))
  return seen
}
