/**
 * `tlswizard restart`: the audit line of a scheduled restart and of a cancel, and the RunOnce
 * relaunch, through a stand-in host. The shutdown.exe command is built and handed to the host's
 * runner, which records it: nothing is ever run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../main/audit/audit-log'
import {
  cliRelaunchCommandLine,
  restartCli,
  type RestartHost,
} from '../../../main/cli/restart-command'
import { RegFileStore } from '../../../main/registry/reg-file-store'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { RUNONCE_KEY, RUNONCE_VALUE } from '../../../main/system/relaunch'
import type { Command } from '../../../main/system/restart'

const EXE = 'C:\\Program Files\\Mailflow TLS Wizard\\resources\\tlswizard\\tlswizard.exe'
const COMMENT =
  'Mailflow TLS Wizard: restart so that the new TLS settings (Schannel, .NET) take effect.'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tlsw-restart-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A Windows host whose registry is in memory and whose runner records instead of running. */
function host(code = 0) {
  const store = new RegFileStore(new RegistryTree(), 'mem')
  const ran: Command[] = []
  const h: RestartHost = {
    platform: 'win32',
    openStore: async () => store,
    run: async (cmd) => (ran.push(cmd), { code, output: code ? 'Access is denied.(5)' : '' }),
    relaunch: () => cliRelaunchCommandLine(EXE, EXE, true),
  }
  return { h, store, ran }
}

async function run(args: string[], h: RestartHost) {
  const audit = new AuditLog(
    dir,
    {},
    { account: 'CONTOSO\\admin', host: 'EX2016' },
    () => new Date('2026-11-25T10:00:00Z'),
  )
  let out = ''
  const code = await restartCli(args, { out: (s) => (out += s), err: () => {}, audit }, h)
  await audit.file.flush()
  const text = await readFile(path.join(dir, 'audit.log'), 'utf8').catch(() => '')
  return {
    code,
    out,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  }
}

describe('tlswizard restart: audit lines (commands built, never run)', () => {
  it('a restart in 15 minutes: one audit line with the command, and the relaunch registered', async () => {
    const { h, store, ran } = host()
    const r = await run(['--in', '15'], h)
    expect(r.code).toBe(0)
    expect(ran).toEqual([
      { file: 'shutdown.exe', args: ['/r', '/t', '900', '/c', COMMENT, '/d', 'p:4:2'] },
    ])
    expect(r.lines).toEqual([
      {
        time: '2026-11-25T10:00:00.000Z',
        account: 'CONTOSO\\admin',
        host: 'EX2016',
        action: 'restart',
        kind: 'scheduled',
        minutes: 15,
        command: `shutdown.exe /r /t 900 /c "${COMMENT}" /d p:4:2`,
        exitCode: 0,
      },
    ])
    expect(store.tree.getValue(RUNONCE_KEY, RUNONCE_VALUE)).toEqual({
      type: 'REG_SZ',
      data: `"${EXE}" verify`,
    })
  })

  it('a cancel: its own audit line, and the relaunch removed', async () => {
    const { h, store } = host()
    await run(['--in', '5'], h)
    const r = await run(['--cancel'], h)
    expect(r.code).toBe(0)
    expect(r.lines.map((l) => [l.kind, l.minutes, l.command, l.exitCode])).toEqual([
      ['scheduled', 5, `shutdown.exe /r /t 300 /c "${COMMENT}" /d p:4:2`, 0],
      ['cancel', null, 'shutdown.exe /a', 0],
    ])
    expect(r.lines[1]).toMatchObject({ action: 'restart', account: 'CONTOSO\\admin' })
    expect(store.tree.getValue(RUNONCE_KEY, RUNONCE_VALUE)).toBeUndefined()
  })

  it('a refused shutdown.exe is audited with its exit code and fails the command', async () => {
    const { h } = host(1190)
    const r = await run(['--cancel'], h)
    expect(r.code).toBe(3)
    expect(r.lines).toMatchObject([{ action: 'restart', kind: 'cancel', exitCode: 1190 }])
  })

  it('a restart shutdown.exe refused leaves no relaunch behind', async () => {
    const { h, store } = host(1190)
    expect((await run(['--in', '15'], h)).code).toBe(3)
    expect(store.tree.getValue(RUNONCE_KEY, RUNONCE_VALUE)).toBeUndefined()
  })

  it('--dry-run and another platform run nothing and audit nothing', async () => {
    const { h, ran } = host()
    expect((await run(['--in', '5', '--dry-run'], h)).lines).toEqual([])
    await expect(run(['--now'], { ...h, platform: 'linux' })).rejects.toThrow(/--dry-run/)
    expect(ran).toEqual([])
    expect((await run([], h).catch(() => ({ lines: [] }))).lines).toEqual([])
  })
})

describe('the RunOnce command line of the CLI', () => {
  it('node.exe with the script, or the standalone exe alone with the verify command', () => {
    expect(cliRelaunchCommandLine('C:\\nodejs\\node.exe', 'C:\\tools\\tlswizard.cjs', false)).toBe(
      '"C:\\nodejs\\node.exe" "C:\\tools\\tlswizard.cjs" verify',
    )
    // In a single executable application process.argv[1] repeats the exe: it is not a script.
    expect(cliRelaunchCommandLine(EXE, EXE, true)).toBe(`"${EXE}" verify`)
    expect(() => cliRelaunchCommandLine('tlswizard.exe', undefined, true)).toThrow(
      /cannot register/,
    )
  })
})
