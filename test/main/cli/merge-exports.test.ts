/** Several exports read as one registry: the later file wins, and every disagreement is said. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import { writeRegExport } from '../../helpers/reg'

const SERVER =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'

async function exportWith(dir: string, name: string, enabled: string): Promise<string> {
  return writeRegExport(path.join(dir, name), `[${SERVER}]`, `"Enabled"=dword:${enabled}`, '')
}

describe('diagnose --registry A --registry B', () => {
  it('two exports that disagree: the later one wins, and stderr names the value and both files', async () => {
    const dir = await scratchDir()
    const old = await exportWith(dir, 'old.reg', '00000000')
    const fresh = await exportWith(dir, 'new.reg', '00000001')
    const r = await cli('diagnose', '--registry', old, '--registry', fresh, '--json')
    expect(r.err).toContain('The exports disagree on 1 value(s); the later file wins:')
    expect(r.err).toContain(`TLS 1.2\\Server\\Enabled: ${old} says 0, ${fresh} says 1`)
    const d = JSON.parse(r.out)
    expect(d.schannel['TLS 1.2'].server.enabledValue).toBe(1)
  })

  it('exports that agree (or touch different values) say nothing', async () => {
    const dir = await scratchDir()
    const a = await exportWith(dir, 'a.reg', '00000001')
    const b = await exportWith(dir, 'b.reg', '00000001')
    const r = await cli('diagnose', '--registry', a, '--registry', b, '--json')
    expect(r.err).toBe('')
  })
})
