import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CATALOGS } from '../../../shared/i18n/catalogs'
import { describe, expect, it } from 'vitest'
import { COMMAND_NAMES, commandUsageText } from '../../../main/cli/usage'
import { cli } from '../../helpers/cli'

const BIN = path.join(__dirname, '../../../bin/tlswizard.cjs')

/** Runs the built command as a user would; the bundle is built by `npm test` before vitest. */
function run(env: Record<string, string>, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ...env },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const tlswizard = Object.assign((...args: string[]) => run({}, args), {
  withEnv: (env: Record<string, string>, ...args: string[]) => run(env, args),
})

/** The `--name` options a command's help lists (its own lines, not the shared --help). */
function listedOptions(name: (typeof COMMAND_NAMES)[number]): string[] {
  const options = commandUsageText(name).split('\nOptions:\n')[1] ?? ''
  return [...options.matchAll(/^ {2}(--[a-z-]+)/gm)]
    .map((m) => m[1] as string)
    .filter((o) => o !== '--help')
}

describe('tlswizard with no command, or --help', () => {
  it('alone: the usage on stderr, nothing on stdout, exit 2 (no command is a usage error)', () => {
    const r = tlswizard()
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^Mailflow TLS Wizard: .*\n\nUsage:\n {2}tlswizard diagnose /)
  })

  it.each([['--help'], ['-h'], ['help']])('%s: the usage on stdout, exit 0', (flag) => {
    const r = tlswizard(flag)
    expect(r).toMatchObject({ code: 0, err: '' })
    for (const name of COMMAND_NAMES) expect(r.out).toContain(`\n  tlswizard ${name} `)
    expect(r.out).toContain('tlswizard COMMAND --help')
  })

  it('an unknown command or help topic: one line on stderr, exit 2', () => {
    expect(tlswizard('frobnicate')).toEqual({
      code: 2,
      out: '',
      err: 'tlswizard: unknown command "frobnicate"; run "tlswizard --help" for the list\n',
    })
    expect(tlswizard('help', 'frobnicate')).toMatchObject({ code: 2, out: '' })
  })
})

describe.each(COMMAND_NAMES.map((n) => [n]))('tlswizard %s', (name) => {
  it('--help, -h and "help NAME" print its own usage on stdout, exit 0, and run nothing', () => {
    const own = commandUsageText(name)
    expect(own).toMatch(new RegExp(`^Usage:\\n {2}tlswizard ${name}\\b`))
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
    ])
      expect(tlswizard(...args)).toEqual({ code: 0, out: own, err: '' })
    // --help wins over everything else on the line, even options that would act.
    expect(tlswizard(name, '--demo', '2019-ex2019', '--apply', '--now', '--help')).toEqual({
      code: 0,
      out: own,
      err: '',
    })
  })

  it('an unknown option: one line on stderr naming it and pointing at --help, exit 2', () => {
    const r = tlswizard(name, '--bogus')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    // Node's own wording after the option name differs between versions.
    expect(r.err).toMatch(
      new RegExp(
        `^tlswizard ${name}: Unknown option '--bogus'[^\\n]*; run "tlswizard ${name} --help" for its options\\n$`,
      ),
    )
  })

  // Each option is followed by an unknown one, so that the parser stops before anything runs
  // (on the Windows runner, a bare "restart --now" or "fix --apply" would act).
  it('accepts every option its help lists', async () => {
    // --lang is taken by runCli for every command before the command sees its own options.
    const options = listedOptions(name).filter((o) => o !== '--lang')
    expect(options.length).toBeGreaterThan(0)
    for (const option of options) {
      const r = await cli(name, option, '--bogus')
      expect(r.code, option).toBe(2)
      expect(r.err, option).not.toContain(`Unknown option '${option}'`)
      expect(r.err, option).toMatch(
        new RegExp(`Unknown option '--bogus'|'${option}' argument is ambiguous`),
      )
    }
  })
})

describe('tlswizard --log-dir DIR COMMAND', () => {
  it('writes the support log there: the command line, errors and the exit code', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tlsw-logdir-'))
    try {
      expect(tlswizard('--log-dir', dir, 'diagnose', '--demo', '2019-ex2019').code).toBe(0)
      expect(tlswizard(`--log-dir=${dir}`, 'fix', '--bogus').code).toBe(2)
      const lines = (await readFile(path.join(dir, 'support.log'), 'utf8')).trim().split('\n')
      expect(lines.map((l) => l.replace(/^\S+Z /, ''))).toEqual([
        'INFO  cli: tlswizard diagnose --demo 2019-ex2019',
        'INFO  cli: tlswizard diagnose: exit 0',
        'INFO  cli: tlswizard fix --bogus',
        "ERROR cli: tlswizard fix: Unknown option '--bogus'",
        'INFO  cli: tlswizard fix: exit 2',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('without a folder: a usage error, exit 2', () => {
    expect(tlswizard('--log-dir')).toEqual({
      code: 2,
      out: '',
      err: 'tlswizard: --log-dir needs a folder: --log-dir DIR\n',
    })
  })
})

describe('tlswizard --lang LANG', () => {
  it('is taken in any position; an unknown language is a usage error naming the choices', async () => {
    const bad = tlswizard('diagnose', '--demo', '2019-ex2019', '--lang', 'xx')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--lang takes one of en, id, lt, vi, zh-CN, ro, not "xx"/)
    // No value at all is a missing language, not a wrong one (review finding: it said not "").
    for (const missing of [['--lang'], ['--lang=']]) {
      const r = tlswizard('diagnose', '--demo', '2019-ex2019', ...missing)
      expect(r.code).toBe(2)
      expect(r.err).toBe('tlswizard: --lang needs a language: one of en, id, lt, vi, zh-CN, ro\n')
    }
    expect(tlswizard('--lang=en', 'diagnose', '--demo', '2019-ex2019').code).toBe(0)
  })

  it('speaks the language asked for, and the system language without --lang; JSON stays the same', async () => {
    const ro = tlswizard('diagnose', '--demo', '2012r2-ex2016', '--lang', 'ro')
    const en = tlswizard('diagnose', '--demo', '2012r2-ex2016')
    expect(ro.code).toBe(1)
    expect(ro.out).not.toBe(en.out)
    const roCatalog = CATALOGS.ro as Record<string, string>
    expect(ro.out).toContain(roCatalog['verdict.action-needed'])
    const vi = tlswizard.withEnv({ LC_ALL: 'vi_VN.UTF-8' }, 'diagnose', '--demo', '2012r2-ex2016')
    expect(vi.out).toContain((CATALOGS.vi as Record<string, string>)['verdict.action-needed'])
    const json = (env: Record<string, string>, ...lang: string[]) =>
      JSON.parse(
        tlswizard.withEnv(env, 'diagnose', '--demo', '2012r2-ex2016', '--json', ...lang).out,
      ) as { findings: unknown; verdict: string }
    const a = json({}, '--lang', 'zh-CN')
    const b = json({})
    expect(a.findings).toEqual(b.findings)
    expect(a.verdict).toBe(b.verdict)
  })
})
