/** rollback prints the backup's name terminal-safe, as diagnose prints names from the registry. */
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import { unsafeChars } from './unsafe-chars'

describe('rollback text output', () => {
  it('a backup file name with escape sequences and a bidi override: shown as dots', async () => {
    const dir = await scratchDir()
    const patched = path.join(dir, 'patched.reg')
    const fixed = JSON.parse(
      (await cli('fix', '--demo', '2012r2-ex2016', '--apply', '--out', patched, '--json')).out,
    )
    const odd = path.join(dir, 'undo\x1b[2K\x1b[32mRESTORED\u202e.reg')
    await rename(fixed.files.backup as string, odd)
    const back = await cli('rollback', odd, '--registry', patched, '--out', path.join(dir, 'r.reg'))
    expect(back.code, back.err).toBe(0)
    expect(back.out).toContain('undo.[2K.[32mRESTORED..reg')
    // Counted in words a reader expects: "1 key", not "1 keys".
    expect(back.out).toMatch(/^Restored \d+ values and removed 1 key from /)
    expect(unsafeChars(back.out)).toEqual([])
  })
})
