/**
 * A value of a type Windows ignores there (binary bytes, a string "1") is what the fix replaces,
 * and what its backup keeps: rollback puts it back as it was (review finding: the fix backed up
 * "DisabledByDefault"=hex:01,00,00,00, and rollback refused its own backup).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRegBytes } from '../../../main/registry/reg-file'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import { writeRegExport } from '../../helpers/reg'

const PROTOCOLS =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'

describe('rollback of values of another type', () => {
  it('the backup of a binary and a string value restores them byte for byte', async () => {
    const dir = await scratchDir()
    const snapshot = await writeRegExport(
      path.join(dir, 'odd.reg'),
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]',
      // Server 2008 R2: TLS 1.2 is off unless set, so the fix writes both values.
      '"CurrentBuild"="7601"',
      '',
      `[${PROTOCOLS}]`,
      '',
      `[${PROTOCOLS}\\TLS 1.2\\Client]`,
      '"DisabledByDefault"=hex:01,00,00,00',
      '"Enabled"="1"',
      '',
    )
    const out = path.join(dir, 'patched.reg')
    const fixed = await cli('fix', '--registry', snapshot, '--apply', '--out', out, '--json')
    expect(fixed.code, fixed.err).toBe(0)
    const backup = JSON.parse(fixed.out).files.backup as string
    expect(await readFile(backup)).toBeTruthy()
    const restored = path.join(dir, 'restored.reg')
    const back = await cli('rollback', backup, '--registry', out, '--out', restored)
    expect(back.code, back.err).toBe(0)
    const tree = parseRegBytes(await readFile(restored), restored).tree
    const client = `${PROTOCOLS}\\TLS 1.2\\Client`
    expect(tree.getValue(client, 'DisabledByDefault')).toEqual({
      type: 'REG_BINARY',
      data: new Uint8Array([1, 0, 0, 0]),
    })
    expect(tree.getValue(client, 'Enabled')).toEqual({ type: 'REG_SZ', data: '1' })
  })
})
