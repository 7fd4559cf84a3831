import path from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const root = path.resolve(__dirname, '..', '..', '..')

describe('the preload bundle', () => {
  it('is one CommonJS file that requires electron only (a sandboxed preload can load no more)', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, 'main/preload/preload.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      metafile: true,
      logLevel: 'silent',
    })
    expect(result.outputFiles).toHaveLength(1)
    const code = result.outputFiles[0]?.text ?? ''
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((r) => r[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    // No zod, no schemas, no engine: only the bridge and its channel names.
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.every((f) => /^(main\/preload|shared\/bridge\.ts)/.test(f))).toBe(true)
    expect(code.length).toBeLessThan(8_000)
  })
})
