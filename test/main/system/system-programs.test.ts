/** Windows' own programs are run by their full path, never looked up in the current folder. */
import { describe, expect, it } from 'vitest'
import { guardProgramSearch, systemProgram } from '../../../main/system/system-programs'

describe('system programs', () => {
  it('on Windows, a bare name is the one in System32 of the Windows folder', () => {
    expect(systemProgram('shutdown.exe', { SystemRoot: 'D:\\WINNT' }, 'win32')).toBe(
      'D:\\WINNT\\System32\\shutdown.exe',
    )
    expect(systemProgram('net.exe', {}, 'win32')).toBe('C:\\Windows\\System32\\net.exe')
    expect(systemProgram('wevtutil.exe', { windir: 'E:\\Win' }, 'win32')).toBe(
      'E:\\Win\\System32\\wevtutil.exe',
    )
  })

  it('a path stays as given, and elsewhere than Windows a name does too', () => {
    expect(systemProgram('C:\\Tools\\x.exe', {}, 'win32')).toBe('C:\\Tools\\x.exe')
    expect(systemProgram('shutdown.exe', {}, 'linux')).toBe('shutdown.exe')
  })

  it('on Windows, the current folder is taken out of the search for bare names', () => {
    const win: NodeJS.ProcessEnv = {}
    guardProgramSearch(win, 'win32')
    expect(win.NoDefaultCurrentDirectoryInExePath).toBe('1')
    const linux: NodeJS.ProcessEnv = {}
    guardProgramSearch(linux, 'linux')
    expect(linux).toEqual({})
  })
})
