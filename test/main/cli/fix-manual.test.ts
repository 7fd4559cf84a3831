/** The plan says what the registry cannot do, in the order an admin does it, with its links. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'

describe('fix: manual steps around the registry changes', () => {
  it('Server 2008 R2 + Exchange 2010: KB3140245 and the Exchange update first, the restart after', async () => {
    const r = await cli('fix', '--demo', '2008r2-ex2010', '--dry-run')
    const out = r.out
    const kb = out.indexOf('Install Windows update KB3140245')
    const update = out.indexOf('Install the current Exchange update')
    const table = out.indexOf('DefaultSecureProtocols')
    const restart = out.indexOf('1. Restart the server')
    expect([update, kb, table, restart].every((i) => i >= 0)).toBe(true)
    expect(update).toBeLessThan(kb)
    expect(kb).toBeLessThan(table)
    expect(table).toBeLessThan(restart)
    expect(out).toContain('https://support.microsoft.com/help/3140245')
    const json = JSON.parse((await cli('fix', '--demo', '2008r2-ex2010', '--json')).out)
    expect(json.plan.manual).toContainEqual({
      id: 'install-kb3140245',
      when: 'before',
      link: 'https://support.microsoft.com/help/3140245',
    })
  })

  it('the report lists the update with its address as text (the page stays inert)', async () => {
    const file = path.join(await scratchDir(), 'r.html')
    await cli('diagnose', '--demo', '2008r2-ex2010', '--report', file)
    const page = await readFile(file, 'utf8')
    expect(page).toContain('Install Windows update KB3140245')
    expect(page).toContain('support.microsoft.com/help/3140245')
    expect(page).not.toMatch(/https?:\/\//)
  })

  it('Server 2019: no KB3140245 (WinHTTP needs no update there)', async () => {
    const json = JSON.parse((await cli('fix', '--demo', '2019-ex2019', '--json')).out)
    expect((json.plan.manual ?? []).map((m: { id: string }) => m.id)).not.toContain(
      'install-kb3140245',
    )
  })
})
