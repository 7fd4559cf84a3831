/**
 * What a hostile snapshot or a hostile local client can make the web host do: every file stays in
 * its folder, rollback takes only the product's own backups by name, errors never quote a file, no
 * output follows a planted link, and every response carries the CSP.
 */
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serveWizard } from '../../../main/web/serve'
import type { WebHost } from '../../../main/web/web-host'
import { scratchDir, snapshotNamed } from '../../helpers/demo'

let host: (WebHost & { outDir: string }) | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function post(channel: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${host!.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-TlsWizard-Token': host!.token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res }
}

describe('a snapshot whose ComputerName is a path', () => {
  it.each(['../../../../escape/owned', '..\\..\\escape\\owned', '/abs/owned', 'CON', '..'])(
    'Apply writes the patched copy, the fix file and the backup inside --out-dir only (%s)',
    async (name) => {
      const root = await scratchDir()
      const outDir = path.join(root, 'a', 'b', 'c', 'd')
      host = await serveWizard({ registry: await snapshotNamed(name), outDir })
      const plan = (await post('fixes:plan', {})).body as { id: string }
      const r = await post('fixes:apply', { planId: plan.id })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body.status).toBe('prepared')
      const files = await readdir(outDir)
      expect(files).toHaveLength(3)
      for (const f of files) expect(f).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.reg$/)
      expect(path.dirname(r.body.backupFile as string)).toBe(outDir)
      // Nothing anywhere else under the scratch root.
      expect(await readdir(root)).toEqual(['a'])
      expect(await readdir(path.join(root, 'a', 'b', 'c'))).toEqual(['d'])
    },
  )
})

describe('fixes:rollback', () => {
  it('takes a backup name, never a path, and never echoes what a file holds', async () => {
    const outDir = await scratchDir()
    host = await serveWizard({ demo: '2012r2-ex2016', outDir })
    expect((await post('fixes:rollback', { backupFile: '/etc/passwd' })).status).toBe(400)
    for (const backup of ['/etc/passwd', '../x/tls-backup-20260101-000000-x.reg', 'a.reg'])
      expect((await post('fixes:rollback', { backup })).status).toBe(400)
    const missing = await post('fixes:rollback', { backup: 'tls-backup-20260101-000000-x.reg' })
    expect(missing.status).toBe(400)
    expect(missing.body.error).toMatch(/no such file/)
    // A file in the folder that carries a backup's name but holds something else.
    await writeFile(
      path.join(outDir, 'tls-backup-20260101-000000-y.reg'),
      'root:x:0:0:SECRET-MARKER:/root:/bin/bash\n',
    )
    const planted = await post('fixes:rollback', { backup: 'tls-backup-20260101-000000-y.reg' })
    expect(planted.status).toBe(400)
    expect(planted.body.error).toMatch(/not a backup written by Mailflow TLS Wizard/)
    expect(JSON.stringify(planted.body)).not.toMatch(/SECRET|root:x/)
  })

  it('rolls back the last apply by default and by its name', async () => {
    const outDir = await scratchDir()
    host = await serveWizard({ demo: '2012r2-ex2016', outDir })
    const plan = (await post('fixes:plan', {})).body as { id: string }
    const applied = (await post('fixes:apply', { planId: plan.id })).body
    const name = path.basename(applied.backupFile as string)
    const back = await post('fixes:rollback', { backup: name })
    expect(back.status).toBe(200)
    expect(back.body.mismatches).toEqual([])
    expect(((await post('fixes:plan', {})).body as { changes: unknown[] }).changes).toHaveLength(8)
  })
})

describe('report:save', () => {
  it('never replaces an earlier report (the one from before the fix) and never follows a link', async () => {
    const outDir = await scratchDir()
    host = await serveWizard({ demo: '2012r2-ex2016', outDir })
    const first = await post('report:save', { format: 'html', redact: false })
    expect(first.status).toBe(200)
    const name = path.basename(first.body.file as string)
    expect(name).toMatch(/^tls-report-EX2016-\d{8}-\d{6}\.html$/)
    // Saved again within the same second, or with a link planted under the next name: a new file.
    const victim = path.join(await scratchDir(), 'victim.txt')
    await writeFile(victim, 'keep me')
    await symlink(victim, path.join(outDir, name.replace('.html', '-2.html')))
    const second = await post('report:save', { format: 'html', redact: false })
    expect(second.status).toBe(200)
    expect(second.body.file).not.toBe(first.body.file)
    expect(await readFile(victim, 'utf8')).toBe('keep me')
    expect(await readFile(first.body.file as string, 'utf8')).toMatch(/^<!doctype html>/i)
  })
})

describe('every response carries the Content Security Policy', () => {
  it.each(['/%69ndex.html', '/index.html', '/x/../index.html', '/nothing.js', '/api/none'])(
    '%s',
    async (p) => {
      host = await serveWizard({ demo: '2012r2-ex2016', outDir: await scratchDir() })
      const res = await fetch(`http://127.0.0.1:${host.port}${p}`, {
        signal: AbortSignal.timeout(10_000),
      })
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      // The page itself, however spelt, still needs the token.
      if (p.includes('ndex')) expect(res.status).toBe(401)
    },
  )
})
