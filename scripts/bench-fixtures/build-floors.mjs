// Builds the renderer's two floors with the renderer's own Vite config (scripts/bench-renderer.mjs):
//   fluent-hello  a Fluent UI + React hello world (bench-fixtures/fluent-hello), for time to interactive
//   fluent-alone  every Fluent component and icon the renderer imports, and nothing else, for size;
//                 its entry is generated from the renderer's imports, so it follows them.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { transformSync } from 'esbuild'
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

/** What a module of a page is: a package's code, our English text, or our own code. */
function kindOf(id) {
  if (/[\\/]node_modules[\\/]/.test(id) || id.includes('\0')) return 'library'
  return /[\\/]shared[\\/]i18n[\\/]en[\w-]*\.ts$/.test(id) ? 'text' : 'code'
}

/**
 * Builds a page with the renderer's config. Returns, for an English session (every chunk but the
 * other languages'), the package modules it holds (id -> length before minifying) and the gzip
 * size of our code and of our English text, each kind's modules minified apart and gzipped
 * together (the chunks themselves are minified after this hook): about what each kind weighs.
 */
async function buildFixture(dir, outDir) {
  const packages = new Map()
  const ours = { text: [], code: [] }
  await build({
    configFile: path.join(root, 'vite.config.mts'),
    root: dir,
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
    plugins: [
      {
        name: 'bench-module-kinds',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || /^assets\/(id|lt|vi|zh-CN|ro)-/.test(chunk.fileName))
              continue
            for (const [id, m] of Object.entries(chunk.modules)) {
              const kind = kindOf(id)
              if (kind === 'library')
                packages.set(id.replace(/^.*[\\/]node_modules[\\/]/, ''), m.renderedLength)
              else ours[kind].push(m.code ?? '')
            }
          }
        },
      },
    ],
  })
  const gz = (codes) =>
    gzipSync(codes.map((c) => transformSync(c, { minify: true }).code).join(''), { level: 9 })
      .length
  return { packages, text: gz(ours.text), code: gz(ours.code) }
}

/** A checkout's renderer built again, for the split of its bytes (the same build as npm run build). */
export function rendererKinds(checkout = root) {
  return buildFixture(path.join(checkout, 'renderer'), path.join(out, 'renderer-kinds'))
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
  const aloneKinds = await buildFixture(alone, path.join(out, 'fluent-alone-dist'))
  await buildFixture(hello, path.join(out, 'fluent-hello-dist'))
  return {
    aloneKinds,
    alone: path.join(out, 'fluent-alone-dist'),
    hello: path.join(out, 'fluent-hello-dist'),
    components: all.length,
  }
}
