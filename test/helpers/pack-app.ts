/** Runs electron-builder's own packaging (app.asar and its unpacked files) without Electron. */
import { listPackage } from '@electron/asar'
import { Arch, Platform, build, type Configuration } from 'electron-builder'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'

/** What electron-builder put into the app: paths relative to resources/, '/'-separated. */
export interface PackedApp {
  /** Files and folders inside app.asar, each starting with '/'. */
  asar: string[]
  /** Files in app.asar.unpacked, each starting with '/'. */
  unpacked: string[]
  /** Bytes of app.asar plus the unpacked files. */
  bytes: number
  /** The packaged executable (the stand-in, with its fuses as electron-builder set them). */
  executable: string
  /** The Chromium locale files left in locales/ (from the stand-in's full list). */
  locales: string[]
  /** Files in resources/ outside the app (extraResources), each starting with '/'. */
  extra: string[]
}

/** Where Electron's fuse wire starts in its binary (@electron/fuses' SENTINEL). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** The locale files an Electron 45 Windows build ships. */
const ELECTRON_LOCALES =
  'af am ar bg bn ca cs da de el en-GB en-US es-419 es et fa fi fil fr gu he hi hr hu id it ja kn ko lt lv ml mr ms nb nl pl pt-BR pt-PT ro ru sk sl sr sv sw ta te th tr uk ur vi zh-CN zh-TW'.split(
    ' ',
  )

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory()
      ? walk(full, base)
      : [`/${path.relative(base, full).split(path.sep).join('/')}`]
  })
}

/**
 * Packages `root` with electron-builder.yml as a Linux folder (no installer, no signing) over a
 * stand-in Electron: the file set, the asar and asarUnpack are electron-builder's own work and do
 * not depend on the target platform. Electron binaries are not downloaded, native modules are not
 * rebuilt and fuses are not flipped (there is no real binary to flip them in).
 */
export async function packApp(
  root: string,
  out: string,
  /** A folder to pack in place of dist/exe (extraResources), which npm test does not build. */
  exeDir?: string,
): Promise<PackedApp> {
  const fakeElectron = path.join(out, 'fake-electron')
  mkdirSync(fakeElectron, { recursive: true })
  // A stand-in binary with Electron's fuse wire (sentinel, version 1, 8 fuses, Electron 45's
  // defaults) so that electron-builder flips the fuses as it would in electron.exe.
  writeFileSync(
    path.join(fakeElectron, 'electron'),
    `#!/bin/sh\n${FUSE_SENTINEL}\x01\x0810110001\n`,
    {
      mode: 0o755,
    },
  )
  mkdirSync(path.join(fakeElectron, 'locales'))
  for (const l of ELECTRON_LOCALES)
    writeFileSync(path.join(fakeElectron, 'locales', `${l}.pak`), '')
  const config = yaml.load(
    readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
  ) as Configuration
  // A config file of its own: a config object would be merged into electron-builder.yml, whose
  // lists (extraResources) electron-builder joins instead of replacing.
  const configFile = path.join(out, 'electron-builder.json')
  const packConfig: Configuration = {
    ...config,
    electronDist: fakeElectron,
    extraResources: exeDir
      ? (config.extraResources as Array<{ from: string }>).map((r) =>
          r.from === 'dist/exe' || r.from.startsWith('dist/exe/')
            ? { ...r, from: exeDir + r.from.slice('dist/exe'.length) }
            : r,
        )
      : config.extraResources,
    npmRebuild: false,
    directories: { ...config.directories, output: path.join(out, 'app') },
  }
  writeFileSync(configFile, JSON.stringify(packConfig))
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: configFile,
  })
  const appDir = path.join(out, 'app', 'linux-unpacked')
  const resources = path.join(appDir, 'resources')
  const asarFile = path.join(resources, 'app.asar')
  const unpackedDir = path.join(resources, 'app.asar.unpacked')
  const unpacked = existsSync(unpackedDir) ? walk(unpackedDir) : []
  const bytes =
    statSync(asarFile).size +
    unpacked.reduce((n, f) => n + statSync(path.join(unpackedDir, f)).size, 0)
  return {
    asar: listPackage(asarFile, { isPack: false }).map((p) => p.split(path.sep).join('/')),
    unpacked,
    bytes,
    executable: path.join(appDir, 'mailflow-tls-wizard'),
    locales: readdirSync(path.join(appDir, 'locales')).sort(),
    extra: walk(resources).filter((f) => !/^\/app\.asar(\.unpacked)?(\/|$)/.test(f)),
  }
}

/** `packages` and their production dependencies as node_modules/... paths (shared with build-exe). */
export { runtimeClosure } from '../../scripts/runtime-packages.mjs'

/** Entries of a packed app that are neither the build output nor a run-time package. */
export function unexpectedEntries(
  entries: readonly string[],
  runtime: ReadonlySet<string>,
): string[] {
  const allowed = (entry: string) => {
    if (entry === '/package.json' || entry === '/dist' || entry === '/node_modules') return true
    if (entry.startsWith('/dist/')) return !entry.endsWith('.map')
    return [...runtime].some(
      (p) => entry === `/${p}` || entry.startsWith(`/${p}/`) || `/${p}`.startsWith(`${entry}/`),
    )
  }
  return entries.filter((e) => !allowed(e))
}
