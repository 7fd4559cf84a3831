/**
 * Fuzz suite for opening a saved report: whatever the text, parseReport returns a schema-valid
 * report or throws InputError (nothing else), and the message never quotes the file's content.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportSchema } from '../../shared/report'
import { InputError } from '../../main/input-error'
import { reportJson } from '../../main/report/build-report'
import { parseReport } from '../../main/report/load-report'
import { redactReport } from '../../main/report/redact'
import { hostileReport } from '../main/report/fixtures'
import { fuzz } from './fuzz-kit'

// A marker no message template holds; it must never reach a message.
const marker = fc.stringMatching(/^[A-Za-z0-9]{10,16}$/).map((s) => `Zq${s}`)

type Outcome = { ok: true } | { ok: false; message: string }

/** Opens `text`; fails the case on any error but InputError, or on a result the schema refuses. */
function open(text: string): Outcome {
  try {
    const r = parseReport(text, 'r.json')
    expect(reportSchema.safeParse(r).success).toBe(true)
    return { ok: true }
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`not an InputError: ${String(e)}`, { cause: e })
    return { ok: false, message: e.message }
  }
}

/** Opens `text`; a message may name the file and the field, never quote 8 characters of `secret`. */
function neverQuotes(text: string, secret: string): void {
  const o = open(text)
  if (o.ok) return
  for (let i = 0; i + 8 <= secret.length; i++)
    expect(o.message, o.message).not.toContain(secret.slice(i, i + 8))
}

let valid: string[] = []
beforeAll(async () => {
  const r = await hostileReport('x')
  valid = [reportJson(r), reportJson(redactReport(r)), JSON.stringify(r)]
})

// Cuts, insertions, overwrites and duplications anywhere in a valid report's text.
const textEdit = fc.record({
  which: fc.nat(2),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat(64),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'truncate'),
  noise: fc.string({ unit: 'binary', maxLength: 8 }),
  marker,
})

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Obj = Record<string | number, Json>

function paths(v: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  if (v === null || typeof v !== 'object') return [path]
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v)
  return [path, ...entries.flatMap(([k, x]) => paths(x as Json, [...path, k]))]
}

// Structural edits: a field set to something else, removed, or an extra key named by the marker.
const structEdit = fc.record({
  which: fc.nat(2),
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'delete', 'key', 'wrap'),
  marker,
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(true, -1, 1e308, '', [], {}, null, 2, 1.5, 'healthy'),
  ),
})

describe('opening arbitrary text as a report', () => {
  it('arbitrary text: a report or an InputError that quotes nothing', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      fc.constantFrom('', '\ufeff', '  <html>', 'null', '[]', '{}', '"x"', '1e999', '{"kind":1}'),
      fc.nat(50_000).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.nat(50_000).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    )
    await fuzz('report-load text', fc.tuple(text, marker, fc.nat()), ([t, m, at]) => {
      const i = at % (t.length + 1)
      neverQuotes(`${t.slice(0, i)}${m}${t.slice(i)}`, m)
      open(t)
    })
  })

  it('a valid report with its text cut, overwritten or spliced: the marker never shows', async () => {
    await fuzz('report-load edits', textEdit, (e) => {
      const base = valid[e.which] as string
      const i = Math.floor(e.at * base.length)
      const j = Math.min(base.length, i + e.cut)
      const bad = `${e.noise}${e.marker}`
      const text = {
        insert: base.slice(0, i) + bad + base.slice(i),
        delete: `${base.slice(0, i)}${base.slice(j)}`,
        replace: base.slice(0, i) + bad + base.slice(j),
        duplicate: base.slice(0, j) + base.slice(i, j) + e.marker + base.slice(j),
        truncate: `${e.marker}${base.slice(0, i)}`,
      }[e.kind]
      neverQuotes(text, e.marker)
    })
  })

  it('a valid report with a field changed, removed or added: the marker never shows', async () => {
    await fuzz('report-load fields', structEdit, (e) => {
      const doc = JSON.parse(valid[e.which] as string) as Json
      const all = paths(doc).filter((p) => p.length > 0)
      const path = all[e.pick % all.length] as Array<string | number>
      const parent = path.slice(0, -1).reduce((o: Json, k) => (o as Obj)[k] as Json, doc) as Obj
      const last = path.at(-1) as string | number
      const value = structuredClone(e.value) as Json
      if (e.kind === 'set') parent[last] = typeof value === 'string' ? `${value}${e.marker}` : value
      if (e.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1)
        else delete parent[last]
      }
      if (e.kind === 'key') {
        const target =
          parent[last] !== null && typeof parent[last] === 'object' ? parent[last] : parent
        if (Array.isArray(target)) target.push({ [e.marker]: value })
        else target[e.marker] = value
      }
      if (e.kind === 'wrap') parent[last] = { [e.marker]: parent[last] ?? null }
      neverQuotes(JSON.stringify(doc), e.marker)
    })
  })
})
