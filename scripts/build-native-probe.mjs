// Builds the native Schannel probe (native/schannel-probe/*.c) into dist/native/schannel-probe.exe
// with mingw-w64: x86_64-w64-mingw32-gcc (Debian: gcc-mingw-w64-x86-64), or on Windows a gcc that
// targets x86_64-w64-mingw32 (the MinGW-w64 on GitHub's runners), or $CC.
//
//   node scripts/build-native-probe.mjs [--require] [--out FILE]
//
// Without a compiler it says so in one line and exits 0, or 1 with --require (CI, the Wine stage).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const src = path.join(root, 'native', 'schannel-probe')
const DEFAULT_OUT = path.join(root, 'dist', 'native', 'schannel-probe.exe')

/** The first compiler that says it targets 64-bit Windows with mingw. */
function compiler() {
  const names = [process.env.CC, 'x86_64-w64-mingw32-gcc', process.platform === 'win32' && 'gcc']
  for (const cc of names.filter(Boolean)) {
    const r = spawnSync(cc, ['-dumpmachine'], { encoding: 'utf8', timeout: 30_000 })
    if (r.status === 0 && /^x86_64-w64-mingw32/.test(r.stdout.trim())) return cc
  }
  return null
}

/** Builds the exe; returns false (after one line saying why) when there is no compiler. */
export function buildNativeProbe(out = DEFAULT_OUT) {
  const cc = compiler()
  if (!cc) {
    console.log(
      `build-native-probe: no mingw-w64 compiler (apt-get install gcc-mingw-w64-x86-64): ${path.relative(root, out)} not built`,
    )
    return false
  }
  mkdirSync(path.dirname(out), { recursive: true })
  const sources = readdirSync(src)
    .filter((f) => f.endsWith('.c'))
    .map((f) => path.join(src, f))
  // -static: no mingw runtime DLLs to ship; -s: no symbols; the SSPI, Winsock and crypto libraries.
  const args = ['-O2', '-std=c11', '-Wall', '-Wextra', '-Werror', '-static', '-s', '-o', out]
  const t0 = Date.now()
  const r = spawnSync(cc, [...args, ...sources, '-lsecur32', '-lws2_32', '-lcrypt32'], {
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (r.status !== 0) {
    process.stderr.write(r.stderr || String(r.error ?? ''))
    throw new Error(`build-native-probe: ${cc} failed (exit ${r.status ?? r.signal})`)
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1)
  console.log(
    `build-native-probe: ${path.relative(root, out)} ${statSync(out).size} bytes with ${cc} in ${secs} s`,
  )
  return true
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { values } = parseArgs({
      options: { require: { type: 'boolean', default: false }, out: { type: 'string' } },
    })
    const built = buildNativeProbe(values.out ? path.resolve(values.out) : DEFAULT_OUT)
    if (!built && values.require) process.exit(1)
  } catch (e) {
    console.error(e.message)
    process.exit(1)
  }
}
