// `npm start`: the Electron app when its binary is installed, else the same wizard in the browser
// through the loopback web host (`tlswizard serve`), with one line saying why.
import { spawn } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const require = createRequire(path.join(root, 'package.json'))
const args = process.argv.slice(2)

function executable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

// The binary's path, or null. Not a bare require('electron') first: when the binary is missing,
// electron's index.js tries to download it, which hangs or fails where its host is unreachable.
function electronBinary() {
  let dir
  try {
    dir = path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = path.join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const expected = override ? path.join(override, name || 'electron') : path.join(dir, 'dist', name)
  if (!name || !executable(expected)) return null
  try {
    const binary = require('electron')
    return typeof binary === 'string' && executable(binary) ? binary : null
  } catch {
    return null
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', windowsHide: false })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('error', (error) => {
    console.error(`npm start: could not run ${command}: ${error.message}`)
    process.exit(3)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const electron = electronBinary()
if (electron) {
  run(electron, ['.', ...args])
} else {
  // stderr, so that the web host's first stdout line stays its "Wizard ready at ..." URL.
  console.error(
    "Electron's binary is not installed on this machine (its download host is unreachable): opening the wizard in your browser through the loopback web host instead.",
  )
  // On Windows the web host reads this machine's registry; elsewhere it shows a sample server.
  const serveArgs =
    args.length > 0 ? args : process.platform === 'win32' ? [] : ['--demo', '2012r2-ex2016']
  run(process.execPath, [path.join(root, 'bin', 'tlswizard.cjs'), 'serve', ...serveArgs])
}
