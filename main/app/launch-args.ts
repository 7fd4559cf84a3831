/** Reads the app's own command-line switches: `--verify`, `--registry FILE`, `--demo NAME`. */
import type { SourceOptions } from '../system/registry-source'

/** What the command line asks of the app. */
export interface LaunchArgs {
  /** Opened by RunOnce after the restart: show before and after. */
  verify: boolean
  source: SourceOptions
}

/** Shown where there is no live registry and no source was named (development off Windows). */
export const DEFAULT_DEMO = '2012r2-ex2016'

function valueOf(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === name) return argv[i + 1]
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1)
  }
  return undefined
}

/** Parses `argv` (Chromium's own switches pass through untouched). */
export function parseLaunchArgs(argv: readonly string[], platform: NodeJS.Platform): LaunchArgs {
  const registry = valueOf(argv, '--registry')
  const demo = valueOf(argv, '--demo')
  const source: SourceOptions = {}
  if (registry !== undefined) source.registry = registry
  if (demo !== undefined) source.demo = demo
  // Only Windows has a live registry; elsewhere the app opens a demo rather than refusing to start.
  if (platform !== 'win32' && registry === undefined && demo === undefined) {
    source.demo = DEFAULT_DEMO
  }
  return { verify: argv.includes('--verify'), source }
}
