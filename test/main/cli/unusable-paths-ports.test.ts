/**
 * A folder that cannot be listed, an --out-dir that is a file, a port already taken or forbidden:
 * each is something the admin can correct, so exit 2 with one line naming the path or port and
 * what to do, never "unexpected failure" and exit 3 (review finding). Real folders, files and
 * ports on 127.0.0.1. Permission cases run as nobody when the tests run as root (root reads any
 * folder and binds any port), from a bundle of the CLI's sources.
 */
import { spawnSync } from 'node:child_process'
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoFile } from '../../../main/demo/demos'
import { CATALOGS } from '../../../shared/i18n/catalogs'
import { format } from '../../../shared/i18n/translate'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'

const root = process.getuid?.() === 0
let work: string
let bundle: string

beforeAll(async () => {
  work = await scratchDir()
  // Open to nobody, as a folder an admin shares would be.
  await chmod(work, 0o755)
  if (!root) return
  bundle = path.join(work, 'cli.cjs')
  await build({
    entryPoints: [path.resolve(__dirname, '../../../main/cli/main.ts')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron', 'regedit', 'native-reg'],
    logLevel: 'silent',
  })
}, 60_000)

/** `tlswizard ARGS` as a user without privileges: nobody (via setpriv) when we are root. */
async function unprivileged(...args: string[]) {
  if (!root) return cli(...args)
  const logs = path.join(work, 'logs')
  await mkdir(logs, { recursive: true, mode: 0o777 })
  await chmod(logs, 0o777)
  const r = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bundle, ...args],
    { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TLSWIZARD_LOG_DIR: logs } },
  )
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** A port on 127.0.0.1 held by another program for the length of a test. */
async function takenPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

describe('diagnose --registry FOLDER that cannot be listed', () => {
  const locked: string[] = []
  afterAll(async () => {
    for (const dir of locked) await chmod(dir, 0o755)
  })

  it('exit 2: names the folder and says what to do', async () => {
    const dir = path.join(work, 'exports')
    await mkdir(dir)
    await copyFile(demoFile('2019-ex2019') as string, path.join(dir, 'server.reg'))
    await chmod(dir, 0o000)
    locked.push(dir)
    const r = await unprivileged('diagnose', '--registry', dir)
    expect(r.err).toBe(
      `tlswizard diagnose: cannot list the .reg files in ${dir}: permission denied. Run tlswizard as a user who may read that folder, or copy the .reg files to a folder you can read\n`,
    )
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
  })
})

describe('logs FOLDER that cannot be listed', () => {
  it('exit 2: names the folder and says what to do, never that logging may be off', async () => {
    const dir = path.join(work, 'protocol-logs')
    await mkdir(dir)
    await writeFile(
      path.join(dir, 'SEND2024011409-1.LOG'),
      '#Software: Microsoft Exchange Server\r\n',
    )
    await chmod(dir, 0o000)
    try {
      const r = await unprivileged('logs', dir)
      expect(r.err).toBe(
        `tlswizard logs: cannot list the protocol logs in ${dir}: permission denied. Run tlswizard as a user who may read that folder (an administrator on the Exchange server), or copy the logs to a folder you can read\n`,
      )
      expect(r.code).toBe(2)
    } finally {
      await chmod(dir, 0o755)
    }
  })
})

describe('serve --out-dir that cannot be a folder', () => {
  it('an existing file: exit 2, named, in the language asked for', async () => {
    const file = path.join(work, 'taken.txt')
    await writeFile(file, 'not a folder')
    const r = await cli('serve', '--demo', '2012r2-ex2016', '--out-dir', file)
    expect(r.err).toBe(
      `tlswizard serve: cannot keep reports and fixes in ${file}: it, or a folder above it, is a file. Choose a folder with --out-dir DIR (it is created when missing)\n`,
    )
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    const lt = await cli('serve', '--demo', '2012r2-ex2016', '--out-dir', file, '--lang', 'lt')
    const words = (CATALOGS.lt as Record<string, string>)['error.serve.outDirNotFolder'] ?? ''
    expect(lt.err).toBe(`tlswizard serve: ${format(words, { folder: file })}\n`)
    expect(lt.code).toBe(2)
  })

  it('a folder below a file: the same words', async () => {
    const file = path.join(work, 'plain.txt')
    await writeFile(file, 'x')
    const below = path.join(file, 'reports')
    const r = await cli('serve', '--demo', '2012r2-ex2016', '--out-dir', below)
    expect(r.err).toMatch(`cannot keep reports and fixes in ${below}: it, or a folder above it`)
    expect(r.code).toBe(2)
  })
})

describe('serve --port that cannot be listened on', () => {
  it('a port another program holds: exit 2, the port named, and what to do', async () => {
    const held = await takenPort()
    try {
      const r = await cli('serve', '--demo', '2012r2-ex2016', '--port', String(held.port))
      expect(r.err).toBe(
        `tlswizard serve: port ${held.port} on 127.0.0.1 is already in use by another program. Choose a free port with --port N, or leave --port out to take any free one\n`,
      )
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
    } finally {
      await held.close()
    }
  })

  it('a port below 1024 without the right to it: exit 2, the port named', async () => {
    const registry = path.join(work, 'server.reg')
    await copyFile(demoFile('2012r2-ex2016') as string, registry)
    await chmod(registry, 0o644)
    const r = await unprivileged('serve', '--registry', registry, '--port', '1', '--out-dir', work)
    expect(r.err).toBe(
      'tlswizard serve: this account may not listen on port 1. Choose a port above 1023 with --port N, or leave --port out to take any free one\n',
    )
    expect(r.code).toBe(2)
  })
})
