import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGS } from '../../../shared/i18n/catalogs'
import { defaultLogDir } from '../../../main/audit/log-dir'
import { commandOf } from '../../../main/cli/lang-option'
import { cli } from '../../helpers/cli'

const ROOT = path.join(__dirname, '../../..')
const BIN = path.join(ROOT, 'bin/tlswizard.cjs')
const PROBE_CJS = path.join(ROOT, 'dist/cli/probe.cjs')

/** Runs the built command as a user would; the bundle is built by `npm test` before vitest. */
function tlswizard(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** The CommonJS files the built command loads for `args`. */
async function requiredFiles(...args: string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tlsw-required-'))
  try {
    const preload = path.join(dir, 'preload.cjs')
    const list = path.join(dir, 'required.json')
    await writeFile(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))))`,
    )
    spawnSync(process.execPath, ['-r', preload, BIN, ...args], { timeout: 20_000 })
    return JSON.parse(await readFile(list, 'utf8')) as string[]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('commandOf', () => {
  it('is the first argument once --log-dir (first) and --lang (anywhere) are taken out', () => {
    expect(commandOf(['probe', 'mx.example'])).toBe('probe')
    expect(commandOf(['--lang', 'lt', 'probe', 'mx.example'])).toBe('probe')
    expect(commandOf(['--log-dir', '/tmp/x', '--lang=ro', 'probe'])).toBe('probe')
    expect(commandOf(['--log-dir=/tmp/x', 'diagnose', '--probe', 'probe'])).toBe('diagnose')
    // --lang takes the next argument whatever it is, as runCli does.
    expect(commandOf(['--lang', 'probe', 'diagnose'])).toBe('diagnose')
    expect(commandOf(['--', 'probe'])).toBe('--')
    expect(commandOf([])).toBeUndefined()
  })
})

describe('tlswizard probe, from its one CommonJS file (dist/cli/probe.cjs)', () => {
  it('is what a probe loads, after global options too; other commands do not load it', async () => {
    expect(await requiredFiles('probe', 'bad..host')).toContain(PROBE_CJS)
    expect(
      await requiredFiles('--log-dir', defaultLogDir(), '--lang=lt', 'probe', 'x..'),
    ).toContain(PROBE_CJS)
    expect(await requiredFiles('diagnose', '--demo', '2019-ex2019')).not.toContain(PROBE_CJS)
  })

  it('answers as the CLI with every command does (runCli in process)', async () => {
    // Every line is refused before any connection; the targets are loopback all the same, so none
    // could ever be looked up in DNS.
    for (const args of [
      ['probe', 'bad..host'],
      ['--lang', 'lt', 'probe', 'bad..host'],
      ['probe', 'bad..host', '--lang=zh-CN'],
      ['--lang', 'xx', 'probe', '127.0.0.1:1'],
      ['probe'],
      ['probe', '--bogus'],
      ['probe', '127.0.0.1:1', '--timeout', '5'],
      ['probe', '--help', '--lang', 'ro'],
    ]) {
      const { code, out, err } = await cli(...args)
      expect(tlswizard(...args), args.join(' ')).toEqual({ code, out, err })
    }
  })

  it('speaks the language asked for before the command, and logs as every command does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tlsw-probe-main-'))
    try {
      const r = tlswizard('--log-dir', dir, '--lang', 'lt', 'probe', 'bad..host')
      expect(r.code).toBe(2)
      const lt = (CATALOGS.lt as Record<string, string>)['probe.target.badHost'] as string
      expect(r.err).toContain(lt.replace('{host}', 'bad..host'))
      const lines = (await readFile(path.join(dir, 'support.log'), 'utf8')).trim().split('\n')
      expect(lines.map((l) => l.replace(/^\S+Z /, ''))).toEqual([
        'INFO  cli: tlswizard probe bad..host',
        expect.stringMatching(/^ERROR cli: tlswizard probe: /),
        'INFO  cli: tlswizard probe: exit 2',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('holds the probe alone: no other command, no catalog other than English', () => {
    if (!existsSync(PROBE_CJS)) throw new Error('dist/cli/probe.cjs is missing: run npm run build')
    const code = readFileSync(PROBE_CJS, 'utf8')
    expect(code).toContain('function probeCommand(')
    for (const other of ['diagnoseCommand', 'fixCommand', 'serveCommand', 'logsCommand'])
      expect(code).not.toContain(other)
    expect(code).toContain('require("./catalogs.cjs")')
    expect(code).not.toContain((CATALOGS.lt as Record<string, string>)['probe.target.badHost'])
  })
})
