/**
 * A guard for suites that talk to the network: any name lookup through Node's system resolver
 * fails and is recorded, so a test that would send a DNS query off this machine is caught.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { isIP } from 'node:net'
import { afterAll, beforeAll, expect } from 'vitest'

type Fn = (...args: unknown[]) => unknown
type Table = Record<string, Fn>

const require = createRequire(import.meta.url)
const dns = require('node:dns') as Table & { promises: Table }

// Everything in node:dns that can put a query on the wire (lookup also reads /etc/hosts, but
// code under test must not rely on that either).
const NAMES = ['lookup', 'lookupService', 'reverse', 'resolve', 'resolve4', 'resolve6', 'resolveMx']

function blocked(seen: string[], name: string, promise: boolean, real: Fn): Fn {
  return (...args: unknown[]) => {
    // An address literal is answered locally (net's listen() asks lookup for one too).
    if (name === 'lookup' && isIP(String(args[0]))) return real(...args)
    seen.push(`${name} ${String(args[0])}`)
    const e = Object.assign(new Error(`blocked by the test: ${name} ${String(args[0])}`), {
      code: 'ENOTFOUND',
    })
    if (promise) return Promise.reject(e)
    const callback = args.at(-1)
    if (typeof callback === 'function') process.nextTick(() => (callback as Fn)(e))
    return undefined
  }
}

/** Replaces the system resolver until `restore()`; `attempts` lists what was asked for. */
export function blockDns(): { attempts: string[]; restore(): void } {
  const attempts: string[] = []
  const saved: Array<[Table, string, Fn]> = []
  for (const [table, promise] of [
    [dns, false],
    [dns.promises, true],
  ] as const)
    for (const name of NAMES) {
      const real = table[name] as Fn
      saved.push([table, name, real])
      table[name] = blocked(attempts, name, promise, real)
    }
  // ESM named imports of node:dns(/promises) see the replacement only after this.
  syncBuiltinESMExports()
  return {
    attempts,
    restore() {
      for (const [table, name, fn] of saved) table[name] = fn
      syncBuiltinESMExports()
    },
  }
}

/** For a whole test file: no test in it may ask the system resolver anything. */
export function forbidDns(): void {
  let guard: ReturnType<typeof blockDns> | undefined
  beforeAll(() => {
    guard = blockDns()
  })
  afterAll(() => {
    guard?.restore()
    expect(guard?.attempts, 'system DNS lookups made by this file').toEqual([])
  })
}
