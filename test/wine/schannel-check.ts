/**
 * Reads one schannel-probe.exe output with the product's own reader (main/probe/native-schannel.ts)
 * and checks it against what the Wine stage expects (.ci/wine-schannel.sh); bundled and run by
 * Linux node. Prints one line; exits 1 when the run is not as expected. Success and protocol are
 * asserted, never Wine's SEC_E codes (they differ from Windows').
 *
 *   schannel-check FILE --default ok|fail [--pinned12 ok|fail] [--all timeout|refused] [--max-ms N]
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseNativeOutput, toSchannelResult } from '../../main/probe/native-schannel'
import type { VersionResult } from '../../shared/probe'

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    default: { type: 'string' },
    pinned12: { type: 'string' },
    all: { type: 'string' },
    'max-ms': { type: 'string' },
    'exit-code': { type: 'string', default: '0' },
  },
})
const file = positionals[0] as string
const native = parseNativeOutput(readFileSync(file, 'utf8'), Number(o['exit-code']))
const r = toSchannelResult(native)
const problems: string[] = []
const def = native.attempts[0]
const tls12 = (v: VersionResult) => v.accepted && v.protocol === 'TLSv1.2'

const word = (v: VersionResult) => (v.accepted ? `${v.protocol} (${v.cipher})` : v.result)
const parts = [
  `system default: ${def?.result === 'accepted' ? `${def.protocolCode} ${word(r.systemDefault)}` : r.systemDefault.result}`,
  `pinned TLSv1.2: ${r.versions['TLSv1.2'].result}`,
]
if (native.mode === 'starttls') parts.push(`STARTTLS offered: ${String(r.starttlsOffered)}`)

if (
  o.default === 'ok' &&
  !(tls12(r.systemDefault) && def?.protocolCode === 'SP_PROT_TLS1_2_CLIENT')
)
  problems.push('the system default should negotiate TLS 1.2 (SP_PROT_TLS1_2_CLIENT)')
if (o.default === 'fail' && r.systemDefault.accepted)
  problems.push(`the system default should fail, it negotiated ${r.systemDefault.protocol}`)
if (o.pinned12 === 'ok' && !tls12(r.versions['TLSv1.2']))
  problems.push('TLS 1.2 asked for by name should be negotiated')
if (o.pinned12 === 'fail' && r.versions['TLSv1.2'].accepted)
  problems.push('TLS 1.2 asked for by name should fail')
if (o.all) {
  const results = native.attempts.map((a) => `${a.name}=${a.result}`)
  parts.splice(
    0,
    2,
    `every attempt: ${[...new Set(native.attempts.map((a) => a.result))].join(', ')}`,
  )
  if (!native.attempts.every((a) => a.result === o.all))
    problems.push(`every attempt should be ${o.all}: ${results.join(' ')}`)
  const detail = native.attempts[0]?.detail
  if (detail) parts.push(`"${detail}"`)
}
// The exe's own clock: the whole run within its limits (five attempts of timeoutMs each).
const maxMs = Number(o['max-ms'] ?? 5 * native.timeoutMs + 1000)
parts.push(`${native.durationMs} ms`)
if (native.durationMs > maxMs) problems.push(`took ${native.durationMs} ms, more than ${maxMs} ms`)

console.log(parts.join('; '))
if (problems.length) {
  console.error(`NOT AS EXPECTED: ${problems.join('; ')}`)
  process.exit(1)
}
