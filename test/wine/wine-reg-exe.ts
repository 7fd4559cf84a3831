/**
 * Wine's own `reg.exe`, called from node.exe under Wine: the independent witness of the Wine stage.
 * What it exports is read with our codec; what it imports is Wine's importer, not ours.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseRegBytes } from '../../main/registry/reg-file'
import { shortKeyPath } from '../../main/registry/reg-path'
import { RegistryTree } from '../../main/registry/registry-tree'

// Every reg.exe call has its own time limit (a Wine command once hung for good).
const REG_TIMEOUT_MS = 30_000

/** Runs `reg.exe args` in the 64-bit view; a non-zero exit fails with reg.exe's own words. */
export function regExe(...args: string[]): void {
  try {
    execFileSync('reg.exe', [...args, '/reg:64'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: REG_TIMEOUT_MS,
    })
  } catch (e) {
    const err = e as { status?: number | null; signal?: string | null; stderr?: Buffer }
    throw new Error(
      `reg.exe ${args.join(' ')} failed (exit ${err.status}, signal ${err.signal}): ${err.stderr?.toString().trim() ?? ''}`,
      { cause: e },
    )
  }
}

/** `reg.exe export` of each key into `file-N.reg`, read back with our codec into one tree. */
export function regExport(keys: readonly string[], file: string): RegistryTree {
  const merged = new RegistryTree()
  keys.forEach((key, i) => {
    const out = file.replace(/\.reg$/i, `-${i + 1}.reg`)
    regExe('export', shortKeyPath(key), out, '/y')
    const parsed = parseRegBytes(readFileSync(out), out)
    assert.equal(parsed.format, 'v5', `${out}: reg.exe export writes Version 5.00`)
    assert.equal(parsed.encoding, 'utf-16le', `${out}: reg.exe export writes UTF-16LE`)
    assert.ok(parsed.tree.getKey(key), `${out}: the export holds ${key}`)
    for (const [path, node] of parsed.tree.walk()) {
      const target = merged.ensureKey(path)
      for (const v of node.values) target.putValue(v.name, v.value)
    }
  })
  return merged
}

/** Fails with every difference listed, `what` first: the loud form of RegistryTree.diff. */
export function assertSameTree(actual: RegistryTree, expected: RegistryTree, what: string): void {
  const diff = actual.diff(expected)
  assert.deepEqual(diff, [], `${what}: ${diff.length} differences:\n  ${diff.join('\n  ')}`)
}
