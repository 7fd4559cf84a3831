/**
 * serve checks what its command line names before it listens (review finding: a missing --logs
 * path or a damaged --before file started the server, and showed only later as an error in the page).
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../main/input-error'
import { serveWizard } from '../../../main/web/serve'
import { scratchDir } from '../../helpers/demo'

describe('serve arguments', () => {
  it('a --logs path that is not there: refused at start, naming it', async () => {
    const dir = await scratchDir()
    const missing = path.join(dir, 'nope.log')
    const started = serveWizard({ demo: '2012r2-ex2016', outDir: dir, logPaths: [missing] })
    await expect(started).rejects.toBeInstanceOf(InputError)
    await expect(started).rejects.toThrow(`${missing}: no such file or folder`)
  })

  it('a --before file that is not a diagnosis: refused at start', async () => {
    const dir = await scratchDir()
    const before = path.join(dir, 'before.json')
    await writeFile(before, '{"not": "a diagnosis"}')
    await expect(
      serveWizard({ demo: '2012r2-ex2016', outDir: dir, before, language: 'en' }),
    ).rejects.toBeInstanceOf(InputError)
  })
})
