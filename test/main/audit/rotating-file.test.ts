import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { currentAccount, defaultLogDir } from '../../../main/audit/log-dir'
import { RotatingFile } from '../../../main/audit/rotating-file'
import { SupportLog } from '../../../main/audit/support-log'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-log-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('RotatingFile', () => {
  it('appends in order, even when appends are not awaited one by one', async () => {
    const f = new RotatingFile(path.join(dir, 'new', 'folder'), 'x')
    await Promise.all(Array.from({ length: 50 }, (_, i) => f.append(`${i}\n`)))
    const lines = (await readFile(f.file, 'utf8')).trim().split('\n')
    expect(lines).toEqual(Array.from({ length: 50 }, (_, i) => String(i)))
  })

  it('rotates by size and keeps KEEP old files, the oldest dropped', async () => {
    const f = new RotatingFile(dir, 'x', { maxBytes: 10, keep: 2 })
    for (const line of ['aaaa\n', 'bbbb\n', 'cccc\n', 'dddd\n', 'eeee\n']) await f.append(line)
    expect((await readdir(dir)).sort()).toEqual(['x.1.log', 'x.2.log', 'x.log'])
    const read = (n: string) => readFile(path.join(dir, n), 'utf8')
    expect(await read('x.log')).toBe('eeee\n')
    expect(await read('x.1.log')).toBe('cccc\ndddd\n')
    expect(await read('x.2.log')).toBe('aaaa\nbbbb\n')
  })

  it('a failed write is reported and does not stop the next one', async () => {
    const blocker = path.join(dir, 'file')
    await writeFile(blocker, '')
    const f = new RotatingFile(path.join(blocker, 'logs'), 'x')
    expect(await f.append('lost\n')).toBe(false)
    expect(f.lastError).toMatch(/EEXIST|ENOTDIR/)
  })
})

describe('SupportLog', () => {
  it('writes time, level, source and message; multi-line messages stay one entry', async () => {
    const log = new SupportLog(dir, 'cli', {}, () => new Date('2026-11-25T10:00:00Z'))
    await log.info('tlswizard diagnose --demo 2019-ex2019')
    await log.error('unexpected failure: boom\n  at x\n')
    expect(await readFile(path.join(dir, 'support.log'), 'utf8')).toBe(
      '2026-11-25T10:00:00.000Z INFO  cli: tlswizard diagnose --demo 2019-ex2019\n' +
        '2026-11-25T10:00:00.000Z ERROR cli: unexpected failure: boom\n      at x\n',
    )
  })
})

describe('where the logs go, and who is named', () => {
  it('%ProgramData%\\MailflowTlsWizard\\logs on Windows, the temporary folder elsewhere', () => {
    expect(defaultLogDir({ ProgramData: 'C:\\ProgramData' }, 'win32')).toBe(
      'C:\\ProgramData\\MailflowTlsWizard\\logs',
    )
    expect(defaultLogDir({}, 'linux')).toBe(path.join(tmpdir(), 'mailflow-tls-wizard', 'logs'))
  })

  it('DOMAIN\\user on Windows; the user name elsewhere, even without a passwd entry', () => {
    expect(currentAccount({ USERDOMAIN: 'CONTOSO', USERNAME: 'admin' }, 'win32')).toBe(
      'CONTOSO\\admin',
    )
    const noPasswd = () => {
      throw new Error('ENOENT')
    }
    expect(currentAccount({ USER: 'root' }, 'linux', noPasswd)).toBe('root')
  })
})
