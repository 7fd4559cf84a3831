// Builds the renderer's two floors with the renderer's own Vite config (scripts/bench-renderer.mjs):
//   fluent-hello  a Fluent UI + React hello world (bench-fixtures/fluent-hello), for time to interactive
//   fluent-alone  every Fluent component and icon the renderer imports, and nothing else, for size;
//                 its entry is generated from the renderer's imports, so it follows them.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const out = path.join(root, 'bench-output')

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : []
  })
}

/** The names the renderer imports from each @fluentui package. */
function fluentImports() {
  const byPackage = new Map()
  for (const file of sources(path.join(root, 'renderer'))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(@fluentui\/[a-z-]+)'/g)) {
      const names = byPackage.get(m[2]) ?? new Set()
      for (const n of m[1].split(',')) {
        const name = n.trim()
        if (name && !name.startsWith('type ')) names.add(name)
      }
      byPackage.set(m[2], names)
    }
  }
  return byPackage
}

async function buildFixture(dir, outDir) {
  await build({
    configFile: path.join(root, 'vite.config.mts'),
    root: dir,
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  })
}

export async function buildFloors() {
  const alone = path.join(out, 'fluent-alone')
  mkdirSync(alone, { recursive: true })
  const imports = fluentImports()
  const all = [...imports.values()].flatMap((s) => [...s])
  writeFileSync(
    path.join(alone, 'main.tsx'),
    [
      ...[...imports].map(([pkg, names]) => `import { ${[...names].join(', ')} } from '${pkg}'`),
      "import { createRoot } from 'react-dom/client'",
      '// Every component the renderer uses is referenced, so none is shaken out. makeStyles is',
      "// called, not referenced: the renderer's calls are compiled away at build time (Griffel's",
      '// plugin), and so is this one, so neither side carries its run-time style engine.',
      `const used: unknown[] = [${all.filter((n) => n !== 'makeStyles').join(', ')}]`,
      ...(all.includes('makeStyles')
        ? ['const useStyles = makeStyles({ root: { color: tokens.colorNeutralForeground1 } })']
        : ['const useStyles = () => ({ root: "" })']),
      'function Floor() {',
      '  return <div className={useStyles().root}>{String(used.length)}</div>',
      '}',
      'createRoot(document.getElementById("root") as HTMLElement).render(',
      '  <FluentProvider theme={webLightTheme}><Floor /></FluentProvider>,',
      ')',
      '',
    ].join('\n'),
  )
  // Both floors use the renderer's own page (same CSP, same shell), so only the script differs.
  const page = readFileSync(path.join(root, 'renderer/index.html'), 'utf8').replace(
    /<title>[^<]*<\/title>/,
    '<title>Fluent floor</title>',
  )
  writeFileSync(path.join(alone, 'index.html'), page)
  const hello = path.join(out, 'fluent-hello')
  mkdirSync(hello, { recursive: true })
  writeFileSync(path.join(hello, 'index.html'), page)
  writeFileSync(
    path.join(hello, 'main.tsx'),
    readFileSync(path.join(here, 'fluent-hello/main.tsx'), 'utf8'),
  )
  await buildFixture(alone, path.join(out, 'fluent-alone-dist'))
  await buildFixture(hello, path.join(out, 'fluent-hello-dist'))
  return {
    alone: path.join(out, 'fluent-alone-dist'),
    hello: path.join(out, 'fluent-hello-dist'),
    components: all.length,
  }
}
