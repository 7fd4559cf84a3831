/**
 * A full, read-only or hostile disk through the real `tlswizard` process: each output appears whole or
 * not at all, nothing is left behind, and the admin gets one clear line and exit code 2. The disk is a
 * small tmpfs mounted in a private mount namespace (`unshare`), so nothing on the machine is touched.
 */
import { spawnSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scratchDir } from '../../helpers/demo'
import { cli } from '../../helpers/cli'

const BIN = path.resolve(__dirname, '../../../bin/tlswizard.cjs')

/** Runs `tlswizard ARGS` with `dir` replaced by a fresh tmpfs; prints what the folder held after. */
function onSmallDisk(dir: string, mountOptions: string, ...args: string[]) {
  const script =
    'mount -t tmpfs -o "$1" tmpfs "$0" || exit 99; shift; "$@"; code=$?; echo "LEFT:$(ls -A "$0" | tr "\\n" " ")"; exit $code'
  const r = spawnSync(
    'unshare',
    ['-rm', 'sh', '-c', script, dir, mountOptions, process.execPath, BIN, ...args],
    { encoding: 'utf8', timeout: 30_000 },
  )
  const left = /LEFT:(.*)/.exec(r.stdout)?.[1]?.trim().split(' ').filter(Boolean) ?? null
  return { code: r.status, out: r.stdout, err: r.stderr, left }
}

describe('outputs on a full or read-only disk', () => {
  it.each([
    // Two pages: the backup fits, the patched copy of the snapshot does not.
    ['a full disk', 'size=8k', /cannot write .*p\.reg: the disk is full/],
    ['a read-only disk', 'size=1m,ro', /cannot write .*: the disk is read-only/],
  ])(
    'fix --apply on %s: exit 2 with the reason, and no patched, fix, backup or temporary file left',
    async (_, mount, message) => {
      const dir = await scratchDir()
      const out = `${dir}/p.reg`
      const r = onSmallDisk(dir, mount, 'fix', '--demo', '2012r2-ex2016', '--apply', '--out', out)
      expect(r.code, r.err).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.left).toEqual([])
    },
  )

  it('a full disk while saving a report: exit 2 and no half report', async () => {
    const dir = await scratchDir()
    const r = onSmallDisk(
      dir,
      'size=4k',
      'diagnose',
      '--demo',
      '2012r2-ex2016',
      '--out',
      `${dir}/big.json`,
    )
    expect(r.err).toMatch(/the disk is full|cannot write/)
    expect(r.code).toBe(2)
    expect(r.left).toEqual([])
  })
})

describe('a folder the admin may not write to', () => {
  it('fix --apply as an unprivileged user: exit 2, "permission denied", nothing left', async () => {
    const dir = await scratchDir()
    await chmod(dir, 0o755)
    // As root, setpriv drops to nobody so that the folder (root's, 0755) really refuses the write;
    // anyone else is refused by a folder that is theirs but read-only.
    const args = [BIN, 'fix', '--demo', '2012r2-ex2016', '--apply', '--out', `${dir}/p.reg`]
    if (process.getuid?.() !== 0) await chmod(dir, 0o555)
    const r =
      process.getuid?.() === 0
        ? spawnSync(
            'setpriv',
            ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args],
            { encoding: 'utf8', timeout: 30_000 },
          )
        : spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 })
    expect(r.status, r.stderr).toBe(2)
    expect(r.stderr).toMatch(/cannot write .*: permission denied/)
    expect(await readdir(dir)).toEqual([])
  })
})

describe('outputs never follow a planted link', () => {
  it('report --force refuses to write through a symbolic link and leaves its target alone', async () => {
    const dir = await scratchDir()
    const saved = path.join(dir, 'd.json')
    expect((await cli('diagnose', '--demo', '2012r2-ex2016', '--report', saved)).code).toBe(1)
    const victim = path.join(dir, 'victim.txt')
    await writeFile(victim, 'keep me')
    await symlink(victim, path.join(dir, 'out.html'))
    const r = await cli('report', saved, '--html', path.join(dir, 'out.html'), '--force')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/symbolic link/)
    expect(await readFile(victim, 'utf8')).toBe('keep me')
  })

  it('fix --apply --out refuses a dangling link planted where the fix file will go', async () => {
    const dir = await scratchDir()
    await mkdir(path.join(dir, 'elsewhere'))
    await symlink(path.join(dir, 'elsewhere', 'owned.reg'), path.join(dir, 'p.reg'))
    const r = await cli(
      'fix',
      '--demo',
      '2012r2-ex2016',
      '--apply',
      '--out',
      path.join(dir, 'p.reg'),
    )
    expect(r.code).toBe(2)
    expect(await readdir(path.join(dir, 'elsewhere'))).toEqual([])
  })
})
