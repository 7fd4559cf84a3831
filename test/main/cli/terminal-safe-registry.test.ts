import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderApplyResult, renderPlan } from '../../../main/cli/render-fix'
import { demoFile } from '../../../main/demo/demos'
import type { Diagnosis } from '../../../shared/diagnosis'
import { cli } from '../../helpers/cli'
import { scratchDir, snapshotNamed } from '../../helpers/demo'
import { regLines, utf16File } from '../../helpers/reg'
import { unsafeChars } from './unsafe-chars'

const SERVER_KEY =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'

/** The 2012 R2 demo export with one more key, as someone could hand it over. */
async function demoWith(...lines: string[]): Promise<string> {
  const text = (await readFile(demoFile('2012r2-ex2016') as string)).subarray(2).toString('utf16le')
  const file = path.join(await scratchDir(), 'values.reg')
  await writeFile(file, utf16File(`${text}\r\n${regLines(...lines)}\r\n`))
  return file
}

describe('diagnose text output: names and values from the registry are terminal-safe', () => {
  it('a ComputerName with escape sequences and a NUL: dots on its own line, nothing else moved; --json exact', async () => {
    const name = 'EX\x1b[2K\x1b[1A\x1b[32mHEALTHY\x00'
    const file = await snapshotNamed(name)
    const text = await cli('diagnose', '--registry', file)
    expect(text.code).toBe(1)
    expect(text.out.split('\n')[0]).toBe(
      'Machine: EX.[2K.[1A.[32mHEALTHY. (ex2016.contoso.local), Windows Server 2012 R2 Standard build 9600.20778',
    )
    expect(unsafeChars(text.out)).toEqual([])
    // What a server really named with those dots prints: the verdict and the layout are unchanged.
    const dotted = await snapshotNamed('EX.[2K.[1A.[32mHEALTHY.')
    const same = await cli('diagnose', '--registry', dotted)
    expect(text.out.replaceAll(file, 'FILE')).toBe(same.out.replaceAll(dotted, 'FILE'))
    const json = await cli('diagnose', '--registry', file, '--json')
    expect((JSON.parse(json.out) as Diagnosis).machine.computerName).toBe(name)
  })

  it('bidi overrides and isolates, C1 controls (the 8-bit CSI) and DEL are dots too', async () => {
    const name = 'EX\u202eLIAF\u202c\u2066x\u2069\u009b2J\u0085\u007f'
    const text = await cli('diagnose', '--registry', await snapshotNamed(name))
    expect(text.out.split('\n')[0]).toMatch(/^Machine: EX\.LIAF\.\.x\.\.2J\.\. \(ex2016/)
    expect(unsafeChars(text.out)).toEqual([])
  })

  it('value names and data Windows ignores: a line break in a name cannot forge a line', async () => {
    const evil = 'Enabled\x1b[2K\x1b[1A\x1b[32mOK\x9b2J'
    const file = await demoWith(
      `[${SERVER_KEY}]`,
      `"${evil}"="data\x1b]0;title\x07here"`,
      '"Line\\nbreak"=dword:00000001',
    )
    const text = await cli('diagnose', '--registry', file)
    expect(unsafeChars(text.out)).toEqual([])
    expect(text.out).toContain(
      '\n       Enabled.[2K.[1A.[32mOK.2J = data.]0;title.here  (expected nowhere',
    )
    expect(text.out).toContain('\n       Line.break = 1  (expected nowhere')
    const json = JSON.parse((await cli('diagnose', '--registry', file, '--json')).out) as Diagnosis
    const values = json.findings.flatMap((f) => f.evidence.map((e) => e.value))
    expect(values).toEqual(expect.arrayContaining([evil, 'Line\nbreak']))
  })

  it('the collect commands keep their own line breaks', async () => {
    const reg = path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg')
    const text = await cli('diagnose', '--registry', reg)
    expect(text.code).toBe(4)
    expect(text.out).toContain(
      ':\n     reg export "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" tls-windows.reg /y\n     reg export "HKLM\\SOFTWARE\\Microsoft\\.NETFramework" tls-dotnet.reg /y\n',
    )
  })
})

describe('fix text output: what the registry holds and what failed are terminal-safe', () => {
  it('a string where a DWORD belongs, an error with an escape sequence and a line break', () => {
    const key = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL'
    const plan = renderPlan({
      id: '0'.repeat(64),
      changes: [
        {
          fixId: 'schannel-tls12-enable',
          key,
          value: 'Enabled',
          before: '0\x1b[2K\x1b[1A',
          after: 1,
        },
      ],
      createKeys: [],
      restartNeeded: true,
    })
    expect(plan).toMatch(/ Enabled +0\.\[2K\.\[1A \(wrong type\) +1\n/)
    const result = renderApplyResult({
      status: 'rolled-back',
      backupFile: null,
      results: [{ key, value: 'Enabled', ok: false, read: '1\x1b[32m' }],
      error: 'denied\x1b[1A\nforged line',
      restoreError: null,
    })
    expect(result).toContain('Enabled = 1.[32m (wrong type)\n')
    expect(result).toContain('What failed: denied.[1A.forged line\n')
    expect(unsafeChars(plan + result)).toEqual([])
  })
})
