/**
 * Windows' own programs (shutdown.exe, cscript.exe, wevtutil.exe, net.exe) are run by their full
 * path in System32, never by a bare name: Node looks a bare name up in the current folder first,
 * so an elevated run started from a Downloads folder would start a planted shutdown.exe there.
 */
import path from 'node:path'

/** The full path of a System32 program on Windows; a name elsewhere (or a path) as given. */
export function systemProgram(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform !== 'win32' || /[\\/]/.test(file)) return file
  return path.win32.join(env.SystemRoot ?? env.windir ?? 'C:\\Windows', 'System32', file)
}

/**
 * Asks Node (libuv 1.48 and later) not to look in the current folder for a program named bare, for
 * the programs a library starts by name (regedit's cscript.exe, and its `where`): Windows' own
 * NoDefaultCurrentDirectoryInExePath rule. Called once at start by the CLI and the app.
 */
export function guardProgramSearch(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): void {
  if (platform === 'win32') env.NoDefaultCurrentDirectoryInExePath = '1'
}
